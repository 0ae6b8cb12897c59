import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentContent } from '../../../shared/domain/document';
import type { RemovedCoding } from '../../../shared/domain/text-edit';
import { translate, type Language } from '../../../shared/i18n';
import { translateCount, useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { useHistoryCommands } from '../history/useHistoryCommands';
import { $setPlainText, editableText, readPlainText } from './plainText';

interface Props {
  /** The document as the viewer loaded it: its text and revision are the starting point. */
  document: Pick<DocumentContent, 'id' | 'name' | 'text' | 'revision'>;
  /** Editing ends: saved, or cancelled. */
  onDone: () => void;
}

type Confirmation = { kind: 'remove'; text: string; removed: RemovedCoding[] } | { kind: 'discard' };

/**
 * « Modifier le texte »: the document's text in a plain-text editor, to fix a transcription. Only
 * the text is editable; speaker names, times and grid labels are structure, not text. Saving asks
 * the service first what would happen (`preview`) and, when codings would lose all their text,
 * lists them for confirmation; the save itself is one undoable action, offered in the toast.
 */
export function EditTextMode({ document, onDone }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const history = useHistoryCommands();
  const editor = useRef<LexicalEditor | null>(null);
  // What the editor started from: a reload of the document while editing does not reset the text,
  // and the save is refused if the stored revision moved meanwhile.
  const [start] = useState(() => ({ text: editableText(document.text), revision: document.revision }));
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);

  const initialConfig: InitialConfigType = {
    namespace: 'balise-edit-text',
    theme: { paragraph: 'edit-text__line' },
    editorState: () => $setPlainText(start.text),
    onError: (error) => toasts.showError(error),
  };

  useEffect(() => {
    editor.current?.focus();
  }, []);

  const currentText = () => (editor.current ? readPlainText(editor.current) : start.text);

  async function commit(text: string) {
    const result = await api.documents.editText({ id: document.id, text, revision: start.revision });
    const kept = (l: Language) => translateCount(l, result.codingsKept, 'editText.kept', 'editText.kept.one');
    const removed = (l: Language) => translateCount(l, result.codingsRemoved, 'editText.removed', 'editText.removed.one');
    toasts.showText(
      (l) =>
        result.codingsRemoved > 0
          ? translate(l, 'editText.savedRemoved', { kept: kept(l), removed: removed(l) })
          : translate(l, 'editText.saved', { kept: kept(l) }),
      { action: { label: 'common.undo', run: () => void history.undo() } },
    );
    onDone();
  }

  async function save() {
    if (busy || confirmation) return;
    const text = currentText();
    if (text === start.text) {
      toasts.showInfo('editText.unchanged');
      onDone();
      return;
    }
    setBusy(true);
    try {
      const preview = await api.documents.editText({ id: document.id, text, revision: start.revision, preview: true });
      if (preview.codingsRemoved > 0) setConfirmation({ kind: 'remove', text, removed: preview.removed });
      else await commit(text);
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  }

  async function confirmRemoval(text: string) {
    setConfirmation(null);
    setBusy(true);
    try {
      await commit(text);
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    if (busy || confirmation) return;
    if (currentText() !== start.text) setConfirmation({ kind: 'discard' });
    else onDone();
  }

  function backToText() {
    setConfirmation(null);
    editor.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (confirmation) return;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  }

  return (
    <section className="edit-text" aria-labelledby="edit-text-banner" onKeyDown={onKeyDown}>
      <div className="edit-text__bar">
        <Icon name="edit" className="edit-text__icon" />
        <div className="edit-text__what">
          <p id="edit-text-banner" className="edit-text__banner">
            {t('editText.banner', { name: document.name })}
          </p>
          <p className="edit-text__hint">{t('editText.hint')}</p>
        </div>
        <div className="edit-text__buttons">
          <Button onClick={cancel} disabled={busy}>
            {t('editText.cancel')}
          </Button>
          <Button variant="primary" icon="check" onClick={() => void save()} disabled={busy} aria-keyshortcuts="Control+S">
            {busy ? t('editText.saving') : t('editText.save')}
          </Button>
        </div>
      </div>
      <div className="edit-text__scroll">
        <LexicalComposer initialConfig={initialConfig}>
          <PlainTextPlugin
            contentEditable={<ContentEditable className="edit-text__editor" aria-label={t('editText.editor', { name: document.name })} spellCheck lang="fr" />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <HistoryPlugin />
          <EditorRefPlugin editorRef={editor} />
        </LexicalComposer>
      </div>
      {confirmation?.kind === 'remove' ? (
        <Dialog title={t('editText.confirmRemove.title')} description={t('editText.confirmRemove.description')} onClose={backToText}>
          <div className="dialog__body">
            <ul className="edit-text__removed">
              {confirmation.removed.map((coding) => (
                <li key={coding.id}>{t('editText.confirmRemove.item', { code: coding.codeName, excerpt: coding.excerpt })}</li>
              ))}
            </ul>
            <DialogActions>
              <Button onClick={backToText} data-autofocus>
                {t('editText.confirmRemove.back')}
              </Button>
              <Button variant="danger" onClick={() => void confirmRemoval(confirmation.text)}>
                {t('editText.confirmRemove.submit')}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      ) : null}
      {confirmation?.kind === 'discard' ? (
        <Dialog title={t('editText.discard.title')} description={t('editText.discard.description', { name: document.name })} onClose={backToText}>
          <div className="dialog__body">
            <DialogActions>
              <Button onClick={backToText} data-autofocus>
                {t('editText.discard.back')}
              </Button>
              <Button variant="danger" onClick={onDone}>
                {t('editText.discard.submit')}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
