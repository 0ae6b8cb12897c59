import { useRef, useState } from 'react';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { Tabs } from '../../../ui/Tabs';
import { FilterPanel } from '../../extracts/FilterPanel';
import { activeFilterCount } from '../../extracts/filters';
import { useLiveKey } from '../../extracts/useLiveKey';
import { SavedQueryFilters } from '../SavedQueryFilters';
import type { AnalysisViewProps } from '../view';
import { MatrixCalculation } from './MatrixCalculation';
import { MatrixCodeChoice } from './MatrixCodeChoice';

type SettingsTab = 'codes' | 'calculation' | 'filters';

/** The matrix's settings column: its codes, how they meet and what is measured, and the extract browser's filters. */
export function MatrixSettings({ spec, codes, dataKey, onSpecChange }: Pick<AnalysisViewProps<'matrix'>, 'spec' | 'codes' | 'dataKey' | 'onSpecChange'>) {
  const { t } = useI18n();
  const api = useApi();
  const rootRef = useRef<HTMLElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const facets = useAsync(liveKey, () => api.extracts.facets({}));
  const [tab, setTab] = useState<SettingsTab>('codes');
  return (
    <aside ref={rootRef} className="matrix-view__settings" aria-label={t('matrix.settings')}>
      <Tabs<SettingsTab>
        label={t('matrix.settings')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'codes', label: t('matrix.tab.codes'), badge: spec.codes.codeIds.length || undefined },
          { id: 'calculation', label: t('matrix.tab.calculation') },
          { id: 'filters', label: t('matrix.tab.filters'), badge: activeFilterCount(spec.filters) || undefined },
        ]}
        panels={{
          codes: <MatrixCodeChoice codes={codes} choice={spec.codes} onChange={(choice) => onSpecChange({ ...spec, codes: choice })} />,
          calculation: <MatrixCalculation spec={spec} onSpecChange={onSpecChange} />,
          filters: (
            <FilterPanel
              facets={facets.data}
              filters={spec.filters}
              onChange={(filters) => onSpecChange({ ...spec, filters })}
              header={<SavedQueryFilters dataKey={liveKey} onApply={(filters) => onSpecChange({ ...spec, filters })} />}
            />
          ),
        }}
      />
    </aside>
  );
}
