/** Merging another researcher's work (issue 8). */
export const frMerge = {
  'history.merge': 'Fusion du projet « {file} »',

  'cli.merge.usage': 'Utilisation : balise merge PROJET AUTRE.balise|AUTRE.qdpx [--preview] [--json]',
  'cli.merge.title': 'Fusion de « {file} » : faite (Ctrl+Z dans Balise l’annule)',
  'cli.merge.previewTitle': 'Aperçu de la fusion de « {file} » : rien n’est écrit',
  'cli.merge.documents': 'Documents — reconnus par empreinte : {byHash} ; reconnus par nom : {byName} ; nouveaux : {new}',
  'cli.merge.codes': 'Codes — identiques : {matched} ; renommés : {renamed} ; seulement chez l’autre : {onlyTheirs} (créés : {created}) ; seulement chez moi : {onlyMine}',
  'cli.merge.codings': 'Codages — nouveaux : {new} ; déjà présents : {alreadyHere} ; impossibles à placer : {unplaceable} ; ignorés : {skipped}',
  'cli.merge.memos': 'Mémos et commentaires — nouveaux : {new} ; déjà présents : {alreadyHere} ; laissés (leur codage ou leur code n’est pas repris) : {skipped}',
  'cli.merge.coders': 'Codeurs — nouveaux : {count} ({names})',
  'cli.merge.cases': 'Cas — nouveaux : {new} ; valeurs reprises : {values} ; valeurs en conflit (les miennes gardées) : {conflicts} ; liens : {links}',
  'cli.merge.defaults': 'Sans revue : les codes seulement chez l’autre sont créés, mes noms sont gardés pour les codes renommés.',
  'cli.merge.textDiffers': '! « {theirName} » : texte différent de « {myName} » ; codages reportés sur mon texte : {codings}, dont impossibles à placer : {unplaceable}',
  'cli.merge.renamed': '↻ code renommé : « {mine} » (gardé) chez moi, « {theirs} » chez l’autre',
  'cli.merge.onlyTheirs': '+ code seulement chez l’autre : « {path} » (codages : {codings})',
  'cli.merge.conflict': '≠ {caseName}, {attribute} : « {mine} » gardé, « {theirs} » chez l’autre',
} as const;
