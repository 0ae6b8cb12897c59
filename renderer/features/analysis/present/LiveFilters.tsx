import type { ExtractFacets, ExtractFilters } from '../../../../shared/domain/extract';
import { useI18n } from '../../../app/I18n';
import { Button } from '../../../ui/Button';
import { attributeValues, cleanFilters, setAttributeValues, toggleValue } from '../../extracts/filters';

interface Props {
  facets: ExtractFacets | undefined;
  filters: ExtractFilters;
  onChange: (filters: ExtractFilters) => void;
  /** Keeps the filters in the slide; absent when the view shown is not a saved slide. */
  onSave: (() => void) | null;
  changed: boolean;
}

/**
 * The attribute values of the project's cases as toggles, to narrow the chart in front of the room
 * (« Branche : Missions locales »). Nothing is saved unless asked.
 */
export function LiveFilters({ facets, filters, onChange, onSave, changed }: Props) {
  const { t } = useI18n();
  const attributes = facets?.attributes.filter((a) => a.values.length > 0) ?? [];
  return (
    <section className="present-filters" aria-labelledby="present-filters-title" data-testid="present-filters">
      <h3 id="present-filters-title" className="present-filters__title">
        {t('present.filters.title')}
      </h3>
      <p className="present-filters__hint">{t('present.filters.hint')}</p>
      {attributes.length === 0 ? <p>{t('present.filters.none')}</p> : null}
      {attributes.map((attribute) => {
        const chosen = attributeValues(filters, attribute.id);
        return (
          <div key={attribute.id} role="group" className="present-filters__group" aria-label={t('present.filters.values', { name: attribute.name })}>
            <span className="present-filters__name" aria-hidden="true">
              {attribute.name}
            </span>
            <div className="present-filters__values">
              {attribute.values.map(({ value }) => (
                <button
                  key={value}
                  type="button"
                  className="present-toggle"
                  aria-pressed={chosen.includes(value)}
                  onClick={() => onChange(setAttributeValues(filters, attribute.id, toggleValue(chosen, value)))}
                >
                  {value}
                </button>
              ))}
            </div>
          </div>
        );
      })}
      <div className="present-filters__actions">
        <Button onClick={() => onChange(cleanFilters({ ...filters, attributes: [] }))} disabled={!filters.attributes?.length}>
          {t('present.filters.clear')}
        </Button>
        {onSave ? (
          <Button variant="primary" onClick={onSave} disabled={!changed}>
            {t('present.filters.save')}
          </Button>
        ) : null}
      </div>
    </section>
  );
}
