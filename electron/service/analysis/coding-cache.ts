import type { ExtractFilters } from '../../../shared/domain/extract';
import { allCodings, codingsVersion, trackCodingChanges } from '../../db/repositories/analysis';
import type { Db } from '../../db/open';

/** What analyses read of a coding. */
export interface AnalysedCoding {
  id: number;
  documentId: number;
  codeId: number;
  start: number;
  end: number;
}

interface Entry {
  version: number;
  ids: Int32Array;
  documents: Int32Array;
  codes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 0 for none. */
  coders: Int32Array;
  days: string[];
  keyQuotes: Uint8Array;
}

const caches = new WeakMap<Db, Entry>();

/**
 * Every coding of the project, kept between analyses in columns (a matrix, a map or a table
 * redrawn for each filter the facilitator changes reads all of them; from SQLite that is most of
 * the cost). Checked against the connection's count of coding writes on every use.
 */
function entryOf(db: Db): Entry {
  trackCodingChanges(db);
  const version = codingsVersion(db);
  const known = caches.get(db);
  if (known?.version === version) return known;
  const rows = allCodings(db);
  const n = rows.length;
  const entry: Entry = {
    version,
    ids: new Int32Array(n),
    documents: new Int32Array(n),
    codes: new Int32Array(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    coders: new Int32Array(n),
    days: new Array<string>(n),
    keyQuotes: new Uint8Array(n),
  };
  rows.forEach(([id, documentId, codeId, start, end, coderId, day, keyQuote], i) => {
    entry.ids[i] = id;
    entry.documents[i] = documentId;
    entry.codes[i] = codeId;
    entry.starts[i] = start;
    entry.ends[i] = end;
    entry.coders[i] = coderId ?? 0;
    entry.days[i] = day;
    entry.keyQuotes[i] = keyQuote;
  });
  caches.set(db, entry);
  return entry;
}

/**
 * The codings of these codes under the filters that concern a coding itself (documents, coders,
 * days coded, key quotations): the same selection as repositories/extracts.ts codingsOfCodes.
 */
export function analysedCodings(db: Db, codeIds: ReadonlySet<number>, filters: ExtractFilters, documentIds: readonly number[] | null): AnalysedCoding[] {
  const entry = entryOf(db);
  const documents = documentIds ? new Set(documentIds) : null;
  const coders = filters.coderIds?.length ? new Set(filters.coderIds) : null;
  const { codedFrom, codedTo, keyQuotesOnly } = filters;
  const out: AnalysedCoding[] = [];
  for (let i = 0; i < entry.ids.length; i++) {
    if (!codeIds.has(entry.codes[i]!)) continue;
    if (documents && !documents.has(entry.documents[i]!)) continue;
    if (coders && !coders.has(entry.coders[i]!)) continue;
    if (codedFrom && entry.days[i]! < codedFrom) continue;
    if (codedTo && entry.days[i]! > codedTo) continue;
    if (keyQuotesOnly && entry.keyQuotes[i] !== 1) continue;
    out.push({ id: entry.ids[i]!, documentId: entry.documents[i]!, codeId: entry.codes[i]!, start: entry.starts[i]!, end: entry.ends[i]! });
  }
  return out;
}
