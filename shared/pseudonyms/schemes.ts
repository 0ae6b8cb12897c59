import type { PseudonymKind, PseudonymScheme } from '../domain/pseudonym';

/**
 * How pseudonyms are made up. People follow the researcher's scheme: « Personne A », « Personne B »
 * … « Personne Z », « Personne AA » (letters), the next first name of a list (firstNames), or
 * typed one by one (free: nothing is proposed). Other kinds have their own series whatever the
 * scheme: « Lieu A »…, « courriel-1@exemple.org »…, « 00 00 00 00 01 »…, « [adresse 1] »…, and for a
 * date of birth the phrase with its date masked (« née le [date de naissance 1] »). A pseudonym
 * never equals (case-insensitively) an original or another pseudonym.
 */

/**
 * The default first names: common French first names of several generations, half women's, half
 * men's, alternating, none tied to a well-known person by itself.
 */
export const DEFAULT_FIRST_NAMES: readonly string[] = [
  'Alice', 'Bruno', 'Chloé', 'Damien', 'Élise', 'Fabrice', 'Gaëlle', 'Hugo', 'Inès', 'Julien',
  'Karine', 'Loïc', 'Manon', 'Nicolas', 'Océane', 'Pascal', 'Rose', 'Samuel', 'Sylvie', 'Thomas',
  'Valérie', 'Yann', 'Zoé', 'Antoine', 'Brigitte', 'Cédric', 'Delphine', 'Éric', 'Florence', 'Gilles',
  'Hélène', 'Ismaël', 'Jeanne', 'Karim', 'Laure', 'Mathieu', 'Nadia', 'Olivier', 'Pauline', 'Rémi',
  'Sandrine', 'Théo', 'Vanessa', 'William', 'Yasmine', 'Adrien', 'Bérénice', 'Clément', 'Dounia', 'Étienne',
];

/** A, B … Z, AA, AB … (bijective base 26). */
export function letterLabel(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    n -= 1;
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

const BIRTH_DATE_MASK = 'date de naissance';

/** The keys pseudonyms are compared by: trimmed, spaces collapsed, lower case. */
export function pseudonymKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fr');
}

/** The date inside a date-of-birth phrase (« née le 12/03/1985 » → « 12/03/1985 »). */
const DATE_PART = /\d{1,2}(?:er)?[\s/.-]+(?:\d{1,2}|\p{L}+)[\s/.-]+\d{2,4}|\d{4}/u;

export interface SchemeSettings {
  scheme: PseudonymScheme;
  firstNames: readonly string[];
}

/**
 * Makes up new pseudonyms for one kind after another, never one already `taken` (originals and
 * pseudonyms of the table, lower-cased with pseudonymKey). Each call takes the next free one.
 */
export class PseudonymMaker {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(
    private readonly settings: SchemeSettings,
    taken: Iterable<string>,
  ) {
    this.taken = new Set([...taken].map(pseudonymKey));
  }

  /** Marks a text as used (an original or a pseudonym given by the researcher). */
  take(text: string): void {
    this.taken.add(pseudonymKey(text));
  }

  private series(name: string, make: (index: number) => string): string {
    for (let index = this.next.get(name) ?? 0; ; index += 1) {
      const candidate = make(index);
      if (!this.taken.has(pseudonymKey(candidate))) {
        this.next.set(name, index + 1);
        this.taken.add(pseudonymKey(candidate));
        return candidate;
      }
    }
  }

  /** The next pseudonym for an original of this kind, or null under the free scheme (people only). */
  make(kind: PseudonymKind, original: string): string | null {
    switch (kind) {
      case 'person':
        if (this.settings.scheme === 'free') return null;
        if (this.settings.scheme === 'firstNames') {
          const names = this.settings.firstNames.length > 0 ? this.settings.firstNames : DEFAULT_FIRST_NAMES;
          const index = this.next.get('firstNames') ?? 0;
          for (let i = index; i < names.length; i += 1) {
            if (!this.taken.has(pseudonymKey(names[i]!))) {
              this.next.set('firstNames', i + 1);
              this.taken.add(pseudonymKey(names[i]!));
              return names[i]!;
            }
          }
          this.next.set('firstNames', names.length);
        }
        return this.series('person', (i) => `Personne ${letterLabel(i)}`);
      case 'place':
        return this.series('place', (i) => `Lieu ${letterLabel(i)}`);
      case 'email':
        return this.series('email', (i) => `courriel-${i + 1}@exemple.org`);
      case 'phone':
        return this.series('phone', (i) => `00 00 00 ${String(Math.floor((i + 1) / 100) % 100).padStart(2, '0')} ${String((i + 1) % 100).padStart(2, '0')}`);
      case 'address':
        return this.series('address', (i) => `[adresse ${i + 1}]`);
      case 'birthdate': {
        const date = DATE_PART.exec(original);
        return this.series('birthdate', (i) =>
          date ? `${original.slice(0, date.index)}[${BIRTH_DATE_MASK} ${i + 1}]${original.slice(date.index + date[0].length)}` : `[${BIRTH_DATE_MASK} ${i + 1}]`,
        );
      }
      default:
        return this.series('other', (i) => `Élément ${letterLabel(i)}`);
    }
  }
}
