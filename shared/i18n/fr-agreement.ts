/** Inter-coder agreement (issue 8). */
export const frAgreement = {
  'agreement.cli.usage':
    'Utilisation : balise agreement FICHIER [--coders NOM,NOM] [--codes CHEMIN…] [--unit character|unit] [--uncoded include|exclude] [--json]\n  accord inter-codeurs par code et global : % d’accord, κ de Cohen (deux codeurs), α de Krippendorff',
  'agreement.cli.badUnit': 'Unité inconnue : « {value} ». Choisissez character (caractères) ou unit (unités de structure : réponses de grille, tours de parole, paragraphes).',
  'agreement.cli.badUncoded': 'Choix inconnu pour --uncoded : « {value} ». Choisissez include (avec le texte non codé) ou exclude (sans le texte non codé).',
  'agreement.cli.unknownCoder': 'Codeur·euse introuvable : « {name} ». Ont codé dans ce projet : {known}.',
  'agreement.cli.twoCoders': 'Il faut au moins deux codeur·euses pour calculer un accord. Ont codé dans ce projet : {known}.',
  'agreement.cli.header': 'Accord entre {coders} sur {documents} document(s), par {unit}, {uncoded}',
  'agreement.cli.unit.character': 'caractère',
  'agreement.cli.unit.unit': 'unité de structure',
  'agreement.cli.uncoded.include': 'avec le texte non codé',
  'agreement.cli.uncoded.exclude': 'sans le texte non codé',
  'agreement.cli.percent': '{value} d’accord',
  'agreement.cli.kappa': 'κ {value}',
  'agreement.cli.alpha': 'α {value}',
  'agreement.cli.overall': 'Ensemble des codes',
} as const;
