import type { FormEvent } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { Button } from '../../../ui/Button';
import { Dialog, DialogActions } from '../../../ui/Dialog';
import { useCodeCall } from './useCodeCall';

/** The confirmation before deleting a code: what goes with it, counted (and undoable). */
export function CodeDeleteDialog({ code, onClose }: { code: Code; onClose: () => void }) {
  const { t, tc, lang } = useI18n();
  const api = useApi();
  const preview = useAsync(`delete-${code.id}`, () => api.codebook.deletePreview({ id: code.id }));
  const { busy, failure, run } = useCodeCall();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await run(() => api.codebook.delete({ id: code.id }));
    if (done) onClose();
  }

  const p = preview.data;
  return (
    <Dialog title={t('codeDelete.title', { name: code.name })} description={t('codeDelete.description')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)}>
        {p === undefined ? (
          <p className="empty-note">{t('codeDelete.loading')}</p>
        ) : (
          <ul className="delete-list" data-testid="delete-preview">
            <li>{tc(p.codes, 'codeDelete.codes', 'codeDelete.codes.one')}</li>
            <li>
              {tc(p.codings, 'codeDelete.codings', 'codeDelete.codings.one')}
              {p.codings > 0 ? ` ${tc(p.documents, 'codeDelete.documents', 'codeDelete.documents.one')}` : null}
            </li>
            {p.memos > 0 ? <li>{tc(p.memos, 'codeDelete.memos', 'codeDelete.memos.one')}</li> : null}
            {p.comments > 0 ? <li>{tc(p.comments, 'codeDelete.comments', 'codeDelete.comments.one')}</li> : null}
            {p.examples > 0 ? <li>{tc(p.examples, 'codeDelete.examples', 'codeDelete.examples.one')}</li> : null}
            {p.descendants.length > 0 ? <li className="delete-list__names">{t('codeDelete.descendants', { names: p.descendants.join(', ') })}</li> : null}
          </ul>
        )}
        {failure ? (
          <p className="form-error" role="alert">
            {failure(lang)}
          </p>
        ) : null}
        <DialogActions>
          <Button onClick={onClose} data-autofocus="">
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="danger" disabled={busy || p === undefined}>
            {t('codeDelete.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
