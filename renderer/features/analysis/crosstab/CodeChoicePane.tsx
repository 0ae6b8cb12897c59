import { useMemo } from 'react';
import { MAX_ANALYSIS_CODES } from '../../../../shared/contract/analysis';
import type { CodeChoice } from '../../../../shared/domain/analysis';
import type { Code } from '../../../../shared/domain/codebook';
import { useI18n } from '../../../app/I18n';
import { CodePicker } from '../../extracts/CodePicker';
import { codeLabels, type ChosenCode } from '../../extracts/query';

interface Props {
  codes: readonly Code[] | undefined;
  choice: CodeChoice;
  onChange: (choice: CodeChoice) => void;
}

/** The codes in rows: the codebook's tree of check boxes, and whether each code counts its sub-codes. */
export function CodeChoicePane({ codes, choice, onChange }: Props) {
  const { t } = useI18n();
  const labels = useMemo(() => codeLabels(codes ?? []), [codes]);
  const chosen: ChosenCode[] = choice.codeIds.filter((id) => labels.has(id)).map((codeId) => ({ codeId, withChildren: choice.withChildren, side: 'a' }));
  const toggle = (id: number) => {
    const codeIds = choice.codeIds.includes(id) ? choice.codeIds.filter((c) => c !== id) : [...choice.codeIds, id].slice(0, MAX_ANALYSIS_CODES);
    onChange({ ...choice, codeIds });
  };
  return (
    <div className="crosstab-codes">
      <label className="crosstab-codes__children">
        <input type="checkbox" checked={choice.withChildren} onChange={(event) => onChange({ ...choice, withChildren: event.target.checked })} />
        <span>{t('crosstab.withChildren')}</span>
      </label>
      <CodePicker
        codes={codes}
        labels={labels}
        chosen={chosen}
        onToggle={(code) => toggle(code.id)}
        onWithChildren={(_codeId, withChildren) => onChange({ ...choice, withChildren })}
      />
    </div>
  );
}
