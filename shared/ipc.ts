import type { CallName } from './contract';

/** IPC channel of a contract call: `balise:projects:create`. One channel per call. */
export function channelFor(name: CallName): string {
  return `balise:${name}`;
}

/** Channel on which the main process pushes contract events to the window. */
export const EVENT_CHANNEL = 'balise:event';

export interface EventMessage {
  event: string;
  payload: unknown;
}
