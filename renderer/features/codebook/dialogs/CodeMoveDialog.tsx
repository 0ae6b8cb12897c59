import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import { useT } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { findNode, subtreeIds, type CodeNode } from '../codeTree';
import { useCodeCall } from './useCodeCall';

function flatten(nodes: readonly CodeNode[], depth: number, skip: ReadonlySet<number>, out: { code: Code; depth: number }[]): void {
  for (const node of nodes) {
    if (skip.has(node.code.id)) continue;
    out.push({ code: node.code, depth });
    flatten(node.children, depth + 1, skip, out);
  }
}

/** « Déplacer… »: the keyboard-friendly way to nest and reorder, with two lists (parent, place). */
export function CodeMoveDialog({ code, roots, onClose }: { code: Code; roots: readonly CodeNode[]; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const parentField = useId();
  const placeField = useId();
  const [parentId, setParentId] = useState<number | null>(code.parentId);
  const { busy, failure, run } = useCodeCall();

  const parents = useMemo(() => {
    const node = findNode(roots, code.id);
    const out: { code: Code; depth: number }[] = [];
    flatten(roots, 0, new Set(node ? subtreeIds(node) : [code.id]), out);
    return out;
  }, [roots, code.id]);
  const siblings = useMemo(
    () => (parentId === null ? roots : (findNode(roots, parentId)?.children ?? [])).filter((n) => n.code.id !== code.id),
    [roots, parentId, code.id],
  );
  const currentIndex = siblings.findIndex((n) => n.code.position > code.position);
  const [index, setIndex] = useState<number>(parentId === code.parentId && currentIndex >= 0 ? currentIndex : siblings.length);
  const safeIndex = Math.min(index, siblings.length);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await run(() => api.codebook.move({ id: code.id, parentId, index: safeIndex }));
    if (done) onClose();
  }

  return (
    <Dialog title={t('codeMove.title', { name: code.name })} description={t('codeMove.description')} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label className="field__label" htmlFor={parentField}>
            {t('codeMove.parent')}
          </label>
          <select
            id={parentField}
            className="input"
            data-autofocus=""
            value={parentId ?? ''}
            onChange={(event) => {
              const next = event.target.value === '' ? null : Number(event.target.value);
              setParentId(next);
              setIndex(Number.MAX_SAFE_INTEGER);
            }}
          >
            <option value="">{t('codeMove.root')}</option>
            {parents.map(({ code: option, depth }) => (
              <option key={option.id} value={option.id}>
                {'\u2003'.repeat(depth + 1) + option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={placeField}>
            {t('codeMove.position')}
          </label>
          <select id={placeField} className="input" value={safeIndex} onChange={(event) => setIndex(Number(event.target.value))}>
            <option value={0}>{t('codeMove.first')}</option>
            {siblings.map((node, i) => (
              <option key={node.code.id} value={i + 1}>
                {t('codeMove.after', { name: node.code.name })}
              </option>
            ))}
          </select>
        </div>
        <FormActions failure={failure} submitLabel={t('codeMove.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
