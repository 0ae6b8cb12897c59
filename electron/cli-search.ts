import { translate, type MessageKey, type MessageParams } from '../shared/i18n';
import type { SearchResult } from '../shared/search/types';
import type { Service } from './service';

/** Every result is listed by the command line. */
const CLI_LIMIT = 100_000;

const t = (key: MessageKey, params?: MessageParams): string => translate('fr', key, params);
const count = (n: number, other: MessageKey, one: MessageKey): string => t(n <= 1 ? one : other, { count: n });

function human(query: string, result: SearchResult): string {
  if (result.hits === 0) return t('search.none', { query });
  const lines = [
    t('cli.search.summary', {
      hits: count(result.hits, 'search.hits', 'search.hits.one'),
      documents: count(result.documents, 'search.inDocuments', 'search.inDocuments.one'),
      query,
    }),
  ];
  for (const group of result.groups) {
    lines.push('', `${group.name} (${group.count})`);
    for (const hit of group.hits) {
      const where = hit.where ? `${hit.where} : ` : '';
      lines.push(`  ${hit.start}-${hit.end}  ${where}${hit.cutBefore ? '…' : ''}${hit.before}[${hit.match}]${hit.after}${hit.cutAfter ? '…' : ''}`);
    }
  }
  return lines.join('\n');
}

/**
 * `balise search FICHIER "recherche" [--json]`: the results of a text search (the query language
 * of the Recherche view), in French for a reader, or as JSON: each hit with its document, UTF-16
 * offsets, text and context.
 */
export async function searchCommand(service: Service, query: string, json: boolean): Promise<string> {
  const result = await service.call('search:run', { query, limit: CLI_LIMIT });
  if (!json) return human(query, result);
  return JSON.stringify({
    query,
    hits: result.hits,
    documents: result.documents,
    results: result.groups.flatMap((g) =>
      g.hits.map((h) => ({ document: g.name, documentId: g.documentId, start: h.start, end: h.end, text: h.match, before: h.before, after: h.after, where: h.where })),
    ),
  });
}
