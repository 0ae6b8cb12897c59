import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import iconv from 'iconv-lite';
import { block, clock, countWords, deriveSeed, int, mulberry32, pick, type Rng } from './corpus';
import * as v from './vocabulary';

/**
 * Deterministic field files for the import rows of `npm run bench`: interview transcripts as
 * .txt (`[hh:mm:ss] Name : …` turns; UTF-8 with LF, Windows-1252 with CRLF, UTF-8 with BOM and
 * CRLF) and Word files (.docx) that are observation sheets (2- and 3-column prompt/answer grids
 * with full-width block rows spanning the grid, as in the protocol's sheets) or transcripts.
 * The .docx are real OOXML packages zipped with fflate, with the verbose paragraph, run and cell
 * properties an office suite writes (modelled on shared/fixtures/*.docx: ≈ 12 bytes of XML per
 * word for transcripts and 30–40 for sheets, where the fixtures have 15 and 43–46), so parsing
 * costs about what it costs on real files.
 * Pure functions of (seed, index): same bytes every time, no clock, no Math.random.
 * Each generator also says what the import must find (`expected`), for the unit test.
 */

export interface ExpectedImport {
  kind: 'transcript' | 'observation';
  /** Words of the imported document text, as counted by corpus.ts `countWords`. */
  words: number;
  headings: number;
  paragraphs: number;
  turns: number;
  grids: number;
  answers: number;
  speakers: string[];
}

export interface FieldFile {
  name: string;
  bytes: Uint8Array;
  expected: ExpectedImport;
}

export type TextVariant = 'utf-8' | 'windows-1252' | 'utf-8-bom';

const interviewers = ['Enquêtrice', 'Enquêteur'];
const interviewees = ['Conseillère', 'Animateur', 'Professionnelle', 'Médiatrice', 'Directeur', 'Aide à domicile', 'Éducatrice', 'Claire'];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'septembre', 'octobre', 'novembre', 'décembre'];
const themes = [
  'Le parcours professionnel', 'Les publics accompagnés', 'Les outils numériques', 'Les freins observés',
  'Les savoir-faire de la médiation', 'Les besoins de formation', 'Le travail en binôme', 'Les partenaires du territoire',
];

const code = (index: number): string => String(index + 1).padStart(4, '0');
const emptyCounts = (kind: ExpectedImport['kind']): ExpectedImport => ({
  kind, words: 0, headings: 0, paragraphs: 0, turns: 0, grids: 0, answers: 0, speakers: [],
});

interface Turn {
  speaker: string;
  time: string;
  speech: string;
}

/** Alternating interviewer/interviewee turns holding exactly `budget.left` words (like corpus.ts). */
function interviewTurns(rng: Rng, budget: { left: number }, speakers: [string, string], start: number): Turn[] {
  const turns: Turn[] = [];
  let seconds = start;
  for (let turn = 0; budget.left > 0; turn += 1) {
    const asking = turn % 2 === 0;
    const before = budget.left;
    const speech = asking ? block(rng, budget, 1, 2, true) : block(rng, budget, 1, rng() < 0.15 ? 14 : 6);
    turns.push({ speaker: speakers[asking ? 0 : 1], time: clock(seconds), speech });
    seconds += Math.ceil((before - budget.left) / 2.5) + int(rng, 1, 6);
  }
  return turns;
}

function removeEmoji(text: string): string {
  let out = text;
  for (const e of [...v.emoji].sort((a, b) => b.length - a.length)) out = out.replaceAll(` ${e}`, '');
  return out;
}

export function textVariant(index: number): TextVariant {
  return (['utf-8', 'windows-1252', 'utf-8-bom'] as const)[index % 3]!;
}

/**
 * Transcript `index` as a .txt file of `words` words: a two-line header, then timed turns. UTF-8
 * files put one turn per line (LF); Windows-1252 (CRLF, emoji dropped: the code page has none) and
 * UTF-8-with-BOM (CRLF) files separate turns with a blank line.
 */
export function generateTextTranscript(seed: number, index: number, words: number, variant = textVariant(index)): FieldFile {
  const rng = mulberry32(deriveSeed(seed, 11, index));
  const speakers: [string, string] = [pick(rng, interviewers), pick(rng, interviewees)];
  const header = `Entretien E${code(index)} — ${pick(rng, v.branches)}\nDate : ${int(rng, 1, 28)} ${pick(rng, months)} 2023, durée ${int(rng, 35, 95)} minutes`;
  const budget = { left: words - countWords(header) };
  const turns = interviewTurns(rng, budget, speakers, int(rng, 5, 40));
  const lines = turns.map((t) => `[${t.time}] ${t.speaker} : ${variant === 'windows-1252' ? removeEmoji(t.speech) : t.speech}`);
  const text = variant === 'utf-8' ? `${header}\n\n${lines.join('\n')}\n` : `${header}\r\n\r\n${lines.join('\r\n\r\n')}\r\n`;
  let bytes: Uint8Array;
  if (variant === 'windows-1252') {
    const encoded = iconv.encode(text, 'windows-1252');
    // iconv writes '?' for what the code page lacks: the file must hold the very text.
    if (iconv.decode(encoded, 'windows-1252') !== text) throw new Error(`entretien-E${code(index)}: not encodable in Windows-1252`);
    bytes = new Uint8Array(encoded);
  } else bytes = strToU8(variant === 'utf-8-bom' ? `\uFEFF${text}` : text);
  return {
    name: `entretien-E${code(index)}.txt`,
    bytes,
    expected: { ...emptyCounts('transcript'), words, paragraphs: 1, turns: turns.length, speakers },
  };
}

// ---------------------------------------------------------------------------------------------
// WordprocessingML, written the way LibreOffice writes it (see shared/fixtures/*.docx).

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');
const run = (text: string, props = ''): string => `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const paragraph = (runs: string, style: string, align = 'left'): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:bidi w:val="0"/><w:spacing w:before="0" w:after="283"/><w:jc w:val="${align}"/><w:rPr></w:rPr></w:pPr>${runs}</w:p>`;
const border = (side: string): string => `<w:${side} w:val="double" w:sz="2" w:space="0" w:color="808080"/>`;
const BORDERS = `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map(border).join('')}</w:tcBorders>`;

function cell(width: number, text: string, style: 'TableHeading' | 'TableContents', span = 1, props = ''): string {
  const gridSpan = span > 1 ? `<w:gridSpan w:val="${span}"/>` : '';
  const paragraphs = text.length > 0 ? text.split('\n') : [''];
  const body = paragraphs.map((p) => paragraph(p ? run(p, props) : '', style, style === 'TableHeading' ? 'center' : 'left')).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${gridSpan}${BORDERS}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
}

function table(widths: number[], rows: string[]): string {
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="-7" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.map((r) => `<w:tr><w:trPr></w:trPr>${r}</w:tr>`).join('')}</w:tbl>`
  );
}

/** A Word document being written: body XML and what its import must find. */
class WordWriter {
  readonly body: string[] = [];
  readonly expected: ExpectedImport;

  constructor(kind: ExpectedImport['kind']) {
    this.expected = emptyCounts(kind);
  }

  heading(text: string, level: number): void {
    this.body.push(paragraph(run(text), `Heading${level}`));
    this.expected.headings += 1;
    this.expected.words += countWords(text);
  }

  paragraph(text: string): void {
    this.body.push(paragraph(run(text), 'TextBody'));
    this.expected.paragraphs += 1;
    this.expected.words += countWords(text);
  }

  /** A turn as Word transcripts have it: the label in bold, the speech in one to three runs. */
  turn(rng: Rng, turn: Turn, timed: boolean): void {
    const label = `${timed ? `[${turn.time}] ` : ''}${turn.speaker} :`;
    const sentences = turn.speech.split(/(?<=[.?…]) /);
    const cut = sentences.length > 2 && rng() < 0.3 ? int(rng, 1, sentences.length - 1) : sentences.length;
    const runs = [run(label, '<w:b/>'), run(` ${sentences.slice(0, cut).join(' ')}`)];
    if (cut < sentences.length) runs.push(run(` ${sentences.slice(cut).join(' ')}`, '<w:i/>'));
    this.body.push(paragraph(runs.join(''), 'TextBody'));
    if (!this.expected.speakers.includes(turn.speaker)) this.expected.speakers.push(turn.speaker);
    this.expected.turns += 1;
    this.expected.words += countWords(turn.speech);
  }

  /**
   * A grid: a header row, then rows of a prompt and one answer per answer column, or full-width
   * rows (one cell with w:gridSpan over all columns): a block label, or a free answer.
   */
  grid(headers: string[], rows: ({ prompt: string; answers: string[] } | { wide: string; answer: boolean })[]): void {
    const widths = headers.length === 2 ? [3402, 7937] : [2835, 4252, 4252];
    const total = widths.reduce((a, b) => a + b, 0);
    const xml = [headers.map((h, i) => cell(widths[i]!, h, 'TableHeading')).join('')];
    for (const row of rows) {
      if ('wide' in row) {
        xml.push(cell(total, row.wide, 'TableContents', widths.length, row.answer ? '' : '<w:b/>'));
        if (row.answer) this.answerWords(row.wide);
      } else {
        xml.push([cell(widths[0]!, row.prompt, 'TableContents', 1, '<w:i/>'), ...row.answers.map((a, i) => cell(widths[i + 1]!, a, 'TableContents'))].join(''));
        row.answers.forEach((a) => this.answerWords(a));
      }
    }
    this.body.push(table(widths, xml));
    this.expected.grids += 1;
  }

  private answerWords(text: string): void {
    this.expected.answers += 1;
    this.expected.words += countWords(text);
  }
}

const contextPrompts = ['Lieu et date de l’observation', 'Durée de l’intervention', 'Objet ou thématique de l’intervention', 'Autres informations'];
const environmentPrompts = [
  'L’intervention est-elle réalisée en présentiel ou en distanciel ?',
  'Des outils numériques sont-ils disponibles et/ou mobilisés par le professionnel ?',
  'Des outils numériques sont-ils disponibles et/ou mobilisés par le bénéficiaire ?',
  'Autres informations pertinentes',
];
const beneficiaryBlocks: [string, string[]][] = [
  ['Recensement des besoins', [
    'Quel est le profil de la personne accompagnée (âge, genre, résidence, personne isolée, etc.) ?',
    'Comment le bénéficiaire formule sa demande ?',
    'Comment le professionnel a répondu à la demande ?',
    'Le besoin d’accompagnement est-il au départ numérique ? Ou plus global ?',
  ]],
  ['Recensement des savoir-faire', [
    'Comment le professionnel instaure-t-il un climat de confiance ?',
    'Quelles informations et solutions sont proposées ?',
    'Le bénéficiaire est-il mis en capacité de refaire seul la démarche ?',
  ]],
  ['Recensement et analyse des freins', [
    'Quels freins liés au public sont observés ?',
    'Quels freins de posture ou de compétence chez le professionnel ?',
    'Quels freins liés aux ressources ou aux processus internes de la structure ?',
  ]],
];
const debriefQuestions = [
  'Qu’avez-vous appris de la pratique de votre binôme ?',
  'Quelles situations vous ont surpris ?',
  'Qu’aimeriez-vous transposer dans votre structure ?',
];

/**
 * Observation sheet `index`: title, binôme line, the *Contexte général* and *Environnement de
 * travail* grids, one *Prise de note sur le bénéficiaire N* grid per beneficiary (full-width
 * block rows and a free remark), a 3-column debrief, then free paragraphs up to `words` words.
 */
function observationSheet(rng: Rng, index: number, words: number): WordWriter {
  const doc = new WordWriter('observation');
  // Answers of up to `max` words; some typed as two paragraphs in their cell.
  const say = (max: number, maxSentences = 3): string => {
    const text = block(rng, { left: max }, 1, maxSentences);
    return rng() < 0.25 ? text.replace(/([.?…]) (?=\p{Lu})/u, '$1\n') : text;
  };
  doc.heading(`Fiche d’observation B${code(index)} — ${pick(rng, v.branches)}`, 1);
  doc.paragraph(`Binôme B${code(index)} — médiatrice numérique et ${pick(rng, interviewees).toLowerCase()} — zone ${int(rng, 1, 5)}, jour ${int(rng, 1, 2)}.`);
  doc.heading('Séquence 1 — observation des savoir-faire', 2);
  doc.grid(['CONTEXTE GÉNÉRAL', 'INFORMATIONS'], contextPrompts.map((prompt) => ({ prompt, answers: [say(25, 2)] })));
  doc.grid(['ENVIRONNEMENT DE TRAVAIL', 'FAITS OBSERVÉS'], environmentPrompts.map((prompt) => ({ prompt, answers: [say(50)] })));
  for (let n = 1; n <= 4 && (n === 1 || words - doc.expected.words > 900); n += 1) {
    const rows: Parameters<WordWriter['grid']>[1] = [];
    for (const [label, prompts] of beneficiaryBlocks) {
      rows.push({ wide: label, answer: false });
      for (const prompt of prompts) rows.push({ prompt, answers: [say(70, 4)] });
    }
    rows.push({ wide: say(60, 3), answer: true });
    doc.grid([`PRISE DE NOTE SUR LE BÉNÉFICIAIRE ${n}`, 'FAITS OBSERVÉS'], rows);
  }
  doc.heading('Débriefing de la journée', 2);
  doc.grid(['QUESTIONS', 'RETOUR DU MÉDIATEUR NUMÉRIQUE', 'RETOUR DU PROFESSIONNEL'], debriefQuestions.map((prompt) => ({ prompt, answers: [say(50), say(50)] })));
  doc.heading('Échanges sur les situations inattendues', 2);
  const budget = { left: Math.max(1, words - doc.expected.words) };
  while (budget.left > 0) doc.paragraph(block(rng, budget, 2, 9));
  return doc;
}

/**
 * Word transcript `index`: title, context line, then turns under a heading every 8–20 turns
 * (`words` words, plus the few of those headings).
 */
function wordTranscript(rng: Rng, index: number, words: number, timed: boolean): WordWriter {
  const doc = new WordWriter('transcript');
  const title = `Entretien E${code(index)} — ${pick(rng, v.branches)}`;
  const context = `Entretien semi-directif mené le ${int(rng, 1, 28)} ${pick(rng, months)} 2023, durée ${int(rng, 35, 95)} minutes, zone ${int(rng, 1, 5)}.`;
  doc.heading(title, 1);
  doc.paragraph(context);
  const budget = { left: words - countWords(title) - countWords(context) };
  const turns = interviewTurns(rng, budget, [pick(rng, interviewers), pick(rng, interviewees)], int(rng, 5, 40));
  let nextHeading = 0;
  let part = 0;
  for (const turn of turns) {
    // Sections open on a question, so each part starts with the interviewer.
    if (turn === turns[nextHeading]) {
      const theme = themes[(index + part) % themes.length]!;
      doc.heading(`Partie ${++part} — ${theme}`, 2);
      nextHeading += 2 * int(rng, 4, 10);
    }
    doc.turn(rng, turn, timed);
  }
  return doc;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';
const DOCUMENT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function paragraphStyle(id: string, name: string, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="24"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  paragraphStyle('Normal', 'Normal') +
  paragraphStyle('Heading', 'Heading', '<w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:pPr><w:keepNext/></w:pPr>') +
  [1, 2, 3].map((n) => paragraphStyle(`Heading${n}`, `heading ${n}`, `<w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/></w:rPr>`)).join('') +
  paragraphStyle('TextBody', 'Body Text', '<w:basedOn w:val="Normal"/>') +
  paragraphStyle('TableContents', 'Table Contents', '<w:basedOn w:val="Normal"/>') +
  paragraphStyle('TableHeading', 'Table Heading', '<w:basedOn w:val="TableContents"/><w:rPr><w:b/></w:rPr>') +
  '</w:styles>';

function wordPackage(doc: WordWriter, title: string): Uint8Array {
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" ` +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${doc.body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="567" w:right="283" w:bottom="567" w:left="283" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Banc d’essai Balise</dc:creator><dc:language>fr-FR</dc:language>` +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2023-03-14T09:00:00Z</dcterms:created></cp:coreProperties>';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELS),
    'docProps/core.xml': strToU8(core),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
    'word/styles.xml': strToU8(STYLES),
    'word/document.xml': strToU8(document),
  };
  // A fixed local time: fflate writes DOS times from local components, so the bytes never vary.
  return zipSync(files, { level: 6, mtime: new Date(2023, 2, 14, 9, 0, 0) });
}

/**
 * Word file `index`: observation sheets for even indices, transcripts for odd ones (every other
 * transcript with timestamps), 1,500–3,000 words unless `words` is given.
 */
export function generateWordFile(seed: number, index: number, words?: number, kind?: ExpectedImport['kind']): FieldFile {
  const rng = mulberry32(deriveSeed(seed, 12, index));
  const target = words ?? int(rng, 1_500, 3_000);
  const observation = (kind ?? (index % 2 === 0 ? 'observation' : 'transcript')) === 'observation';
  const doc = observation ? observationSheet(rng, index, target) : wordTranscript(rng, index, target, index % 4 !== 3);
  const name = observation ? `fiche-observation-B${code(index)}.docx` : `entretien-E${code(index)}.docx`;
  return { name, bytes: wordPackage(doc, name.replace(/\.docx$/, '')), expected: doc.expected };
}

// ---------------------------------------------------------------------------------------------
// Folders of files for the bench operations.

export interface FileSet {
  format: 'txt' | 'docx';
  files: number;
  /** Words per file; null for the 1,500–3,000 words drawn per Word file. */
  words: number | null;
}

export interface WrittenSet {
  folder: string;
  files: number;
  bytes: number;
  words: number;
  expected: { turns: number; answers: number };
}

/** Writes a file set into `folder` (created, or emptied first), one file at a time. */
export function writeFileSet(seed: number, set: FileSet, folder: string): WrittenSet {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const written: WrittenSet = { folder, files: 0, bytes: 0, words: 0, expected: { turns: 0, answers: 0 } };
  for (let i = 0; i < set.files; i += 1) {
    const file =
      set.format === 'txt'
        ? generateTextTranscript(seed, i, set.words ?? 6_000)
        : set.words === null
          ? generateWordFile(seed, i)
          : generateWordFile(seed, i, set.words, 'transcript');
    fs.writeFileSync(path.join(folder, file.name), file.bytes);
    written.files += 1;
    written.bytes += file.bytes.length;
    written.words += file.expected.words;
    written.expected.turns += file.expected.turns;
    written.expected.answers += file.expected.answers;
  }
  return written;
}
