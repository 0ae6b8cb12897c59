import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Code } from '../../../shared/domain/codebook';
import { searchScopes, type SearchScope } from '../../../shared/search/scope';
import type { SearchAutocodeResult } from '../../../shared/search/types';
import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { CodeSelect } from '../autocode/CodeSelect';

const scopeLabel = {
  word: 'search.scope.word',
  sentence: 'search.scope.sentence',
  paragraph: 'search.scope.paragraph',
  turn: 'search.scope.turn',
} as const satisfies Record<SearchScope, string>;

interface Props {
  query: string;
  documentIds: number[] | undefined;
  codes: readonly Code[];
  onDone: (result: SearchAutocodeResult, code: Code) => void;
  onClose: () => void;
}

/** Codes every result of the search, widened to a scope, after a live count of what would be coded. */
export function SearchAutocodeDialog({ query, documentIds, codes, onDone, onClose }: Props) {
  const { t, tc } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const codeId = useId();
  const [code, setCode] = useState<number | null>(null);
  const [scope, setScope] = useState<SearchScope>('word');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ key: string; value: SearchAutocodeResult } | null>(null);
  const key = code === null ? null : `${code}|${scope}`;

  useEffect(() => {
    if (key === null || code === null) return;
    let live = true;
    api.search.autocode({ query, documentIds, codeId: code, scope, preview: true }).then(
      (value) => live && setPreview({ key, value }),
      (error: unknown) => live && toasts.showError(error),
    );
    return () => {
      live = false;
    };
  }, [api, toasts, key, code, scope, query, documentIds]);

  const counts = preview?.key === key ? preview.value : null;

  // The dialog focuses its first control (its close button); the code comes first here.
  useEffect(() => document.getElementById(codeId)?.focus(), [codeId]);

  async function apply(event: FormEvent) {
    event.preventDefault();
    const chosen = codes.find((c) => c.id === code);
    if (!chosen || !counts || counts.coded === 0) return;
    setBusy(true);
    try {
      onDone(await api.search.autocode({ query, documentIds, codeId: chosen.id, scope, preview: false }), chosen);
    } catch (error) {
      toasts.showError(error);
      setBusy(false);
    }
  }

  let status: string;
  if (code === null) status = t('search.autocode.pending');
  else if (!counts) status = t('search.autocode.counting');
  else if (counts.passages > 0 && counts.coded === 0) status = t('search.autocode.nothing');
  else {
    status = [
      `${tc(counts.hits, 'search.hits', 'search.hits.one')} → ${tc(counts.passages, 'search.autocode.passages', 'search.autocode.passages.one')}`,
      t('search.autocode.toCode', { count: counts.coded }),
      tc(counts.alreadyCoded, 'search.autocode.already', 'search.autocode.already.one'),
    ].join(', ');
  }

  return (
    <Dialog title={t('search.autocode.title')} description={t('search.autocode.description', { query })} onClose={onClose} className="dialog--form dialog--autocode">
      <form className="dialog__body" onSubmit={(event) => void apply(event)}>
        <div className="field">
          <label htmlFor={codeId} className="field__label">
            {t('search.autocode.code')}
          </label>
          <CodeSelect id={codeId} codes={[...codes]} value={code} placeholder={t('search.autocode.choose')} onChange={setCode} />
        </div>
        <fieldset className="field">
          <legend className="field__label">{t('search.autocode.scope')}</legend>
          <div className="segmented">
            {searchScopes.map((s) => (
              <label key={s} className="segmented__option">
                <input type="radio" name="search-autocode-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
                <span>{t(scopeLabel[s])}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className={`preview-line ${counts ? 'preview-line--ready' : ''}`} role="status" data-testid="search-autocode-preview">
          {status}
        </p>
        {counts && counts.outside > 0 ? <p className="search-autocode__outside">{tc(counts.outside, 'search.autocode.outside', 'search.autocode.outside.one')}</p> : null}
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" icon="tag" disabled={busy || !counts || counts.coded === 0}>
            {counts && counts.coded > 0 ? tc(counts.coded, 'search.autocode.apply', 'search.autocode.apply.one') : t('search.autocode.applyPending')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
