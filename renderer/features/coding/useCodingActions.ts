import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../shared/domain/document';
import type { TextRange } from '../../../shared/offsets';
import { useAnnounce } from '../../app/Announcer';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';

export interface CodingActions {
  apply: (code: Code, passage: TextRange | null) => Promise<boolean>;
  inVivo: (passage: TextRange | null) => Promise<boolean>;
  recode: (codingId: number, code: Code) => Promise<void>;
  remove: (codingId: number, code: Code | undefined) => Promise<void>;
}

/**
 * The coding actions of one document. Each is one service call (one undoable action); the view
 * reloads the document's codings after it (`onChanged`), and a screen reader hears what happened.
 */
/** What an action changed in the document's codings, so the view shows it before any reload. */
export interface CodingChange {
  upsert?: DocumentCoding;
  removed?: readonly number[];
}

export function useCodingActions(documentId: number, onChanged: (change?: CodingChange) => Promise<void>): CodingActions {
  const api = useApi();
  const t = useT();
  const toasts = useToasts();
  const announce = useAnnounce();

  const guard = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      toasts.showError(error);
      return undefined;
    }
  };

  const needPassage = (passage: TextRange | null): passage is TextRange => {
    if (passage) return true;
    toasts.showInfo('coding.selectFirst');
    return false;
  };

  return {
    async apply(code, passage) {
      if (!needPassage(passage)) return false;
      const result = await guard(() => api.codings.add({ documentId, codeId: code.id, ...passage }));
      if (!result) return false;
      await onChanged({ upsert: result.coding, removed: result.absorbed });
      announce(t(result.merged ? 'coding.announce.extended' : 'coding.announce.coded', { code: code.name }));
      return true;
    },
    async inVivo(passage) {
      if (!needPassage(passage)) return false;
      const result = await guard(() => api.codings.inVivo({ documentId, ...passage }));
      if (!result) return false;
      await onChanged({ upsert: result.coding, removed: result.absorbed });
      announce(t('coding.announce.inVivo'));
      return true;
    },
    async recode(codingId, code) {
      if (await guard(() => api.codings.changeCode({ id: codingId, codeId: code.id }))) {
        await onChanged();
        announce(t('coding.announce.recoded', { code: code.name }));
      }
    },
    async remove(codingId, code) {
      if (await guard(() => api.codings.remove({ id: codingId }))) {
        await onChanged({ removed: [codingId] });
        announce(t('coding.announce.removed', { code: code?.name ?? '' }));
      }
    },
  };
}
