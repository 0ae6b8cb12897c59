import type { Code } from '../../../shared/domain/codebook';
import type { Coder } from '../../../shared/domain/project';
import { useI18n } from '../../app/I18n';
import { Button } from '../../ui/Button';
import { StripeColouringChoice } from '../team/coders/StripeColouringChoice';
import { useCodingFilters } from './CodingFilters';

interface Props {
  recent: readonly Code[];
  /** UTF-16 units selected; 0 when nothing is. */
  selectionLength: number;
  coders: readonly Coder[];
  /** The coder working now: « Mes codages ». */
  me: Coder;
  onApply: (code: Code) => void;
  onPalette: () => void;
  onInVivo: () => void;
}

/**
 * Above the text: the recent codes on keys 1–9, what is selected, the palette and in-vivo
 * buttons, and whose codings are shown.
 */
export function CodingToolbar({ recent, selectionLength, coders, me, onApply, onPalette, onInVivo }: Props) {
  const { t, tc } = useI18n();
  const filters = useCodingFilters();
  const coderValue = filters.coder.kind === 'all' ? 'all' : String(filters.coder.coderId);
  return (
    <div className="coding-toolbar" role="toolbar" aria-label={t('coding.toolbar')}>
      <div className="coding-toolbar__recent" role="group" aria-label={t('coding.recent')}>
        {recent.length === 0 ? <span className="coding-toolbar__hint">{t('coding.recent.none')}</span> : null}
        {recent.map((code, index) => (
          <button
            key={code.id}
            type="button"
            className="recent-code"
            title={t('coding.recent.apply', { code: code.path, key: index + 1 })}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onApply(code)}
          >
            <kbd className="recent-code__key">{index + 1}</kbd>
            <span className="swatch swatch--sm" style={{ backgroundColor: code.color }} aria-hidden="true" />
            <span className="recent-code__name">{code.name}</span>
          </button>
        ))}
      </div>
      <div className="coding-toolbar__actions">
        <span className="coding-toolbar__selection" aria-live="polite">
          {selectionLength > 0 ? tc(selectionLength, 'coding.selection', 'coding.selection.one') : t('coding.selection.none')}
        </span>
        <Button size="sm" variant="ghost" icon="tag" onMouseDown={(event) => event.preventDefault()} onClick={onPalette} title={t('coding.palette.shortcut')}>
          {t('coding.palette.open')}
        </Button>
        <Button size="sm" variant="ghost" icon="sparkle" onMouseDown={(event) => event.preventDefault()} onClick={onInVivo} disabled={selectionLength === 0} title={t('coding.inVivo.shortcut')}>
          {t('coding.inVivo')}
        </Button>
        <label className="coding-toolbar__coder">
          <span className="sr-only">{t('coding.coders')}</span>
          <select
            className="input input--sm"
            value={coderValue}
            onChange={(event) => filters.setCoder(event.target.value === 'all' ? { kind: 'all' } : { kind: 'coder', coderId: Number(event.target.value) })}
          >
            <option value="all">{t('coding.coders.all')}</option>
            <option value={me.id}>{t('coding.coders.mine', { name: me.name })}</option>
            {coders
              .filter((coder) => coder.id !== me.id)
              .map((coder) => (
                <option key={coder.id} value={coder.id}>
                  {coder.name}
                </option>
              ))}
          </select>
        </label>
        <StripeColouringChoice />
      </div>
    </div>
  );
}
