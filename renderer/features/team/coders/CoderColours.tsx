import { createContext, useContext } from 'react';
import type { Code } from '../../../../shared/domain/codebook';
import type { DocumentCoding } from '../../../../shared/domain/document';
import type { Coder } from '../../../../shared/domain/project';
import { useT } from '../../../app/I18n';
import { useCodingFilters } from '../../coding/CodingFilters';

/** The project's coders by id, for stripes coloured by coder. */
export const CoderColours = createContext<ReadonlyMap<number, Coder>>(new Map());

const UNKNOWN_CODER = '#8a949e';

/**
 * A stripe's colour and name: its code's (the default), or its coder's when the coding view's
 * « Couleur des bandes » says « par codeur » (an unsigned coding is grey).
 */
export function useStripeLook(): (coding: DocumentCoding, code: Code) => { color: string; title: string; label: string } {
  const t = useT();
  const { stripes } = useCodingFilters();
  const coders = useContext(CoderColours);
  return (coding, code) => {
    if (stripes === 'code') return { color: code.color, title: code.path, label: t('coding.stripe', { code: code.path }) };
    const coder = coding.coderId === null ? undefined : coders.get(coding.coderId);
    const label = t('coders.stripe', { code: code.path, coder: coder?.name ?? t('coders.unknown') });
    return { color: coder?.color ?? UNKNOWN_CODER, title: label, label };
  };
}
