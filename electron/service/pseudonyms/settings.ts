import { z } from 'zod';
import { pseudonymSchemes, type PseudonymScheme } from '../../../shared/domain/pseudonym';
import { DEFAULT_PLACES } from '../../../shared/pseudonyms/common-words';
import { DEFAULT_FIRST_NAMES } from '../../../shared/pseudonyms/schemes';
import type { Db } from '../../db/open';
import { readPseudonymSettings, writePseudonymSettings } from '../../db/repositories/pseudonyms';

/**
 * The project's pseudonymisation settings, in its `settings` table (not undoable: a preference,
 * like the other settings there): the scheme of new pseudonyms, the first names it draws from (the
 * default list until the researcher edits it), the researcher's own place names to detect.
 */
export interface PseudonymSettings {
  scheme: PseudonymScheme;
  firstNames: string[];
  places: string[];
}

const stored = z
  .object({
    scheme: z.enum(pseudonymSchemes).catch('letters'),
    firstNames: z.array(z.string()).optional().catch(undefined),
    places: z.array(z.string()).catch([]),
  })
  .catch({ scheme: 'letters', firstNames: undefined, places: [] });

export function pseudonymSettings(db: Db): PseudonymSettings {
  const value = stored.parse(readPseudonymSettings(db) ?? {});
  return { scheme: value.scheme, firstNames: value.firstNames && value.firstNames.length > 0 ? value.firstNames : [...DEFAULT_FIRST_NAMES], places: value.places };
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.map((i) => i.normalize('NFC').trim()).filter((i) => i && !seen.has(i.toLocaleLowerCase('fr')) && seen.add(i.toLocaleLowerCase('fr')));
}

/** Saves the settings; lists left out keep their stored value. */
export function savePseudonymSettings(db: Db, input: { scheme: PseudonymScheme; firstNames?: string[]; places?: string[] }): PseudonymSettings {
  const current = pseudonymSettings(db);
  const next = {
    scheme: input.scheme,
    firstNames: input.firstNames ? unique(input.firstNames) : current.firstNames,
    places: input.places ? unique(input.places) : current.places,
  };
  writePseudonymSettings(db, next);
  return pseudonymSettings(db);
}

/** The places detection looks for: the default list and the researcher's. */
export function placesToDetect(settings: PseudonymSettings): string[] {
  return [...DEFAULT_PLACES, ...settings.places];
}
