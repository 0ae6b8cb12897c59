import { fra } from 'stopword';

/**
 * Words often written with a capital in French field material that name no one: months, days,
 * titles and forms of address, institutions and public services, the programme's own vocabulary,
 * interjections that open a turn. With the French stop words of the `stopword` package, a
 * capitalised word among them is never proposed as a name.
 */
const CAPITALISED = [
  // Months and days.
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'noël', 'pâques', 'toussaint',
  // Titles and forms of address.
  'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames', 'm', 'mme', 'mmes', 'mlle', 'mr', 'dr', 'docteur', 'docteure',
  'maître', 'me', 'professeur', 'professeure', 'pr', 'président', 'présidente', 'directeur', 'directrice', 'madame la', 'sœur', 'père',
  // Institutions and public services.
  'état', 'république', 'gouvernement', 'ministère', 'ministre', 'préfecture', 'préfet', 'mairie', 'maire', 'conseil', 'département',
  'région', 'commune', 'caf', 'cpam', 'pôle', 'emploi', 'france', 'travail', 'sécurité', 'sociale', 'assurance', 'maladie', 'urssaf',
  'ccas', 'mission', 'locale', 'missions', 'locales', 'éducation', 'nationale', 'justice', 'tribunal', 'police', 'gendarmerie',
  'europe', 'européenne', 'union', 'association', 'fondation', 'fédération', 'ess', 'internet', 'web', 'wifi', 'google', 'facebook',
  'whatsapp', 'instagram', 'messenger', 'youtube', 'word', 'excel', 'pdf', 'android', 'windows', 'apple', 'iphone', 'ameli', 'franceconnect',
  // The protocol's vocabulary, often capitalised in headings and grid labels.
  'entretien', 'enquêteur', 'enquêtrice', 'interviewer', 'animateur', 'animatrice', 'médiateur', 'médiatrice', 'conseiller', 'conseillère',
  'professionnel', 'professionnelle', 'bénéficiaire', 'binôme', 'fiche', 'observation', 'question', 'questions', 'réponse', 'retour', 'zone',
  'branche', 'jour', 'contexte', 'environnement', 'recensement', 'besoins', 'freins', 'savoir-faire', 'note', 'notes', 'thème', 'annexe',
  'personne', 'lieu', 'élément', 'cas', 'q', 'r',
  // Interjections and words that open a turn.
  'bonjour', 'bonsoir', 'merci', 'oui', 'non', 'ok', 'alors', 'bon', 'bref', 'enfin', 'voilà', 'euh', 'ah', 'oh', 'bah', 'ben', 'hein',
  'mais', 'donc', 'puis', 'ensuite', 'après', 'avant', 'aussi', 'quand', 'comment', 'pourquoi', 'combien', 'est-ce', 'parce',
];

let words: Set<string> | null = null;

/** Lower-cased stop words and capitalised common words: never a name on their own. */
export function commonCapitalisedWords(): ReadonlySet<string> {
  words ??= new Set([...fra, ...CAPITALISED].map((w) => w.toLocaleLowerCase('fr')));
  return words;
}

/**
 * The default places: the largest French cities and the regions. Names that are also common
 * words (Tours, Nice, Orange, Sens…) are left out: matching is case-insensitive, and accepting them
 * would replace the common word too. The researcher adds their own (`pseudonyms:saveSettings`).
 */
export const DEFAULT_PLACES: readonly string[] = [
  'Paris', 'Marseille', 'Lyon', 'Toulouse', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille', 'Rennes', 'Reims',
  'Le Havre', 'Saint-Étienne', 'Toulon', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne', 'Clermont-Ferrand', 'Le Mans',
  'Aix-en-Provence', 'Brest', 'Amiens', 'Limoges', 'Annecy', 'Perpignan', 'Boulogne-Billancourt', 'Metz', 'Besançon', 'Orléans',
  'Rouen', 'Mulhouse', 'Caen', 'Nancy', 'Argenteuil', 'Montreuil', 'Saint-Denis', 'Roubaix', 'Tourcoing', 'Avignon', 'Poitiers',
  'Pau', 'La Rochelle', 'Calais', 'Dunkerque', 'Créteil', 'Vitry-sur-Seine', 'Aubervilliers', 'Colombes', 'Versailles', 'Nanterre',
  'Lorient', 'Quimper', 'Vannes', 'Saint-Nazaire', 'Cherbourg', 'Valence', 'Chambéry', 'Bayonne', 'Ajaccio', 'Bastia',
  'Île-de-France', 'Bretagne', 'Normandie', 'Occitanie', 'Hauts-de-France', 'Grand Est', 'Auvergne-Rhône-Alpes', 'Nouvelle-Aquitaine',
  "Provence-Alpes-Côte d'Azur", 'Bourgogne-Franche-Comté', 'Centre-Val de Loire', 'Pays de la Loire', 'Corse', 'Guadeloupe',
  'Martinique', 'Guyane', 'La Réunion', 'Mayotte',
];
