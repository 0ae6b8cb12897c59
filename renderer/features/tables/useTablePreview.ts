import { useEffect, useState } from 'react';
import type { TablePreview } from '../../../shared/domain/table-import';
import { ApiError } from '../../../shared/errors';
import type { Language } from '../../../shared/i18n';
import { useApi } from '../../app/Services';
import { errorText } from '../../app/Toasts';
import { isTooLarge, readAsBase64, tooLargeOutcome } from '../import/files';

export type TablePreviewState =
  | { status: 'loading' }
  | { status: 'ready'; data: string; preview: TablePreview }
  | { status: 'failed'; message: (lang: Language) => string };

/** Reads a table file once, then asks the service what it sees in it (again when the sheet changes). */
export function useTablePreview(file: File, sheet: string | undefined): TablePreviewState {
  const api = useApi();
  const [data, setData] = useState<string | null>(null);
  const [state, setState] = useState<TablePreviewState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const read = isTooLarge(file) ? Promise.reject(new ApiError(tooLargeOutcome(file.name).error!)) : readAsBase64(file);
    read.then(
      (base64) => live && setData(base64),
      (error: unknown) => live && setState({ status: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [file]);

  useEffect(() => {
    if (data === null) return;
    let live = true;
    api.tables.preview({ fileName: file.name, data, sheet }).then(
      (preview) => live && setState({ status: 'ready', data, preview }),
      (error: unknown) => live && setState({ status: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, data, file.name, sheet]);

  return state;
}
