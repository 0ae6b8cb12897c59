import { toWireError, type WireResult } from '../../shared/errors';
import type { Transport } from './transport';

/**
 * Browser mode: the loopback server. The secret token comes in the page address's fragment
 * (`#jeton=…`), is kept for the tab's life in sessionStorage, and removed from the address bar.
 */
export function readToken(location: Location, storage: Storage): string {
  const match = /jeton=([\w-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem('balise.jeton', match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem('balise.jeton') ?? '';
}

export function httpTransport(token: string): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function ensureEvents(): EventSource {
    if (source) return source;
    source = new EventSource(`/api/events?jeton=${encodeURIComponent(token)}`);
    return source;
  }

  return {
    async invoke(name, input) {
      try {
        const response = await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        if (!response.ok) {
          return { ok: false, error: toWireError('UNSUPPORTED', { what: `${response.status} ${await response.text()}` }) };
        }
        return (await response.json()) as WireResult;
      } catch (error) {
        return { ok: false, error: toWireError('INTERNAL', { details: String(error) }) };
      }
    },
    on(event, listener) {
      const events = ensureEvents();
      let set = listeners.get(event);
      if (!set) {
        const created = new Set<(payload: unknown) => void>();
        listeners.set(event, created);
        events.addEventListener(event, (message) => {
          const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
          for (const l of created) l(payload);
        });
        set = created;
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    // A media element cannot send headers: the token goes in the query, as for the event stream.
    mediaUrl: (documentId, version) => `/media/${documentId}?jeton=${encodeURIComponent(token)}&v=${encodeURIComponent(version)}`,
  };
}
