import type { MergeCounts } from '../../../../shared/domain/merge';
import { useI18n } from '../../../app/I18n';
import type { MessageKey } from '../../../../shared/i18n';

type Row = [MessageKey, number];

/** The counts of a preview or of a merge, as a table: one line per kind of thing, a figure per case. */
export function MergeCountsTable({ counts, caption }: { counts: MergeCounts; caption: string }) {
  const { t, lang } = useI18n();
  const { documents, codes, codings, memos, coders, cases } = counts;
  const groups: [MessageKey, Row[]][] = [
    ['merge.counts.documents', [['merge.counts.byHash', documents.byHash], ['merge.counts.byName', documents.byName], ['merge.counts.newDocuments', documents.new]]],
    [
      'merge.counts.codes',
      [['merge.counts.matched', codes.matched], ['merge.counts.renamed', codes.renamed], ['merge.counts.onlyTheirs', codes.onlyTheirs], ['merge.counts.created', codes.created], ['merge.counts.onlyMine', codes.onlyMine]],
    ],
    [
      'merge.counts.codings',
      [['merge.counts.newCodings', codings.new], ['merge.counts.alreadyHere', codings.alreadyHere], ['merge.counts.unplaceable', codings.unplaceable], ['merge.counts.skipped', codings.skipped]],
    ],
    ['merge.counts.memos', [['merge.counts.newMemos', memos.new], ['merge.counts.alreadyHere', memos.alreadyHere], ['merge.counts.memosSkipped', memos.skipped]]],
    ['merge.counts.coders', [['merge.counts.newCoders', coders.new]]],
    ['merge.counts.cases', [['merge.counts.newCases', cases.new], ['merge.counts.values', cases.values], ['merge.counts.conflicts', cases.conflicts], ['merge.counts.links', cases.links]]],
  ];
  return (
    <table className="merge-counts" data-testid="merge-counts">
      <caption className="merge-counts__caption">{caption}</caption>
      {groups.map(([title, rows]) => (
        <tbody key={title}>
          <tr className="merge-counts__group">
            <th scope="rowgroup" colSpan={2}>
              {t(title)}
            </th>
          </tr>
          {rows.map(([label, value]) => (
            <tr key={label} className={value === 0 ? 'merge-counts__row merge-counts__row--zero' : 'merge-counts__row'}>
              <th scope="row">{t(label)}</th>
              <td>{value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
