import { useMemo, useState, type FormEvent } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import { translate, type Language } from '../../../../shared/i18n';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useToasts } from '../../../app/Toasts';
import { Dialog, FormActions } from '../../../ui/Dialog';
import { Icon } from '../../../ui/Icon';
import { foldForSearch } from '../../../../shared/text/fold';
import { findNode, subtreeIds, type CodeNode } from '../codeTree';
import { useCodeCall } from './useCodeCall';

function flatten(nodes: readonly CodeNode[], out: Code[]): Code[] {
  for (const node of nodes) {
    out.push(node.code);
    flatten(node.children, out);
  }
  return out;
}

/** « Fusionner dans… »: a filterable list of the codes that can receive this one, and what will happen. */
export function CodeMergeDialog({ code, roots, onClose }: { code: Code; roots: readonly CodeNode[]; onClose: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [query, setQuery] = useState('');
  const [targetId, setTargetId] = useState<number | null>(null);
  const { busy, failure, setFailure, run } = useCodeCall();

  const candidates = useMemo(() => {
    const node = findNode(roots, code.id);
    const skip = new Set(node ? subtreeIds(node) : [code.id]);
    return flatten(roots, []).filter((c) => !skip.has(c.id));
  }, [roots, code.id]);
  const needle = foldForSearch(query.trim());
  const shown = needle ? candidates.filter((c) => foldForSearch(c.path).includes(needle)) : candidates;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (targetId === null) {
      setFailure(() => (lang: Language) => translate(lang, 'codeMerge.noTarget'));
      return;
    }
    const result = await run(() => api.codebook.merge({ sourceId: code.id, targetId }));
    if (!result) return;
    toasts.showText((lang) => translate(lang, 'codeMerge.done', { moved: result.moved, collapsed: result.collapsed }));
    onClose();
  }

  return (
    <Dialog title={t('codeMerge.title', { name: code.name })} description={t('codeMerge.description', { name: code.name })} onClose={onClose} className="dialog--form">
      <form className="dialog__body" onSubmit={(event) => void submit(event)}>
        <div className="search-box">
          <Icon name="search" className="search-box__icon" />
          <input
            type="search"
            className="input search-box__input"
            placeholder={t('codeMerge.filter')}
            aria-label={t('codeMerge.filter')}
            value={query}
            data-autofocus=""
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <fieldset className="code-choice">
          <legend className="field__label">{t('codeMerge.target')}</legend>
          {shown.length === 0 ? <p className="empty-note">{t('codebook.noMatch', { query: query.trim() })}</p> : null}
          <div className="code-choice__list">
            {shown.map((candidate) => (
              <label key={candidate.id} className="code-choice__item">
                <input type="radio" name="merge-target" checked={targetId === candidate.id} onChange={() => setTargetId(candidate.id)} />
                <span className="swatch" style={{ backgroundColor: candidate.color }} aria-hidden="true" />
                <span className="code-choice__path">{candidate.path}</span>
                <span className="code-choice__count">{candidate.codingCount}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormActions failure={failure} submitLabel={t('codeMerge.submit')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
