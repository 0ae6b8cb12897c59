import type { frMerge } from './fr-merge';

/** Merging another researcher's work (issue 8). */
export const enMerge: Record<keyof typeof frMerge, string> = {
  'history.merge': 'Merge of project “{file}”',

  'cli.merge.usage': 'Usage: balise merge PROJECT OTHER.balise|OTHER.qdpx [--preview] [--json]',
  'cli.merge.title': 'Merge of “{file}”: done (Ctrl+Z in Balise undoes it)',
  'cli.merge.previewTitle': 'Preview of merging “{file}”: nothing is written',
  'cli.merge.documents': 'Documents — matched by fingerprint: {byHash}; matched by name: {byName}; new: {new}',
  'cli.merge.codes': 'Codes — identical: {matched}; renamed: {renamed}; only in theirs: {onlyTheirs} (created: {created}); only in mine: {onlyMine}',
  'cli.merge.codings': 'Codings — new: {new}; already here: {alreadyHere}; cannot be placed: {unplaceable}; skipped: {skipped}',
  'cli.merge.memos': 'Memos and comments — new: {new}; already here: {alreadyHere}; left out (their coding or code is not brought): {skipped}',
  'cli.merge.coders': 'Coders — new: {count} ({names})',
  'cli.merge.cases': 'Cases — new: {new}; values taken: {values}; conflicting values (mine kept): {conflicts}; links: {links}',
  'cli.merge.defaults': 'Without a review: codes only in theirs are created, my names are kept on renamed codes.',
  'cli.merge.textDiffers': '! “{theirName}”: text differs from “{myName}”; codings carried onto my text: {codings}, of which cannot be placed: {unplaceable}',
  'cli.merge.renamed': '↻ renamed code: “{mine}” (kept) in mine, “{theirs}” in theirs',
  'cli.merge.onlyTheirs': '+ code only in theirs: “{path}” (codings: {codings})',
  'cli.merge.conflict': '≠ {caseName}, {attribute}: “{mine}” kept, “{theirs}” in theirs',
};
