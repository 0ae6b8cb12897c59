import { useState } from 'react';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';

export interface Speaker {
  name: string;
  turns: number;
  /** In how many documents (project-wide list only). */
  documents?: number;
}

/** Whose turns a document holds (or the whole project, from `structure:values`), with how many turns each. */
export function useSpeakers(documentId: number | null): { speakers: Speaker[] | undefined; reload: () => void } {
  const api = useApi();
  const [round, setRound] = useState(0);
  const { data } = useAsync(`${documentId ?? 'project'}#${round}`, async (): Promise<Speaker[]> => {
    if (documentId === null) {
      const values = await api.structure.values({});
      return values.filter((v) => v.field === 'speaker').map((v) => ({ name: v.value, turns: v.passages, documents: v.documents }));
    }
    const doc = await api.documents.get({ id: documentId });
    const counts = new Map<string, number>();
    for (const unit of doc.units) {
      const name = unit.kind === 'turn' ? (unit.attrs.speaker ?? unit.label) : null;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts].map(([name, turns]) => ({ name, turns }));
  });
  return { speakers: data, reload: () => setRound((r) => r + 1) };
}
