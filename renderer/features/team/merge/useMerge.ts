import { useCallback, useRef, useState } from 'react';
import type { MergeCodeDecision, MergeDecisions, MergeRenameDecision, MergeReport } from '../../../../shared/domain/merge';
import { useApi } from '../../../app/Services';
import { readAsBase64 } from '../../import/files';

/** Where the « Fusionner un projet » tab is: no file yet, reading it, its preview, merged, or a French error. */
export type MergeState =
  | { phase: 'empty' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'preview'; fileName: string; report: MergeReport; updating: boolean }
  | { phase: 'merging'; fileName: string; report: MergeReport }
  | { phase: 'merged'; fileName: string; report: MergeReport }
  | { phase: 'failed'; fileName: string; error: unknown };

const noDecisions: MergeDecisions = { codeDecisions: [], renames: [] };

/**
 * The other researcher's file, read once, its preview (again after each review decision: the
 * counts follow the choices), and the merge itself.
 */
export function useMerge() {
  const api = useApi();
  const [state, setState] = useState<MergeState>({ phase: 'empty' });
  const [decisions, setDecisions] = useState<MergeDecisions>(noDecisions);
  const upload = useRef<{ fileName: string; data: string } | null>(null);
  const sequence = useRef(0);

  const preview = useCallback(
    async (next: MergeDecisions, fileName: string) => {
      const file = upload.current;
      if (!file) return;
      const turn = ++sequence.current;
      try {
        const report = await api.merge.preview({ ...file, ...next });
        if (turn === sequence.current) setState({ phase: 'preview', fileName, report, updating: false });
      } catch (error) {
        if (turn === sequence.current) setState({ phase: 'failed', fileName, error });
      }
    },
    [api],
  );

  const choose = useCallback(
    async (file: File) => {
      setState({ phase: 'reading', fileName: file.name });
      setDecisions(noDecisions);
      try {
        upload.current = { fileName: file.name, data: await readAsBase64(file) };
      } catch (error) {
        setState({ phase: 'failed', fileName: file.name, error });
        return;
      }
      await preview(noDecisions, file.name);
    },
    [preview],
  );

  const decide = useCallback(
    (change: { code?: MergeCodeDecision; rename?: MergeRenameDecision }) => {
      if (state.phase !== 'preview') return;
      const next: MergeDecisions = {
        codeDecisions: change.code ? [...decisions.codeDecisions.filter((d) => d.theirPath !== change.code!.theirPath), change.code] : decisions.codeDecisions,
        renames: change.rename ? [...decisions.renames.filter((r) => r.guid !== change.rename!.guid), change.rename] : decisions.renames,
      };
      setDecisions(next);
      // A mapping waits for its target code before the counts are asked again.
      if (change.code?.action === 'map' && change.code.targetCodeId === undefined) return;
      setState({ ...state, updating: true });
      void preview(next, state.fileName);
    },
    [decisions, preview, state],
  );

  const merge = useCallback(async (): Promise<MergeReport | null> => {
    const file = upload.current;
    if (!file || state.phase !== 'preview') return null;
    setState({ phase: 'merging', fileName: state.fileName, report: state.report });
    try {
      const report = await api.merge.apply({ ...file, ...decisions });
      setState({ phase: 'merged', fileName: state.fileName, report });
      return report;
    } catch (error) {
      setState({ phase: 'failed', fileName: state.fileName, error });
      return null;
    }
  }, [api, decisions, state]);

  const reset = useCallback(() => {
    upload.current = null;
    sequence.current++;
    setDecisions(noDecisions);
    setState({ phase: 'empty' });
  }, []);

  return { state, decisions, choose, decide, merge, reset };
}
