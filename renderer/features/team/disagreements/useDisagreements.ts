import { useState } from 'react';
import type { DisagreementList, DisagreementResolution, DocumentCoder } from '../../../../shared/domain/disagreement';
import type { Coder } from '../../../../shared/domain/project';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { useAsync } from '../../../app/useAsync';

export interface Pair {
  documentId: number;
  coderA: number;
  coderB: number;
  /** Only these codes (a code and its sub-codes); all when absent. */
  codeIds?: number[];
}

export interface TeamCoders {
  me: Coder | null;
  coders: readonly Coder[];
  /** Coders of the chosen document, most codings first (undefined while loading). */
  documentCoders: readonly DocumentCoder[] | undefined;
}

/** Who I am, the project's coders, and who coded the document (nothing loads while `dataKey` is null: the tab is hidden). */
export function useTeamCoders(dataKey: string | null, documentId: number | null): TeamCoders {
  const api = useApi();
  const identity = useAsync(dataKey, () => api.coders.identity({}));
  const coders = useAsync(dataKey, () => api.coders.list({}));
  const documentCoders = useAsync(dataKey === null || documentId === null ? null : `${dataKey}|${documentId}`, () => api.disagreements.coders({ documentId: documentId! }));
  return { me: identity.data?.coder ?? null, coders: coders.data ?? [], documentCoders: documentCoders.data };
}

export interface DisagreementsState {
  list: DisagreementList | undefined;
  loading: boolean;
  busy: boolean;
  resolve: (fingerprint: string, resolution: DisagreementResolution) => Promise<boolean>;
}

/** The passages where the pair differs, and resolving one (then the list the service returned is shown). */
export function useDisagreements(dataKey: string | null, pair: Pair | null): DisagreementsState {
  const api = useApi();
  const toasts = useToasts();
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [override, setOverride] = useState<{ request: string; list: DisagreementList } | null>(null);
  const request = pair && dataKey !== null ? JSON.stringify(pair) : null;
  const loaded = useAsync(request === null ? null : `${dataKey}|${request}|${version}`, async () => ({ request: request!, list: await api.disagreements.list(pair!) }));
  const matches = (found: { request: string; list: DisagreementList } | null | undefined) => (found && found.request === request ? found.list : undefined);

  async function resolve(fingerprint: string, resolution: DisagreementResolution): Promise<boolean> {
    if (!pair || busy) return false;
    setBusy(true);
    try {
      setOverride({ request: request!, list: await api.disagreements.resolve({ ...pair, fingerprint, resolution }) });
      setVersion((v) => v + 1);
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  // While the list reloads after a resolution, the list the service returned is shown (no flash back).
  const list = loaded.loading && matches(override) ? matches(override) : matches(loaded.data);
  return { list, loading: loaded.loading && !list, busy, resolve };
}
