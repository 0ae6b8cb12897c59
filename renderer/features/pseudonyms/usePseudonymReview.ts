import { useMemo, useState } from 'react';
import type { PseudonymCandidate } from '../../../shared/domain/pseudonym';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { decisionCounts, filterCandidates, noReviewFilters, withDecisions, type PendingDecision, type ReviewFilters } from './review';

/**
 * What the review screen shows, loaded again when the project changes (a decision, an undo, new
 * documents): the candidates, the settings, the preview. A decision just sent is shown at once,
 * until the reload that follows it lands. « Relancer la détection » (and a saved list or scheme)
 * asks for all three again.
 */
export function usePseudonymReview(dataKey: string) {
  const api = useApi();
  const [detection, setDetection] = useState(0);
  // Saving the scheme or a list changes no text: the detection's key makes everything load again.
  const key = `${dataKey}#${detection}`;
  const candidates = useAsync(key, () => api.pseudonyms.candidates({}));
  const settings = useAsync(key, () => api.pseudonyms.settings({}));
  const preview = useAsync(key, () => api.pseudonyms.preview({}));
  const [filters, setFilters] = useState<ReviewFilters>(noReviewFilters);
  const [decided, setDecided] = useState<{ base: PseudonymCandidate[] | undefined; map: Map<string, PendingDecision> }>({ base: undefined, map: new Map() });

  const all = useMemo(() => {
    const loaded = candidates.data ?? [];
    return decided.base === candidates.data ? withDecisions(loaded, decided.map) : loaded;
  }, [candidates.data, decided]);
  const rows = useMemo(() => filterCandidates(all, filters), [all, filters]);
  const counts = useMemo(() => decisionCounts(all), [all]);

  /** Shows a decision until the reload that follows the action brings it. */
  const remember = (original: string, change: PendingDecision | null) =>
    setDecided((previous) => {
      const map = new Map(previous.base === candidates.data ? previous.map : []);
      if (change) map.set(original, change);
      else map.delete(original);
      return { base: candidates.data, map };
    });

  return {
    loaded: candidates.data !== undefined,
    /** The detection failed before anything was shown (the error is in a toast). */
    failed: candidates.failed && candidates.data === undefined,
    detecting: candidates.loading,
    all,
    rows,
    counts,
    filters,
    setFilters,
    settings: settings.data,
    preview: preview.data,
    previewLoading: preview.loading,
    remember,
    redetect: () => setDetection((n) => n + 1),
  };
}

export type PseudonymReview = ReturnType<typeof usePseudonymReview>;
