import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentContent } from '../../../shared/domain/document';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';
import { MediaIcon } from './MediaIcon';
import { MediaLinkDialog } from './MediaLinkDialog';

/**
 * « Associer un enregistrement… » at the end of a document's header line (kind · characters ·
 * codings · source), on transcripts without a playable recording (none linked, or gone missing);
 * « Retirer » is in the player bar (UnlinkMediaButton). The dialog goes to the body: this sits in a <p>. Electron asks its native open dialog; the
 * browser shows MediaLinkDialog. The viewer reloads when the service says the project changed.
 */
export function MediaActions({ document: doc }: { document: Pick<DocumentContent, 'id' | 'kind' | 'media'> }) {
  const t = useT();
  const api = useApi();
  const toasts = useToasts();
  const app = useAsync('media-app-info', () => api.app.info({}));
  const [choosing, setChoosing] = useState(false);
  if (doc.kind !== 'transcript' && doc.media === null) return null;

  async function link(path: string) {
    const { media } = await api.documents.linkMedia({ id: doc.id, path });
    setChoosing(false);
    toasts.showInfo('media.linked', { name: media.name });
  }

  async function choose() {
    if (!app.data?.nativeDialogs) return setChoosing(true);
    try {
      const { path } = await api.dialogs.chooseMedia({ documentId: doc.id });
      if (path) await link(path);
    } catch (error) {
      toasts.showError(error);
    }
  }

  if (doc.media !== null && doc.media.available) return null;
  return (
    <>
      <span aria-hidden="true">·</span>
      <button type="button" className="viewer__media-link" title={t('media.linkHint')} onClick={() => void choose()}>
        <MediaIcon name="recording" size={14} />
        {t('media.link')}
      </button>
      {choosing ? createPortal(<MediaLinkDialog onLink={link} onClose={() => setChoosing(false)} />, document.body) : null}
    </>
  );
}

/** « Retirer »: the document no longer points at its recording (the file stays where it is). */
export function UnlinkMediaButton({ documentId, name }: { documentId: number; name: string }) {
  const t = useT();
  const api = useApi();
  const toasts = useToasts();
  async function unlink() {
    try {
      await api.documents.unlinkMedia({ id: documentId });
      toasts.showInfo('media.unlinked');
    } catch (error) {
      toasts.showError(error);
    }
  }
  return (
    <Button size="sm" variant="ghost" className="media-bar__unlink" aria-label={t('media.unlink')} title={t('media.unlinkHint', { name })} onClick={() => void unlink()}>
      {t('media.unlinkShort')}
    </Button>
  );
}
