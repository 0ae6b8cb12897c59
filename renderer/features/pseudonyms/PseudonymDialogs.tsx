import { useI18n } from '../../app/I18n';
import { AddWordDialog } from './dialogs/AddWordDialog';
import { ApplyDialog } from './dialogs/ApplyDialog';
import { ExportTableDialog } from './dialogs/ExportTableDialog';
import { ListDialog } from './dialogs/ListDialog';
import type { PseudonymCommands } from './usePseudonymCommands';
import type { PseudonymReview } from './usePseudonymReview';

export type PseudonymDialog = 'firstNames' | 'places' | 'add' | 'apply' | 'exportTable';

interface Props {
  dialog: PseudonymDialog | null;
  review: PseudonymReview;
  commands: PseudonymCommands;
  onClose: () => void;
}

/** The dialogs of the review screen: the two lists, a word of one's own, applying, exporting the table. */
export function PseudonymDialogs({ dialog, review, commands, onClose }: Props) {
  const { t } = useI18n();
  const settings = review.settings;
  if (dialog === null) return null;
  if (dialog === 'add') return <AddWordDialog freeScheme={settings?.scheme === 'free'} onAdd={commands.addOwn} onClose={onClose} />;
  if (dialog === 'exportTable') return <ExportTableDialog entries={review.counts.accepted + review.counts.rejected} onExport={commands.exportTable} onClose={onClose} />;
  if (dialog === 'apply') return review.preview ? <ApplyDialog preview={review.preview} onClose={onClose} /> : null;
  if (!settings) return null;
  return dialog === 'firstNames' ? (
    <ListDialog
      title={t('pseudonymsReview.firstNames.title')}
      description={t('pseudonymsReview.firstNames.description')}
      label={t('pseudonymsReview.firstNames.label')}
      items={settings.firstNames}
      max={80}
      onSave={(firstNames) => commands.saveSettings({ firstNames })}
      onClose={onClose}
    />
  ) : (
    <ListDialog
      title={t('pseudonymsReview.places.title')}
      description={t('pseudonymsReview.places.description')}
      label={t('pseudonymsReview.places.label')}
      items={settings.places}
      max={200}
      onSave={(places) => commands.saveSettings({ places })}
      onClose={onClose}
    />
  );
}
