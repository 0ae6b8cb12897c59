import type { PseudonymCandidate, PseudonymKind, PseudonymScheme } from '../../../shared/domain/pseudonym';
import { translate } from '../../../shared/i18n';
import { useAnnounce } from '../../app/Announcer';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { downloadFile } from '../../ui/download';
import { base64ToBytes } from '../import/files';
import type { Decision } from './review';
import type { PseudonymReview } from './usePseudonymReview';

/**
 * The writes of the review screen, each one undoable action of the service: a decision on a
 * candidate (or a word of the researcher's own), the scheme and lists. Refusals come back as toasts.
 */
export function usePseudonymCommands(review: PseudonymReview) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const announce = useAnnounce();

  /** Accepts (with this pseudonym, or the scheme's), rejects, or sets back to review; true when saved. */
  async function decide(candidate: Pick<PseudonymCandidate, 'original' | 'kind'>, decision: Decision, pseudonym?: string): Promise<boolean> {
    const typed = pseudonym?.trim() || undefined;
    review.remember(candidate.original, { decision, pseudonym: typed ?? null });
    try {
      const entry = await api.pseudonyms.decide({ original: candidate.original, kind: candidate.kind, decision, pseudonym: decision === 'accepted' ? typed : undefined });
      review.remember(candidate.original, { decision, pseudonym: entry?.pseudonym ?? typed ?? null });
      if (decision === 'accepted') announce(t('pseudonymsReview.announce.accepted', { original: candidate.original, pseudonym: entry?.pseudonym ?? typed ?? '' }));
      else announce(t(decision === 'rejected' ? 'pseudonymsReview.announce.rejected' : 'pseudonymsReview.announce.pending', { original: candidate.original }));
      return true;
    } catch (error) {
      review.remember(candidate.original, null);
      toasts.showError(error);
      return false;
    }
  }

  /** A word the detection missed: accepted at once, with the pseudonym typed or the scheme's. */
  async function addOwn(original: string, kind: PseudonymKind, pseudonym: string): Promise<boolean> {
    try {
      const entry = await api.pseudonyms.decide({ original: original.trim(), kind, decision: 'accepted', pseudonym: pseudonym.trim() || undefined });
      toasts.showText((lang) => translate(lang, 'pseudonymsReview.add.done', { original: original.trim(), pseudonym: entry?.pseudonym ?? pseudonym.trim() }));
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    }
  }

  async function saveSettings(change: { scheme?: PseudonymScheme; firstNames?: string[]; places?: string[] }): Promise<boolean> {
    const current = review.settings;
    if (!current) return false;
    try {
      await api.pseudonyms.saveSettings({ scheme: change.scheme ?? current.scheme, ...(change.firstNames ? { firstNames: change.firstNames } : {}), ...(change.places ? { places: change.places } : {}) });
      review.redetect();
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    }
  }

  /** Downloads the correspondence table (real names and their pseudonyms) as CSV. */
  async function exportTable(): Promise<boolean> {
    try {
      const file = await api.pseudonyms.exportTable({});
      downloadFile(file.fileName, new Blob([base64ToBytes(file.base64)], { type: 'text/csv;charset=utf-8' }));
      toasts.showInfo('pseudonymsReview.exportTable.done', { name: file.fileName });
      return true;
    } catch (error) {
      toasts.showError(error);
      return false;
    }
  }

  return { decide, addOwn, saveSettings, exportTable };
}

export type PseudonymCommands = ReturnType<typeof usePseudonymCommands>;
