import type { ExtractFacets } from '../../../../shared/domain/extract';
import { useI18n } from '../../../app/I18n';

interface Props {
  facets: ExtractFacets | undefined;
  chosen: readonly number[];
  onChange: (attributeIds: number[]) => void;
}

/** At most three attributes in one table (one column per combination of their values). */
const MOST = 3;

/** The attributes that make the columns, ticked in the order they combine. */
export function AttributeChoice({ facets, chosen, onChange }: Props) {
  const { t, tc } = useI18n();
  if (!facets) return <p className="empty-note panel-pad">{t('extracts.filters.loading')}</p>;
  if (facets.attributes.length === 0) return <p className="empty-note panel-pad">{t('crosstab.attributes.none')}</p>;
  const toggle = (id: number) => onChange(chosen.includes(id) ? chosen.filter((a) => a !== id) : [...chosen, id]);
  return (
    <div className="panel-scroll crosstab-settings">
      <fieldset className="checklist">
        <legend className="checklist__legend">{t('crosstab.attributes.legend')}</legend>
        <p className="crosstab-settings__hint">{t('crosstab.attributes.hint')}</p>
        <ul className="checklist__items">
          {facets.attributes.map((attribute) => {
            const ticked = chosen.includes(attribute.id);
            return (
              <li key={attribute.id}>
                <label className="checklist__item">
                  <input type="checkbox" checked={ticked} disabled={!ticked && chosen.length >= MOST} onChange={() => toggle(attribute.id)} />
                  <span className="checklist__label">{attribute.name}</span>
                  <span className="checklist__count">{tc(attribute.values.length, 'crosstab.attributes.values', 'crosstab.attributes.values.one')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
