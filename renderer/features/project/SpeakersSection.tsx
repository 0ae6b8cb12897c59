import { useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useAsync } from '../../app/useAsync';
import { Button } from '../../ui/Button';

const SHOWN = 8;

/** The project's speakers (from the transcripts' turns), and the way to correct them. */
export function SpeakersSection({ dataKey, onEdit }: { dataKey: string; onEdit: () => void }) {
  const { t, tc } = useI18n();
  const api = useApi();
  const { data } = useAsync(`${dataKey}/speakers`, () => api.structure.values({}));
  const speakers = (data ?? []).filter((v) => v.field === 'speaker').sort((a, b) => b.passages - a.passages);
  if (speakers.length === 0) return null;
  return (
    <section className="details-section" aria-labelledby="details-speakers">
      <h2 id="details-speakers" className="panel-heading">
        {t('speakers.title')}
      </h2>
      <ul className="speaker-summary">
        {speakers.slice(0, SHOWN).map((speaker) => (
          <li key={speaker.value} className="speaker-summary__row">
            <span className="speaker-summary__name">{speaker.value}</span>
            <span className="speaker-summary__count">
              {tc(speaker.passages, 'import.structure.turns', 'import.structure.turns.one')}
              {' · '}
              {tc(speaker.documents, 'speakers.documents', 'speakers.documents.one')}
            </span>
          </li>
        ))}
      </ul>
      <Button size="sm" icon="edit" onClick={onEdit}>
        {t('speakers.editProject')}
      </Button>
    </section>
  );
}
