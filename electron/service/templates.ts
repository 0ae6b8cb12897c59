import { demoAttributes, demoCases, demoDocuments, demoMemo } from '../../shared/demo/corpus';
import type { ProjectTemplate } from '../../shared/domain/project';
import { stessCodebook } from '../../shared/templates/stess';
import { ensureAttribute, insertCase, linkCaseToDocument, setAttributeValue } from '../db/repositories/cases';
import { insertCodeSeeds, listCodes } from '../db/repositories/codebook';
import { insertCoding } from '../db/repositories/codings';
import { insertDocument } from '../db/repositories/documents';
import { insertMemo } from '../db/repositories/memos';
import type { Db } from '../db/open';

/** Fills a new project from its template. Runs inside the creating transaction. */
export function applyTemplate(db: Db, template: ProjectTemplate, coderId: number, now: string): void {
  if (template === 'vide') return;
  insertCodeSeeds(db, stessCodebook, now);
  if (template === 'demonstration') addDemoCorpus(db, coderId, now);
}

function addDemoCorpus(db: Db, coderId: number, now: string): void {
  const codeIds = new Map(listCodes(db).map((c) => [c.path, c.id]));
  const attributeIds = new Map(demoAttributes.map((a) => [a.name as string, ensureAttribute(db, a.name, a.type)]));
  const caseIds = new Map<string, number>();
  for (const demoCase of demoCases) {
    const caseId = insertCase(db, demoCase.name, demoCase.description);
    caseIds.set(demoCase.name, caseId);
    for (const [name, value] of Object.entries(demoCase.attributes)) {
      setAttributeValue(db, caseId, attributeIds.get(name)!, value);
    }
  }
  for (const doc of demoDocuments) {
    const built = doc.build();
    const documentId = insertDocument(
      db,
      { name: doc.name, kind: doc.kind, text: built.text, sourceName: doc.sourceName, units: built.units, metadata: { demonstration: true } },
      now,
    );
    linkCaseToDocument(db, caseIds.get(doc.caseName)!, documentId);
    for (const coding of doc.codings) {
      const start = built.text.indexOf(coding.quote.normalize('NFC'));
      const codeId = codeIds.get(coding.code);
      if (start < 0 || codeId === undefined) throw new Error(`Demo coding not found: ${coding.code} « ${coding.quote} »`);
      insertCoding(db, { documentId, codeId, start, end: start + coding.quote.length, coderId }, now);
    }
  }
  insertMemo(db, { kind: 'project', title: demoMemo.title, body: demoMemo.body, coderId }, now);
}
