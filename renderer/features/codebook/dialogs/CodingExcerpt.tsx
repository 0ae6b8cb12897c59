import type { CodeCoding } from '../../../../shared/domain/codebook';
import { useT } from '../../../app/I18n';

/** A coded passage as the codebook dialogs list it: the excerpt, then its document and coder. */
export function CodingExcerpt({ coding }: { coding: CodeCoding }) {
  const t = useT();
  return (
    <span className="coding-excerpt">
      <span className="coding-excerpt__text">{coding.excerpt}</span>
      <span className="coding-excerpt__where">
        {t('codeCoding.in', { document: coding.documentName, start: coding.start, end: coding.end })}
        {coding.coderName ? ` · ${t('codeCoding.by', { coder: coding.coderName })}` : null}
      </span>
    </span>
  );
}
