import { useEffect, useState } from 'react';
import type { AutocodeResult, StructureSelector } from '../../../shared/domain/structure';
import { useApi } from '../../app/Services';
import { useToasts } from '../../app/Toasts';

/** How many passages the rule matches and how many it would code, asked again when the choice changes. */
export function useAutocodePreview(codeId: number | null, selector: StructureSelector | null): AutocodeResult | null {
  const api = useApi();
  const toasts = useToasts();
  const [result, setResult] = useState<{ key: string; value: AutocodeResult } | null>(null);
  const key = codeId !== null && selector ? JSON.stringify([codeId, selector]) : null;

  useEffect(() => {
    if (key === null || codeId === null || !selector) return;
    let live = true;
    api.structure.autocode({ codeId, selector, preview: true }).then(
      (value) => live && setResult({ key, value }),
      (error: unknown) => live && toasts.showError(error),
    );
    return () => {
      live = false;
    };
    // The key stands for codeId and selector.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, toasts]);

  return result && result.key === key ? result.value : null;
}
