import { useEffect, useState } from 'react';
import { useI18n } from '../../../app/I18n';
import { useApi } from '../../../app/Services';

/**
 * Whether the merge just made has been undone since (Ctrl+Z, the history): read from the history
 * each time the project changes, so the tab does not go on saying « Fusion faite ».
 */
export function useMergeUndone(fileName: string | null, dataKey: string): boolean {
  const api = useApi();
  const { t } = useI18n();
  const [undone, setUndone] = useState<{ label: string; undone: boolean } | null>(null);
  const label = fileName === null ? null : t('history.merge', { file: fileName });
  useEffect(() => {
    if (label === null) return;
    let live = true;
    void api.history
      .list({})
      .then((history) => live && setUndone({ label, undone: history.entries.find((entry) => entry.label === label)?.undone ?? false }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, label, dataKey]);
  return label !== null && undone?.label === label && undone.undone;
}
