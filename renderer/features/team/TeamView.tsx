import { useState } from 'react';
import { useI18n } from '../../app/I18n';
import { Tabs } from '../../ui/Tabs';
import type { WorkspaceViewProps } from '../project/workspaceView';
import { AgreementPanel } from './agreement/AgreementPanel';
import { DisagreementsPanel } from './disagreements/DisagreementsPanel';
import { MergePanel } from './merge/MergePanel';

type TeamTab = 'agreement' | 'disagreements' | 'merge';

/** « Équipe »: inter-coder agreement, the passages where coders differ, and merging another researcher's project. */
export function TeamView(props: WorkspaceViewProps) {
  const { t } = useI18n();
  const [tab, setTab] = useState<TeamTab>('agreement');
  return (
    <div className="team">
      <Tabs<TeamTab>
        label={t('team.tabs')}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'agreement', label: t('team.tab.agreement') },
          { id: 'disagreements', label: t('team.tab.disagreements') },
          { id: 'merge', label: t('team.tab.merge') },
        ]}
        panels={{
          agreement: <AgreementPanel {...props} />,
          disagreements: <DisagreementsPanel {...props} />,
          merge: <MergePanel {...props} />,
        }}
      />
    </div>
  );
}
