import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DisagreementResolution, SideCoding } from '../../../../shared/domain/disagreement';
import { useAnnounce } from '../../../app/Announcer';
import { useI18n } from '../../../app/I18n';
import { codeLabels } from '../../extracts/query';
import { useLiveKey } from '../../extracts/useLiveKey';
import type { WorkspaceViewProps } from '../../project/workspaceView';
import { CommentDialog } from './CommentDialog';
import { PairChooser } from './PairChooser';
import { PassageActions } from './PassageActions';
import { PassageDetail } from './PassageDetail';
import { PassageList } from './PassageList';
import { choosePair, withSubCodes } from './pairDefaults';
import { useDisagreements, useTeamCoders } from './useDisagreements';

const typing = (target: EventTarget) => target instanceof HTMLSelectElement || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;

/**
 * « Désaccords »: for one document and two coders, the passages where they differ (only one coded,
 * different codes, different boundaries), side by side in each coder's colour, each resolved by
 * keeping one side, keeping both, or discussed in a comment. Every action is undone by Ctrl+Z.
 */
export function DisagreementsPanel({ dataKey, codes, documents }: WorkspaceViewProps) {
  const { t, tc } = useI18n();
  const announce = useAnnounce();
  const listRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // A hidden tab does not reload at every coding made elsewhere; it catches up when shown.
  const liveKey = useLiveKey(rootRef, dataKey);
  const [documentChoice, setDocumentChoice] = useState<number | null>(null);
  const [pairChoice, setPairChoice] = useState<{ documentId: number; a: number; b: number } | null>(null);
  const [selected, setSelected] = useState(0);
  const [codeFilter, setCodeFilter] = useState<number | null>(null);
  const [commenting, setCommenting] = useState<SideCoding | null>(null);

  const documentId = documentChoice ?? documents?.find((d) => d.codingCount > 0)?.id ?? documents?.[0]?.id ?? null;
  const team = useTeamCoders(liveKey, documentId);
  const codeIds = useMemo(() => (codeFilter === null ? undefined : withSubCodes(codeFilter, codes ?? [])), [codeFilter, codes]);
  const pair = useMemo(() => {
    if (documentId === null) return null;
    const chosen = pairChoice?.documentId === documentId ? { documentId, coderA: pairChoice.a, coderB: pairChoice.b } : choosePair(documentId, team.me, team.coders, team.documentCoders);
    return chosen && codeIds ? { ...chosen, codeIds } : chosen;
  }, [documentId, pairChoice, team.me, team.coders, team.documentCoders, codeIds]);
  const state = useDisagreements(liveKey, pair);
  const codeMap = useMemo(() => codeLabels(codes ?? []), [codes]);

  const list = state.list;
  const count = list?.passages.length ?? 0;
  const index = Math.min(selected, Math.max(0, count - 1));
  const passage = list?.passages[index];

  const focusList = () => listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  async function resolve(resolution: DisagreementResolution) {
    if (!passage || !list) return;
    const done = await state.resolve(passage.fingerprint, resolution);
    if (!done) return;
    const name = resolution === 'keepA' ? list.coderA.name : list.coderB.name;
    announce(t(resolution === 'keepBoth' ? 'disagreements.resolved.both' : 'disagreements.resolved.keep', { name }));
    focusList();
  }
  function comment() {
    if (!passage || !list) return;
    const mine = team.me?.id === list.coderB.id ? passage.b : passage.a;
    setCommenting(mine.find((c) => c.differs) ?? passage.a.find((c) => c.differs) ?? passage.b.find((c) => c.differs) ?? null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || commenting || count === 0) return;
    const key = event.key.toLowerCase();
    const moves: Record<string, number> = { arrowdown: 1, j: 1, arrowup: -1, k: -1 };
    if (key in moves) setSelected(Math.min(count - 1, Math.max(0, index + moves[key]!)));
    else if (key === 'home') setSelected(0);
    else if (key === 'end') setSelected(count - 1);
    else if (key === '1') void resolve('keepA');
    else if (key === '2') void resolve('keepB');
    else if (key === '3') void resolve('keepBoth');
    else if (key === 'c') comment();
    else return;
    event.preventDefault();
  }

  const single = team.coders.length === 1;
  return (
    <div ref={rootRef} className="team__panel dis" data-testid="disagreements" onKeyDown={onKeyDown}>
      <PairChooser
        documents={documents ?? []}
        documentId={documentId}
        coders={team.coders}
        documentCoders={team.documentCoders ?? []}
        coderA={pair?.coderA ?? null}
        coderB={pair?.coderB ?? null}
        codes={codeMap}
        codeFilter={codeFilter}
        onCodeFilter={(id) => {
          setCodeFilter(id);
          setSelected(0);
        }}
        onDocument={(id) => {
          setDocumentChoice(id);
          setSelected(0);
        }}
        onCoders={(a, b) => {
          if (documentId !== null) setPairChoice({ documentId, a, b });
          setSelected(0);
        }}
      />
      {single ? (
        <p className="dis-empty">{t('disagreements.single', { name: team.coders[0]?.name ?? '…' })}</p>
      ) : !list ? (
        <p className="dis-empty" role="status">
          {state.loading ? t('disagreements.loading') : null}
        </p>
      ) : (
        <>
          <p className="dis-summary" role="status">
            {count === 0 ? t('disagreements.none') : tc(count, 'disagreements.count', 'disagreements.count.one')}
            {list.reviewed > 0 ? ` · ${tc(list.reviewed, 'disagreements.reviewed', 'disagreements.reviewed.one')}` : ''}
          </p>
          {count === 0 ? (
            <div className="dis-empty dis-empty--none">
              <p className="dis-empty__title">{t('disagreements.none')}</p>
              <p>{t('disagreements.none.hint', { a: list.coderA.name, b: list.coderB.name })}</p>
            </div>
          ) : (
            <div className="dis-main">
              <div className="dis-main__list" ref={listRef}>
                <PassageList list={list} selected={index} onSelect={setSelected} />
              </div>
              {passage ? (
                <div className="dis-main__detail">
                  <PassageDetail list={list} passage={passage} index={index} codes={codeMap}>
                    <PassageActions coderA={list.coderA} coderB={list.coderB} me={team.me} busy={state.busy} onResolve={(r) => void resolve(r)} onComment={comment} />
                  </PassageDetail>
                </div>
              ) : null}
            </div>
          )}
        </>
      )}
      {commenting && list ? (
        <CommentDialog coding={commenting} list={list} passage={passage} codes={codeMap} dataKey={dataKey} onClose={() => setCommenting(null)} />
      ) : null}
    </div>
  );
}
