import { useState } from 'react';
import { translateCount, useI18n } from '../../app/I18n';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';
import { FileButton } from '../../ui/FileButton';
import { readAsBase64, tableAccept } from '../import/files';

/** « Importer un codebook… »: a CSV or Excel codebook merged into this one by name path, without duplicates. */
export function CodebookImportButton() {
  const { t } = useI18n();
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);

  async function importCodebook(file: File) {
    setBusy(true);
    try {
      const result = await api.codebook.importTable({ fileName: file.name, data: await readAsBase64(file) });
      toasts.showText((lang) =>
        [
          translateCount(lang, result.created, 'codebook.imported.created', 'codebook.imported.created.one'),
          translateCount(lang, result.existing, 'codebook.imported.existing', 'codebook.imported.existing.one'),
        ].join(' · '),
      );
    } catch (error) {
      toasts.showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <FileButton accept={tableAccept} icon="upload" size="sm" variant="ghost" disabled={busy} onFiles={([file]) => file && void importCodebook(file)}>
      {t('codebook.import')}
    </FileButton>
  );
}
