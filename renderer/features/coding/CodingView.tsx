import { startTransition, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { assignLanes, codingsAt, codingsPerRange, sentenceEnd, sentenceStart } from '../../../shared/coding/ranges';
import type { Code } from '../../../shared/domain/codebook';
import type { DocumentCoding, DocumentContent } from '../../../shared/domain/document';
import type { Coder } from '../../../shared/domain/project';
import type { TextRange } from '../../../shared/offsets';
import { useAnnounce } from '../../app/Announcer';
import { useT } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { TargetMemo } from '../memos/TargetMemo';
import { layoutDocument, type TextBlock } from '../documents/documentLayout';
import { isTextEntry } from '../history/useHistoryShortcuts';
import { CodedBlock } from './CodedBlock';
import { CodePalette } from './CodePalette';
import { useCodingFilters } from './CodingFilters';
import { useRegisterCodingTarget } from './codingTarget';
import { CodingToolbar } from './CodingToolbar';
import { CoderColours } from '../team/coders/CoderColours';
import { StripeMenu, type StripeAction } from './StripeMenu';
import { useCodingActions, type CodingChange } from './useCodingActions';
import { useTextSelection } from './useTextSelection';
import { useReveal, type Reveal } from './useReveal';
import { createViewportWatcher, ViewportContext } from './viewport';

/** Blocks in the first paint, and added per frame after it; the rest is held open by a spacer. */
const FIRST_BLOCKS = 60;
const MORE_BLOCKS = 250;
const ESTIMATED_BLOCK_PX = 60;

export const SELECTION_TYPE = 'application/x-balise-selection';
export const CODE_TYPE = 'application/x-balise-code';

interface Props {
  doc: DocumentContent;
  codings: readonly DocumentCoding[];
  codes: readonly Code[];
  coders: readonly Coder[];
  me: Coder;
  recent: readonly number[];
  /** Project path and revision: open memos follow undo. */
  dataKey: string;
  /** Shows what an action changed in the codings (or reloads them). */
  onChanged: (change?: CodingChange) => Promise<void>;
  /** A passage to bring into view (from the extract browser or the search). */
  reveal?: Reveal | null;
}

type Palette = { mode: 'apply'; passage: TextRange | null } | { mode: 'recode'; codingId: number };
interface Menu {
  coding: DocumentCoding;
  anchor: DOMRect;
}

const excerptOf = (text: string, c: DocumentCoding) => {
  const passage = text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
  return passage.length > 160 ? `${passage.slice(0, 157)}…` : passage;
};

/**
 * The coding view: the document read-only, with a caret and keyboard selection (the page is a
 * read-only text box), coded passages highlighted, coding stripes in the margin, and every way to
 * apply a code: the codebook (click, drag), the palette (Ctrl+K), the recent codes (1–9), in vivo
 * (Ctrl+I). Blocks off screen are skipped by the browser (`content-visibility`) and measure their
 * stripes only near the viewport, so a 40,000-word transcript opens fast.
 */
export function CodingView({ doc, codings, codes, coders, me, recent, dataKey, onChanged, reveal }: Props) {
  const t = useT();
  const announce = useAnnounce();
  const filters = useCodingFilters();
  const scrollRef = useRef<HTMLDivElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const [watch, setWatch] = useState<ReturnType<typeof createViewportWatcher>['watch'] | null>(null);
  const [layoutVersion, setLayoutVersion] = useState(0);
  const [palette, setPalette] = useState<Palette | null>(null);
  const [menu, setMenu] = useState<Menu | null>(null);
  const [comment, setComment] = useState<DocumentCoding | null>(null);

  const blocks = useMemo(() => layoutDocument(doc), [doc]);
  const textBlocks = useMemo(() => blocks.filter((b): b is TextBlock => b.type !== 'section' && b.type !== 'subsection'), [blocks]);
  const codeMap = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const coderMap = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const visible = useMemo(() => codings.filter((c) => filters.visible(c) && codeMap.has(c.codeId)), [codings, filters, codeMap]);
  const perBlock = useMemo(() => {
    const lists = codingsPerRange(textBlocks, visible);
    return new Map(textBlocks.map((b, i) => [b.key, lists[i]!]));
  }, [textBlocks, visible]);
  const { lane, lanes } = useMemo(() => assignLanes(visible), [visible]);
  const recentCodes = useMemo(() => recent.map((id) => codeMap.get(id)).filter((c): c is Code => c !== undefined), [recent, codeMap]);

  // A long transcript paints its first blocks at once and adds the rest in the next frames.
  const [shown, setShown] = useState(FIRST_BLOCKS);
  useEffect(() => {
    if (shown >= blocks.length) return;
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + MORE_BLOCKS)), 0);
    return () => clearTimeout(timer);
  }, [shown, blocks.length]);
  const layoutKey = useMemo(() => ({ perBlock, shown }), [perBlock, shown]);
  const selection = useTextSelection(pageRef, doc.text, layoutKey);
  const actions = useCodingActions(doc.id, onChanged);
  useReveal(reveal, pageRef, blocks, shown, (count) => setShown((n) => Math.max(n, count + MORE_BLOCKS)), (range) => selection.select(range));

  useRegisterCodingTarget({
    applyCode: (codeId) => {
      const code = codeMap.get(codeId);
      if (code) void actions.apply(code, selection.take());
    },
    hasSelection: () => selection.take() !== null,
  });

  // One observer for the blocks; the stripes re-measure when the page's width changes.
  useEffect(() => {
    const watcher = createViewportWatcher(scrollRef.current);
    setWatch(() => watcher.watch);
    const page = pageRef.current;
    let width = page?.clientWidth ?? 0;
    const resize = new ResizeObserver(() => {
      if (page && page.clientWidth !== width) {
        width = page.clientWidth;
        setLayoutVersion((v) => v + 1);
      }
    });
    if (page) resize.observe(page);
    return () => {
      watcher.disconnect();
      resize.disconnect();
    };
  }, []);

  // The page is a text box for the caret and the selection, never for typing.
  useEffect(() => {
    const page = pageRef.current;
    if (!page) return;
    const refuse = (event: Event) => event.preventDefault();
    const redraw = () => setLayoutVersion((v) => v + 1);
    page.addEventListener('beforeinput', refuse);
    page.addEventListener('compositionend', redraw);
    return () => {
      page.removeEventListener('beforeinput', refuse);
      page.removeEventListener('compositionend', redraw);
    };
  }, []);

  // Screen readers hear the codes at the caret when they change.
  const caretCodes = useMemo(() => {
    if (selection.caret === null || selection.selection) return null;
    return codingsAt(visible, selection.caret)
      .map((c) => codeMap.get(c.codeId)?.name)
      .filter((name): name is string => name !== undefined);
  }, [selection.caret, selection.selection, visible, codeMap]);
  const caretSummary = caretCodes === null ? null : caretCodes.join(', ');
  useEffect(() => {
    if (caretSummary === null) return;
    const timer = setTimeout(() => announce(caretSummary ? t('coding.atCaret', { codes: caretSummary }) : t('coding.atCaret.none')), 350);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caretSummary]);

  const openMenu = useCallback((coding: DocumentCoding, anchor: DOMRect) => setMenu({ coding, anchor }), []);
  const onStripe = useCallback((coding: DocumentCoding, anchor: HTMLElement) => openMenu(coding, anchor.getBoundingClientRect()), [openMenu]);
  const menuActions = (coding: DocumentCoding): StripeAction[] => [
    { id: 'select', label: t('coding.menu.select'), icon: 'text', run: () => selection.select(coding) },
    { id: 'recode', label: t('coding.menu.recode'), icon: 'tag', run: () => setPalette({ mode: 'recode', codingId: coding.id }) },
    { id: 'comment', label: t('coding.menu.comment'), icon: 'memo', run: () => setComment(coding) },
    { id: 'remove', label: t('coding.menu.remove'), icon: 'close', danger: true, run: () => void actions.remove(coding.id, codeMap.get(coding.codeId)) },
  ];

  /** Moves the selection's focus end (Alt+Maj+arrows: by sentence, or to the block's edge). */
  const extend = (to: (offset: number) => number) => {
    const current = selection.selection ?? (selection.caret !== null ? { start: selection.caret, end: selection.caret } : null);
    if (!current) return;
    const dom = document.getSelection();
    const backwards = dom && dom.anchorNode && dom.focusNode ? dom.anchorNode.compareDocumentPosition(dom.focusNode) & Node.DOCUMENT_POSITION_PRECEDING : 0;
    const anchor = backwards ? current.end : current.start;
    const focus = to(backwards ? current.start : current.end);
    if (focus === anchor) return;
    selection.select({ start: Math.min(anchor, focus), end: Math.max(anchor, focus) });
  };
  const blockEdge = (offset: number, forward: boolean) => {
    const block = textBlocks.find((b) => b.start <= offset && offset <= b.end);
    if (!block) return offset;
    if (forward) return offset < block.end ? block.end : (textBlocks[textBlocks.indexOf(block) + 1]?.end ?? offset);
    return offset > block.start ? block.start : (textBlocks[textBlocks.indexOf(block) - 1]?.start ?? offset);
  };

  function onPageKey(event: KeyboardEvent<HTMLDivElement>) {
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.altKey && event.shiftKey && !ctrl && event.key.startsWith('Arrow')) {
      event.preventDefault();
      if (event.key === 'ArrowRight') extend((o) => sentenceEnd(doc.text, o));
      if (event.key === 'ArrowLeft') extend((o) => sentenceStart(doc.text, o));
      if (event.key === 'ArrowDown') extend((o) => blockEdge(o, true));
      if (event.key === 'ArrowUp') extend((o) => blockEdge(o, false));
      return;
    }
    if (!ctrl && !event.altKey && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      const code = recentCodes[Number(event.key) - 1];
      if (code) void actions.apply(code, selection.take());
      return;
    }
    if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      const at = selection.selection?.start ?? selection.caret;
      const here = at === null ? [] : codingsAt(visible, at);
      if (here.length === 0) return;
      event.preventDefault();
      const rect = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).getBoundingClientRect() : pageRef.current!.getBoundingClientRect();
      openMenu(here[here.length - 1]!, rect);
      return;
    }
    if (event.key === 'Escape' && selection.take()) {
      event.preventDefault();
      selection.clear();
    }
  }

  // Ctrl+K and Ctrl+I work wherever the focus is, except in fields and dialogs.
  const onWindowKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (!ctrl || event.altKey || event.shiftKey || event.defaultPrevented) return;
    const key = event.key.toLowerCase();
    if (key !== 'k' && key !== 'i') return;
    const active = document.activeElement;
    if (document.querySelector('dialog[open]') || (active !== pageRef.current && isTextEntry(active))) return;
    event.preventDefault();
    if (key === 'k') setPalette({ mode: 'apply', passage: selection.take() });
    else void actions.inVivo(selection.take());
  });
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => onWindowKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  function onDragStart(event: DragEvent<HTMLDivElement>) {
    const passage = selection.take();
    if (!passage) return;
    event.dataTransfer.setData(SELECTION_TYPE, JSON.stringify({ documentId: doc.id, ...passage }));
    event.dataTransfer.effectAllowed = 'copy';
  }
  function onDragOver(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    event.dataTransfer.dropEffect = event.dataTransfer.types.includes(CODE_TYPE) ? 'copy' : 'none';
  }
  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    const codeId = Number(event.dataTransfer.getData(CODE_TYPE));
    const code = codeMap.get(codeId);
    if (code) void actions.apply(code, selection.take());
  }

  const menuCoding = menu ? codings.find((c) => c.id === menu.coding.id) : undefined;
  return (
    <>
      <CodingToolbar
        recent={recentCodes}
        selectionLength={selection.selection ? selection.selection.end - selection.selection.start : 0}
        coders={coders}
        me={me}
        onApply={(code) => void actions.apply(code, selection.take())}
        onPalette={() => setPalette({ mode: 'apply', passage: selection.take() })}
        onInVivo={() => void actions.inVivo(selection.take())}
      />
      <div className="viewer__scroll" ref={scrollRef} role="region" aria-label={doc.name}>
        <CoderColours.Provider value={coderMap}>
        <ViewportContext.Provider value={watch}>
          <div
            ref={pageRef}
            className="viewer__page coding-page"
            data-testid="document-text"
            role="textbox"
            aria-readonly="true"
            aria-multiline="true"
            aria-label={t('coding.page', { name: doc.name })}
            aria-describedby="coding-keys"
            contentEditable
            suppressContentEditableWarning
            spellCheck={false}
            translate="no"
            onKeyDown={onPageKey}
            onDragStart={onDragStart}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onPaste={(event) => event.preventDefault()}
            onCut={(event) => event.preventDefault()}
          >
            {blocks.length === 0 ? <p className="empty-note">{t('viewer.empty')}</p> : null}
            {blocks.slice(0, shown).map((block) => {
              if (block.type === 'section') {
                return (
                  <div key={block.key} className="doc-section-row" contentEditable={false} data-label="">
                    <h3 className="doc-section">{block.label}</h3>
                    {block.column ? <span className="doc-section__column">{block.column}</span> : null}
                  </div>
                );
              }
              if (block.type === 'subsection') {
                return (
                  <h4 key={block.key} className="doc-subsection" contentEditable={false} data-label="">
                    {block.label}
                  </h4>
                );
              }
              return (
                <CodedBlock
                  key={block.key}
                  block={block}
                  text={doc.text}
                  codings={perBlock.get(block.key) ?? []}
                  codes={codeMap}
                  lanes={lane}
                  laneCount={lanes}
                  onStripe={onStripe}
                  layoutVersion={layoutVersion}
                />
              );
            })}
            {shown < blocks.length ? <div className="coding-page__rest" style={{ height: (blocks.length - shown) * ESTIMATED_BLOCK_PX }} aria-hidden="true" /> : null}
          </div>
        </ViewportContext.Provider>
        </CoderColours.Provider>
        <p id="coding-keys" className="sr-only">
          {t('coding.keys')}
        </p>
      </div>
      {menu && menuCoding ? (
        <StripeMenu
          coding={menuCoding}
          code={codeMap.get(menuCoding.codeId)}
          coderName={menuCoding.coderId === null ? null : (coderMap.get(menuCoding.coderId)?.name ?? null)}
          excerpt={excerptOf(doc.text, menuCoding)}
          anchor={menu.anchor}
          actions={menuActions(menuCoding)}
          onClose={() => setMenu(null)}
        />
      ) : null}
      {comment ? (
        <Dialog title={t('coding.comment.title', { code: codeMap.get(comment.codeId)?.path ?? '' })} description={excerptOf(doc.text, comment)} onClose={() => setComment(null)} className="dialog--form">
          <div className="dialog__body">
            <TargetMemo target={{ kind: 'coding', codingId: comment.id }} dataKey={dataKey} />
            <DialogActions>
              <Button variant="primary" onClick={() => setComment(null)}>
                {t('common.close')}
              </Button>
            </DialogActions>
          </div>
        </Dialog>
      ) : null}
      {palette ? (
        <CodePalette
          title={palette.mode === 'apply' ? t('coding.palette.apply') : t('coding.palette.recode')}
          codes={codes}
          recent={recent}
          onClose={() => setPalette(null)}
          onChoose={(code) => {
            setPalette(null);
            if (palette.mode === 'apply') void actions.apply(code, palette.passage);
            else void actions.recode(palette.codingId, code);
          }}
        />
      ) : null}
    </>
  );
}
