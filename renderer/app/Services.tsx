import { createContext, useContext, useEffect, useEffectEvent, type ReactNode } from 'react';
import type { Api, EventName, EventPayloads } from '../../shared/contract';
import type { Transport } from '../api/transport';

/** What the UI receives from the entry point: the typed API and the service's events. */
export interface Services {
  api: Api;
  on: Transport['on'];
  mediaUrl: Transport['mediaUrl'];
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useApi() outside <ServicesProvider>');
  return services;
}

export function useApi(): Api {
  return useServices().api;
}

/** The address of a document's linked recording, for the transport in use. */
export function useMediaUrl(): Transport['mediaUrl'] {
  return useServices().mediaUrl;
}

/** Calls `handler` for each `event` the service pushes while the component is mounted. */
export function useServiceEvent<E extends EventName>(event: E, handler: (payload: EventPayloads[E]) => void): void {
  const { on } = useServices();
  const onEvent = useEffectEvent((payload: unknown) => handler(payload as EventPayloads[E]));
  useEffect(() => on(event, (payload) => onEvent(payload)), [on, event]);
}
