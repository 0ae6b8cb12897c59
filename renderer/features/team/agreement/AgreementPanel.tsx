import { useMemo, useRef, useState } from 'react';
import type { CodeChoice } from '../../../../shared/domain/analysis';
import type { AgreementLevel, UncodedChoice } from '../../../../shared/domain/agreement';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';
import { useAsync } from '../../../app/useAsync';
import { Tabs } from '../../../ui/Tabs';
import { CodeChoicePane } from '../../analysis/crosstab/CodeChoicePane';
import { codeLabels } from '../../extracts/query';
import { useLiveKey } from '../../extracts/useLiveKey';
import type { WorkspaceViewProps } from '../../project/workspaceView';
import { AgreementExplanation } from './AgreementExplanation';
import { AgreementResults } from './AgreementResults';
import { AgreementSettings } from './AgreementSettings';

type PaneTab = 'settings' | 'codes';

/**
 * « Accord inter-codeurs »: choose coders, documents, codes, the unit and whether uncoded text
 * counts; percent agreement, Cohen's κ and Krippendorff's α per code, overall and per document,
 * with the counts behind them and what they mean.
 */
export function AgreementPanel({ dataKey, codes, documents }: WorkspaceViewProps) {
  const { t } = useI18n();
  const api = useApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const liveKey = useLiveKey(rootRef, dataKey);
  const [paneTab, setPaneTab] = useState<PaneTab>('settings');
  const [chosenCoders, setChosenCoders] = useState<number[] | null>(null);
  const [chosenDocuments, setChosenDocuments] = useState<number[] | null>(null);
  const [choice, setChoice] = useState<CodeChoice>({ codeIds: [], withChildren: false });
  const [level, setLevel] = useState<AgreementLevel>('character');
  const [uncoded, setUncoded] = useState<UncodedChoice>('include');
  const labels = useMemo(() => codeLabels(codes ?? []), [codes]);

  const coders = useAsync(liveKey, () => api.agreement.coders({}));
  const active = coders.data ?? [];
  const coderIds = (chosenCoders ?? active.map((c) => c.id)).filter((id) => active.some((c) => c.id === id));
  const codeIds = choice.codeIds.filter((id) => labels.has(id));
  const documentIds = chosenDocuments?.filter((id) => documents?.some((d) => d.id === id));
  const request = { coderIds, ...(documentIds ? { documentIds } : {}), ...(codeIds.length > 0 ? { codeIds } : {}), withChildren: choice.withChildren, level, uncoded };
  const requestKey = liveKey !== null && coderIds.length >= 2 ? `${liveKey}|${JSON.stringify(request)}` : null;
  const result = useAsync(requestKey, () => api.agreement.compute(request));
  const shown = requestKey === null ? undefined : result.data;

  const notEnoughCoders = coders.data !== undefined && active.length < 2;

  return (
    <div ref={rootRef} className="agreement" data-testid="agreement-view">
      {notEnoughCoders ? (
        <div className="agreement__empty" role="status">
          <h2>{t('agreement.empty.title')}</h2>
          <p>{t(active.length === 1 ? 'agreement.empty.one' : 'agreement.empty.none', { name: active[0]?.name ?? '' })}</p>
          <p>{t('agreement.empty.how')}</p>
        </div>
      ) : (
        <>
          <aside className="agreement__pane" aria-label={t('agreement.pane')}>
            <Tabs<PaneTab>
              label={t('agreement.pane.tabs')}
              selected={paneTab}
              onSelect={setPaneTab}
              tabs={[
                { id: 'settings', label: t('agreement.pane.settings') },
                { id: 'codes', label: t('agreement.pane.codes'), badge: codeIds.length || undefined },
              ]}
              panels={{
                settings: (
                  <div className="agreement__pane-scroll">
                    <AgreementSettings
                      coders={active}
                      coderIds={coderIds}
                      onCoders={setChosenCoders}
                      level={level}
                      onLevel={setLevel}
                      uncoded={uncoded}
                      onUncoded={setUncoded}
                      documents={documents ?? []}
                      documentIds={documentIds ?? shown?.documents.map((d) => d.documentId) ?? []}
                      automatic={documentIds === undefined}
                      onDocuments={setChosenDocuments}
                    />
                  </div>
                ),
                codes: (
                  <div className="agreement__codes">
                    <p className="agreement__codes-note">{t(codeIds.length === 0 ? 'agreement.codes.all' : 'agreement.codes.some')}</p>
                    <CodeChoicePane codes={codes} choice={{ ...choice, codeIds }} onChange={setChoice} />
                  </div>
                ),
              }}
            />
          </aside>
          <div className="agreement__main">
            <div className="agreement__layout">
              <div className="agreement__results">
              {coderIds.length < 2 ? (
                <p className="empty-note" role="status">
                  {t('agreement.chooseTwo')}
                </p>
              ) : (
                <AgreementResults result={shown} loading={result.loading} coders={active} labels={labels} />
              )}
              </div>
              <AgreementExplanation level={level} uncoded={uncoded} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
