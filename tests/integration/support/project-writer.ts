/**
 * Child process for the crash and lock tests: opens a project with the real session code, then
 * either holds it (`hold`) or writes in a loop (`write`), one user action per transaction
 * (a document and ten codings), until it is killed.
 *   node --import tsx project-writer.ts <file> <dataDir> hold|write
 */
import { insertCodings } from '../../../electron/db/repositories/codings';
import { insertDocument } from '../../../electron/db/repositories/documents';
import { ProjectSession } from '../../../electron/service/project-session';

const [file, dataDir, mode] = process.argv.slice(2) as [string, string, 'hold' | 'write'];

async function main(): Promise<void> {
  const session = await ProjectSession.open(file, 'Processus enfant', dataDir);
  process.stdout.write('ready\n');
  if (mode === 'hold') {
    setInterval(() => undefined, 1000);
    return;
  }
  const codeId = (session.db.prepare('SELECT min(id) AS id FROM codes').get() as { id: number }).id;
  const text = 'Le jeune n’avait pas d’adresse mail, seulement un téléphone à l’écran cassé. '.repeat(400);
  for (let n = 0; ; n += 1) {
    session.write((db) => {
      const now = new Date().toISOString();
      const documentId = insertDocument(db, { name: `Document ${n}`, kind: 'text', text, sourceName: null, units: [] }, now);
      const codings = Array.from({ length: 10 }, (_, i) => ({ documentId, codeId, start: i * 50, end: i * 50 + 40, coderId: session.coder.id }));
      insertCodings(db, codings, now);
    });
  }
}

void main();
