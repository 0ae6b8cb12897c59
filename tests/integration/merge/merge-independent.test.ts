import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, find } from '../support/question-project';
import { testService } from '../support/temp';
import { codedPassages } from './merge-support';

const read64 = (name: string) => fs.readFileSync(path.join(fixtures, name)).toString('base64');

describe('merging two projects started separately', () => {
  it('recognises the same interview imported twice by its text and the StESS codes by their path', async () => {
    const { service, folder } = testService();
    // Bruno's own project: the StESS template (its codes get GUIDs of their own) and the same interview.
    await service.call('app:setCoderName', { name: 'Bruno' });
    const brunoFile = path.join(folder, 'bruno.balise');
    await service.call('projects:create', { path: brunoFile, template: 'stess' });
    const upload = await service.call('imports:upload', { fileName: 'entretien-conseillere-logement.docx', data: read64('entretien-conseillere-logement.docx') });
    const text = (await service.call('documents:get', { id: upload.documentId! })).text;
    const codes = new Map((await service.call('codebook:list', {})).map((c) => [c.path, c.id]));
    await service.call('codings:add', { documentId: upload.documentId!, codeId: codes.get('Freins/Processus internes')!, ...find(text, 'La direction compte les dossiers') });
    await service.call('projects:close', {});

    // Alice's, made the same way on her side: the same text, so the same fingerprint.
    await service.call('app:setCoderName', { name: 'Alice' });
    const aliceFile = path.join(folder, 'alice.balise');
    await service.call('projects:create', { path: aliceFile, template: 'stess' });
    const mine = await service.call('imports:upload', { fileName: 'entretien-conseillere-logement.docx', data: read64('entretien-conseillere-logement.docx') });
    const report = await service.call('merge:apply', { fileName: 'bruno.balise', data: fs.readFileSync(brunoFile).toString('base64') });
    // 15 StESS codes by path (GUIDs differ: no rename); 1 document by its text; Bruno's one coding.
    expect(report.counts).toMatchObject({
      documents: { byHash: 1, byName: 0, new: 0 },
      codes: { matched: 15, renamed: 0, onlyTheirs: 0, onlyMine: 0, created: 0 },
      codings: { new: 1, alreadyHere: 0, unplaceable: 0, skipped: 0 },
      coders: { new: 1 },
    });
    expect(codedPassages(aliceFile, mine.documentId!)).toEqual([{ code: 'Freins/Processus internes', coder: 'Bruno', passage: 'La direction compte les dossiers' }]);
  });
});
