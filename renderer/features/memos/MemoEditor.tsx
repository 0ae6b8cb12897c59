import { $isLinkNode, $toggleLink, LinkNode } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  BLUR_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { nodeTypes, plainTextToEditorState, readMemoBody, sanitizeLinkUrl } from '../../../shared/text/memo-body';
import { useT } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { MemoIcon, type MemoIconName } from './MemoIcon';

/** Updates that come from the service (an undo, another window), not from typing: never saved back. */
export const EXTERNAL_TAG = 'balise-external';
/** Sent to the focused editor by the Edit menu (Electron), whose Ctrl+Z never reaches the page. */
export const EDIT_HISTORY_EVENT = 'balise:edit-history';

const theme = {
  paragraph: 'memo-editor__paragraph',
  text: { bold: 'memo-editor__bold', italic: 'memo-editor__italic' },
  list: { ul: 'memo-editor__ul', ol: 'memo-editor__ol', listitem: 'memo-editor__li', nested: { listitem: 'memo-editor__li--nested' } },
  link: 'memo-editor__link',
  heading: { h1: 'memo-editor__h', h2: 'memo-editor__h', h3: 'memo-editor__h', h4: 'memo-editor__h', h5: 'memo-editor__h', h6: 'memo-editor__h' },
  quote: 'memo-editor__quote',
};

/** Node types this editor knows (a memo written elsewhere with others opens as its plain text). */
const knownTypes = new Set(['root', 'paragraph', 'text', 'linebreak', 'tab', 'list', 'listitem', 'link', 'heading', 'quote']);

/** The editor state to open: Lexical JSON as it is, plain text (older memos) as paragraphs. */
export function initialEditorState(body: string | null | undefined): string | undefined {
  if (!body) return undefined;
  const read = readMemoBody(body);
  if (read.ok && read.format === 'lexical' && [...nodeTypes(read.state)].every((type) => knownTypes.has(type))) return body;
  return JSON.stringify(plainTextToEditorState(read.ok ? read.text : body));
}

export interface MemoEditorHandle {
  /** Replaces the content with a body from the service, without saving it back. */
  replace(body: string | null): void;
  focus(): void;
}

interface MemoEditorProps {
  body: string | null;
  /** Accessible name of the editable area. */
  label: string;
  placeholder: string;
  /** Smaller editor (comments on codings). */
  compact?: boolean;
  onChange: (body: string, text: string) => void;
  onBlur?: () => void;
  ref?: Ref<MemoEditorHandle>;
}

/** A memo editor: Lexical rich text with bold, italic, lists and links, and its own undo history. */
export function MemoEditor({ body, label, placeholder, compact, onChange, onBlur, ref }: MemoEditorProps) {
  const initialConfig: InitialConfigType = {
    namespace: 'balise-memo',
    theme,
    nodes: [ListNode, ListItemNode, LinkNode, HeadingNode, QuoteNode],
    editorState: initialEditorState(body),
    onError: (error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`memo-editor${compact ? ' memo-editor--compact' : ''}`}>
        <Toolbar />
        <div className="memo-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="memo-editor__content"
                aria-label={label}
                aria-multiline
                aria-placeholder={placeholder}
                placeholder={<div className="memo-editor__placeholder">{placeholder}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={(url) => sanitizeLinkUrl(url) !== null} />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state: EditorState, _editor: LexicalEditor, tags: Set<string>) => {
            if (tags.has(EXTERNAL_TAG)) return;
            onChange(JSON.stringify(state.toJSON()), readText(state));
          }}
        />
        <Bridge onBlur={onBlur} handle={ref} />
      </div>
    </LexicalComposer>
  );
}

function readText(state: EditorState): string {
  const read = readMemoBody(JSON.stringify(state.toJSON()));
  return read.ok ? read.text : '';
}

/** Blur, the Edit menu's undo and redo, and the handle the memo views use. */
function Bridge({ onBlur, handle }: { onBlur?: () => void; handle?: Ref<MemoEditorHandle> }) {
  const [editor] = useLexicalComposerContext();
  const blurred = useRef(onBlur);
  useEffect(() => {
    blurred.current = onBlur;
  });
  useImperativeHandle(
    handle,
    () => ({
      replace(body) {
        const json = initialEditorState(body);
        if (json) {
          editor.setEditorState(editor.parseEditorState(json), { tag: EXTERNAL_TAG });
          return;
        }
        editor.update(
          () => {
            $getRoot().clear().append($createParagraphNode());
            $setSelection(null);
          },
          { tag: EXTERNAL_TAG },
        );
      },
      focus: () => editor.focus(),
    }),
    [editor],
  );
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          BLUR_COMMAND,
          () => {
            blurred.current?.();
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        // A pasted link to anything but http, https or mailto (tel:, file:…) keeps its text, not its address.
        editor.registerNodeTransform(LinkNode, (link) => {
          if (sanitizeLinkUrl(link.getURL()) !== null) return;
          for (const child of link.getChildren()) link.insertBefore(child);
          link.remove();
        }),
        editor.registerRootListener((root, previous) => {
          const listener = (event: Event) => {
            const command = (event as CustomEvent<'undo' | 'redo'>).detail;
            editor.dispatchCommand(command === 'redo' ? REDO_COMMAND : UNDO_COMMAND, undefined);
            event.preventDefault();
          };
          previous?.removeEventListener(EDIT_HISTORY_EVENT, listener);
          root?.addEventListener(EDIT_HISTORY_EVENT, listener);
        }),
      ),
    [editor],
  );
  return null;
}

interface Formats {
  bold: boolean;
  italic: boolean;
  list: 'bullet' | 'number' | null;
  link: string | null;
}

function readFormats(): Formats {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { bold: false, italic: false, list: null, link: null };
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  const link = $findMatchingParent(anchor, $isLinkNode);
  const type = list && $isListNode(list) ? list.getListType() : null;
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    list: type === 'bullet' || type === 'number' ? type : null,
    link: link && $isLinkNode(link) ? link.getURL() : null,
  };
}

/** Bold, italic, lists and link, each a toggle button that says whether it is on (aria-pressed). */
function Toolbar() {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>({ bold: false, italic: false, list: null, link: null });
  const [linkForm, setLinkForm] = useState<{ url: string; selection: BaseSelection | null; invalid: boolean } | null>(null);

  const openLink = () => {
    editor.getEditorState().read(() => {
      const current = readFormats().link;
      setLinkForm({ url: current ?? 'https://', selection: $getSelection()?.clone() ?? null, invalid: false });
    });
  };

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => editorState.read(() => setFormats(readFormats()))),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            // Ctrl+K belongs to the code palette: links take Ctrl+Shift+K.
            if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'k') return false;
            event.preventDefault();
            event.stopPropagation();
            openLink();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    // openLink only reads the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor],
  );

  const applyLink = (url: string | null) => {
    if (!linkForm) return;
    const safe = url === null ? null : sanitizeLinkUrl(url);
    if (url !== null && safe === null) {
      setLinkForm({ ...linkForm, invalid: true });
      return;
    }
    editor.update(() => {
      if (linkForm.selection) $setSelection(linkForm.selection.clone());
      $toggleLink(safe);
    });
    setLinkForm(null);
    editor.focus();
  };

  const button = (icon: MemoIconName, label: string, pressed: boolean, action: () => void) => (
    <button
      type="button"
      className="memo-editor__tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      // Keep the editor's selection: the button acts on it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={action}
    >
      <MemoIcon name={icon} />
    </button>
  );

  return (
    <>
      <div className="memo-editor__toolbar" role="toolbar" aria-label={t('memos.editor.toolbar')}>
        {button('bold', t('memos.editor.bold'), formats.bold, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'))}
        {button('italic', t('memos.editor.italic'), formats.italic, () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'))}
        {button('bullets', t('memos.editor.bullets'), formats.list === 'bullet', () =>
          editor.dispatchCommand(formats.list === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND, undefined),
        )}
        {button('numbers', t('memos.editor.numbers'), formats.list === 'number', () =>
          editor.dispatchCommand(formats.list === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
        )}
        {button('link', t('memos.editor.link'), formats.link !== null, openLink)}
      </div>
      {linkForm ? (
        <LinkForm
          url={linkForm.url}
          invalid={linkForm.invalid}
          canRemove={formats.link !== null}
          onChange={(url) => setLinkForm({ ...linkForm, url, invalid: false })}
          onApply={() => applyLink(linkForm.url)}
          onRemove={() => applyLink(null)}
          onCancel={() => {
            setLinkForm(null);
            editor.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface LinkFormProps {
  url: string;
  invalid: boolean;
  canRemove: boolean;
  onChange: (url: string) => void;
  onApply: () => void;
  onRemove: () => void;
  onCancel: () => void;
}

/** The address of a link, under the toolbar: Entrée applies, Échap goes back to the text. */
function LinkForm({ url, invalid, canRemove, onChange, onApply, onRemove, onCancel }: LinkFormProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <div className="memo-editor__link-form">
      <label htmlFor={id} className="sr-only">
        {t('memos.editor.linkUrl')}
      </label>
      <input
        ref={input}
        id={id}
        type="url"
        className="input memo-editor__link-input"
        value={url}
        placeholder={t('memos.editor.linkUrl')}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onApply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <Button size="sm" variant="primary" onClick={onApply}>
        {t('memos.editor.linkApply')}
      </Button>
      {canRemove ? (
        <Button size="sm" variant="ghost" onClick={onRemove}>
          {t('memos.editor.linkRemove')}
        </Button>
      ) : null}
      {invalid ? (
        <p id={`${id}-error`} className="field__error memo-editor__link-error" role="alert">
          {t('memos.editor.linkInvalid')}
        </p>
      ) : null}
    </div>
  );
}
