import type { ReactNode } from 'react';
import type { DisagreementList, DisagreementPassage } from '../../../../shared/domain/disagreement';
import { useI18n } from '../../../app/I18n';
import type { CodeLabel } from '../../extracts/query';
import { kindKeys } from './passageText';
import { SidePane } from './SidePane';

interface Props {
  list: DisagreementList;
  passage: DisagreementPassage;
  index: number;
  codes: ReadonlyMap<number, CodeLabel>;
  /** The actions, between the title and the two sides. */
  children: ReactNode;
}

/** The chosen passage: which one, what kind of disagreement, and the two coders side by side. */
export function PassageDetail({ list, passage, index, codes, children }: Props) {
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
      {children}
      <div className="dis-sides" data-testid="disagreement-sides">
        <SidePane coder={list.coderA} passage={passage} codings={passage.a} codes={codes} />
        <SidePane coder={list.coderB} passage={passage} codings={passage.b} codes={codes} />
      </div>
    </div>
  );
}
