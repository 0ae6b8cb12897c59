import type { AttributeType } from '../../../shared/domain/case';
import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../../app/I18n';

export const typeNames: Record<AttributeType, MessageKey> = {
  text: 'caseTable.type.text',
  number: 'caseTable.type.number',
  date: 'caseTable.type.date',
  category: 'caseTable.type.category',
};

/** Small line drawings, 16×16: a letter, a hash, a calendar, a tag. */
const paths: Record<AttributeType, string> = {
  text: 'M3 12.5L6 3.5l3 9M4 9.5h4M10.5 8.5c.4-.8 1.1-1.2 2-1.2 1.3 0 2 .8 2 2v3.2M14.5 10.4c-2.6 0-4 .5-4 1.4 0 .7.6 1.2 1.5 1.2 1.4 0 2.5-1 2.5-2.6',
  number: 'M6 2.5l-1.5 11M11.5 2.5l-1.5 11M2.5 6h11M2 10.5h11',
  date: 'M2.5 4h11v9.5h-11zM2.5 7h11M5.5 2.5v3M10.5 2.5v3',
  category: 'M2.5 8.5V2.5h6l5 5-6 6zM5.5 5.5v.01',
};

/** The type of an attribute as a small mark before its name, named by its tooltip (the column menu says it to screen readers). */
export function TypeGlyph({ type }: { type: AttributeType }) {
  const t = useT();
  const name = t(typeNames[type]);
  return (
    <span className="type-glyph" title={name} aria-hidden="true">
      <svg width={13} height={13} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        <path d={paths[type]} />
      </svg>
    </span>
  );
}
