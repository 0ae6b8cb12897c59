import { useId } from 'react';
import { useT } from '../../../app/I18n';
import { useCodingFilters, type StripeColouring } from '../../coding/CodingFilters';

/** « Couleur des bandes : par code / par codeur », in the coding view's toolbar. */
export function StripeColouringChoice() {
  const t = useT();
  const id = useId();
  const filters = useCodingFilters();
  return (
    <span className="stripe-colouring">
      <label htmlFor={id}>{t('coders.stripes')}</label>
      <select id={id} className="input input--sm" value={filters.stripes} onChange={(event) => filters.setStripes(event.target.value as StripeColouring)}>
        <option value="code">{t('coders.stripes.code')}</option>
        <option value="coder">{t('coders.stripes.coder')}</option>
      </select>
    </span>
  );
}
