import type { Code } from '../../../../shared/domain/codebook';
import type { DisagreementList, DisagreementPassage } from '../../../../shared/domain/disagreement';
import { useI18n } from '../../../app/I18n';
import { kindKeys } from './passageText';
import { SidePane } from './SidePane';

interface Props {
  list: DisagreementList;
  passage: DisagreementPassage;
  index: number;
  codes: ReadonlyMap<number, Code>;
}

/** The chosen passage: which one, what kind of disagreement, and the two coders side by side. */
export function PassageDetail({ list, passage, index, codes }: Props) {
  const { t } = useI18n();
  return (
    <div className="dis-detail">
      <h2 className="dis-detail__title">
        {t('disagreements.position', { index: (index + 1).toLocaleString('fr-FR'), count: list.passages.length.toLocaleString('fr-FR') })}
        {passage.kinds.map((kind) => (
          <span key={kind} className={`dis-kind dis-kind--${kind}`}>
            {t(kindKeys[kind], { name: kind === 'onlyB' ? list.coderB.name : list.coderA.name })}
          </span>
        ))}
      </h2>
      <div className="dis-sides" data-testid="disagreement-sides">
        <SidePane coder={list.coderA} passage={passage} codings={passage.a} codes={codes} />
        <SidePane coder={list.coderB} passage={passage} codings={passage.b} codes={codes} />
      </div>
    </div>
  );
}
