import type { ProjectInfo } from '../../../shared/domain/project';
import { useI18n } from '../../app/I18n';
import { Icon } from '../../ui/Icon';
import { SpeakersSection } from './SpeakersSection';

const templateNames = {
  stess: 'details.template.stess',
  vide: 'details.template.vide',
  demonstration: 'details.template.demonstration',
} as const;

/** What a researcher (or the person who backs up the lab's files) needs to know about the file. */
export function DetailsPanel({ project, dataKey, onEditSpeakers }: { project: ProjectInfo; dataKey: string; onEditSpeakers: () => void }) {
  const { t, formatDateTime } = useI18n();
  type Row = [label: string, value: string, kind?: 'path' | 'ok'];
  const rows: Row[] = [
    [t('details.file'), project.path, 'path'],
    [t('details.created'), formatDateTime(project.createdAt)],
    [t('details.template'), project.template ? t(templateNames[project.template]) : '—'],
    [t('details.schema'), String(project.schemaVersion)],
    [t('details.integrity'), t('details.integrityOk'), 'ok'],
    [t('details.size'), t('details.sizeValue', { size: Math.max(1, Math.round(project.fileSize / 1024)) })],
    [t('details.coder'), project.coder.name],
    [t('details.backupFolder'), project.backupFolder, 'path'],
  ];
  return (
    <div className="panel-scroll">
      <h2 className="panel-heading">{t('details.project')}</h2>
      <dl className="details">
        {rows.map(([label, value, kind]) => (
          <div key={label} className="details__row">
            <dt>{label}</dt>
            <dd className={kind ? `details__${kind}` : undefined}>
              {kind === 'ok' ? <Icon name="check" size={14} /> : null}
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <SpeakersSection dataKey={dataKey} onEdit={onEditSpeakers} />
    </div>
  );
}
