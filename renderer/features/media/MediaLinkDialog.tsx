import { useState } from 'react';
import { mediaExtensions } from '../../../shared/media/formats';
import { useT } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { joinPath } from '../../app/paths';
import { Dialog, FormActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { usePathSubmit } from '../../ui/usePathSubmit';
import { MediaIcon } from './MediaIcon';

interface Props {
  onLink: (path: string) => Promise<void>;
  onClose: () => void;
}

/**
 * Browser mode's stand-in for the native open dialog: the path of the recording, typed or pasted,
 * or one of the audio and video files found in the project's folder (and its subfolders).
 */
export function MediaLinkDialog({ onLink, onClose }: Props) {
  const t = useT();
  const api = useApi();
  const listing = useAsync('media-folder', () => api.dialogs.listMedia({}));
  const [path, setPath] = useState<string | null>(null);
  const { submitted, busy, failure, submit } = usePathSubmit(onLink);
  const value = path ?? (listing.data ? joinPath(listing.data.folder, '') : '');
  const missing = value.trim() === '';

  const files = listing.data?.files ?? [];
  return (
    <Dialog title={t('media.dialog.title')} onClose={onClose} className="dialog--form">
      <form className="dialog__body media-link" onSubmit={(event) => void submit(event, value)} noValidate>
        <TextField
          label={t('media.dialog.path')}
          value={value}
          onChange={setPath}
          hint={t('media.dialog.pathHint', { formats: mediaExtensions.join(', ') })}
          error={submitted && missing ? t('media.dialog.pathRequired') : null}
          autoFocus
          mono
          required
        />
        <section className="media-link__folder" aria-label={t('media.dialog.inFolder')}>
          <h3 className="media-link__title">{t('media.dialog.inFolder')}</h3>
          {listing.data && files.length === 0 ? <p className="empty-note">{t('media.dialog.noneInFolder')}</p> : null}
          {files.length > 0 ? (
            <ul className="media-link__files">
              {files.map((file) => (
                <li key={file.path}>
                  <button type="button" className={`media-link__file${file.path === value ? ' media-link__file--chosen' : ''}`} aria-pressed={file.path === value} onClick={() => setPath(file.path)}>
                    <MediaIcon name="recording" />
                    <span>{file.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <FormActions failure={failure} submitLabel={t('media.dialog.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
