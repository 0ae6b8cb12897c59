import { useId, useState, type ReactNode } from 'react';
import type { ExtractFacets, ExtractFilters } from '../../../shared/domain/extract';
import { structureFields, type StructureField } from '../../../shared/domain/structure';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import { Checklist } from './Checklist';
import { KeyQuoteIcon } from './KeyQuoteIcon';
import { attributeValues, fieldLabel, setAttributeValues, setStructureValues, structureValues, toggleId, toggleValue } from './filters';

interface Props {
  facets: ExtractFacets | undefined;
  filters: ExtractFilters;
  onChange: (filters: ExtractFilters) => void;
  /** Shown above the filters (the analyses offer the saved queries' filters there). */
  header?: ReactNode;
}

/** The order the structure fields are offered in: the grid's own order, then the speakers. */
const fieldOrder: StructureField[] = ['speaker', 'grid', 'block', 'prompt', 'column'];

/**
 * Every filter the facets offer, in folding sections: documents and groups, cases, case attributes
 * (each attribute a condition, all of them ANDed), structure, coders, dates, key quotations.
 */
export function FilterPanel({ facets, filters, onChange, header }: Props) {
  const { t, tc } = useI18n();
  if (!facets) {
    return <p className="empty-note panel-pad">{t('extracts.filters.loading')}</p>;
  }
  const chosen = (n: number) => (n > 0 ? tc(n, 'extracts.filters.selected', 'extracts.filters.selected.one') : null);
  const attributeCount = (filters.attributes ?? []).length;
  const structureCount = (filters.structure ?? []).length;
  const fields = fieldOrder.filter((f) => structureFields.includes(f) && facets.structure.some((s) => s.field === f));
  const dates = (filters.codedFrom ? 1 : 0) + (filters.codedTo ? 1 : 0);

  return (
    <div className="panel-scroll extract-filters" data-testid="extract-filters">
      {header}
      <label className="extract-filters__key">
        <input type="checkbox" checked={filters.keyQuotesOnly === true} onChange={(event) => onChange({ ...filters, keyQuotesOnly: event.target.checked })} />
        <KeyQuoteIcon filled />
        <span>{t('extracts.filters.keyQuotes')}</span>
      </label>

      <Section title={t('extracts.filters.documents')} badge={chosen((filters.documentIds?.length ?? 0) + (filters.groupIds?.length ?? 0))}>
        {facets.groups.length > 0 ? (
          <Checklist
            legend={t('extracts.filters.groups')}
            items={facets.groups.map((g) => ({ value: g.id, label: g.name, count: tc(g.documents, 'extracts.documents', 'extracts.documents.one') }))}
            selected={filters.groupIds ?? []}
            onToggle={(id) => onChange(toggleId(filters, 'groupIds', id))}
          />
        ) : null}
        <Checklist
          legend={t('extracts.filters.documents')}
          legendHidden={facets.groups.length === 0}
          items={facets.documents.map((d) => ({ value: d.id, label: d.name, count: tc(d.codings, 'extracts.codings', 'extracts.codings.one') }))}
          selected={filters.documentIds ?? []}
          onToggle={(id) => onChange(toggleId(filters, 'documentIds', id))}
        />
      </Section>

      {facets.cases.length > 0 ? (
        <Section title={t('extracts.filters.cases')} badge={chosen(filters.caseIds?.length ?? 0)}>
          <Checklist
            legend={t('extracts.filters.cases')}
            legendHidden
            items={facets.cases.map((c) => ({ value: c.id, label: c.name, count: tc(c.documents, 'extracts.documents', 'extracts.documents.one') }))}
            selected={filters.caseIds ?? []}
            onToggle={(id) => onChange(toggleId(filters, 'caseIds', id))}
          />
        </Section>
      ) : null}

      {facets.attributes.length > 0 ? (
        <Section title={t('extracts.filters.attributes')} badge={chosen(attributeCount)} open={attributeCount > 0}>
          <p className="extract-filters__hint">{t('extracts.filters.attributesHint')}</p>
          {facets.attributes.map((attribute) => {
            const values = attributeValues(filters, attribute.id);
            return (
              <Checklist
                key={attribute.id}
                legend={attribute.name}
                items={attribute.values.map((v) => ({ value: v.value, label: v.value, count: tc(v.cases, 'extracts.cases', 'extracts.cases.one') }))}
                selected={values}
                onToggle={(value) => onChange(setAttributeValues(filters, attribute.id, toggleValue(values, value)))}
              />
            );
          })}
        </Section>
      ) : null}

      {fields.length > 0 ? (
        <Section title={t('extracts.filters.structure')} badge={chosen(structureCount)} open={structureCount > 0}>
          {fields.map((field) => {
            const values = structureValues(filters, field);
            return (
              <Checklist
                key={field}
                legend={fieldLabel(field, { t })}
                items={facets.structure
                  .filter((s) => s.field === field)
                  .map((s) => ({ value: s.value, label: s.value, count: tc(s.passages, 'extracts.passages', 'extracts.passages.one') }))}
                selected={values}
                onToggle={(value) => onChange(setStructureValues(filters, field, toggleValue(values, value)))}
              />
            );
          })}
        </Section>
      ) : null}

      {facets.coders.length > 0 ? (
        <Section title={t('extracts.filters.coders')} badge={chosen(filters.coderIds?.length ?? 0)}>
          <Checklist
            legend={t('extracts.filters.coders')}
            legendHidden
            items={facets.coders.map((c) => ({ value: c.id, label: c.name, color: c.color, count: tc(c.codings, 'extracts.codings', 'extracts.codings.one') }))}
            selected={filters.coderIds ?? []}
            onToggle={(id) => onChange(toggleId(filters, 'coderIds', id))}
          />
        </Section>
      ) : null}

      <Section title={t('extracts.filters.dates')} badge={chosen(dates)} open={dates > 0}>
        <div className="extract-filters__dates">
          <DateField label={t('extracts.filters.from')} value={filters.codedFrom ?? ''} max={filters.codedTo} onChange={(codedFrom) => onChange({ ...filters, codedFrom })} />
          <DateField label={t('extracts.filters.to')} value={filters.codedTo ?? ''} min={filters.codedFrom} onChange={(codedTo) => onChange({ ...filters, codedTo })} />
        </div>
      </Section>
    </div>
  );
}

/** A folding section; open by default when one of its filters is active. */
function Section({ title, badge, open, children }: { title: string; badge: string | null; open?: boolean; children: ReactNode }) {
  const [isOpen, setOpen] = useState(open === true || badge !== null);
  return (
    <details className="extract-filters__section" open={isOpen} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="extract-filters__summary">
        <Icon name="chevronRight" size={14} className="extract-filters__chevron" />
        <span>{title}</span>
        {badge ? <span className="badge">{badge}</span> : null}
      </summary>
      <div className="extract-filters__body">{children}</div>
    </details>
  );
}

function DateField({ label, value, min, max, onChange }: { label: string; value: string; min?: string; max?: string; onChange: (day: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input id={id} type="date" className="input" value={value} min={min} max={max} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
