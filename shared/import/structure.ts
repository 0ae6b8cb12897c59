import { DocumentBuilder, type BuiltDocument } from '../document-builder';
import type { DocumentKind } from '../domain/document';
import type { Flow, FlowParagraph } from './flow';
import { interpretTable } from './grids';
import { detectTurns, type TurnMatch } from './turns';

export interface InterpretedDocument extends BuiltDocument {
  kind: DocumentKind;
  /** Speakers found, in order of first appearance (for the speaker review after import). */
  speakers: string[];
  counts: { paragraphs: number; headings: number; turns: number; grids: number; tables: number; answers: number; cells: number };
}

function paragraphText(p: FlowParagraph): string {
  const text = p.text.replace(/[ \t\u00a0]+\n/g, '\n').trim();
  return p.listItem ? `• ${text}` : text;
}

/**
 * Turns a parsed flow into a document text with its structure units: headings, speaker turns
 * (given by the format or recognised in the text), observation grids and generic tables.
 * The same flow always gives the same text and units, whatever format it came from.
 */
export function interpretFlow(flow: Flow): InterpretedDocument {
  const builder = new DocumentBuilder();
  const counts = { paragraphs: 0, headings: 0, turns: 0, grids: 0, tables: 0, answers: 0, cells: 0 };
  const speakers: string[] = [];
  const plain = flow.blocks.filter((b): b is FlowParagraph => b.type === 'paragraph' && !b.headingLevel && !b.speaker);
  const detected = new Map<FlowParagraph, TurnMatch>();
  detectTurns(plain.map((p) => p.text)).forEach((turn, i) => {
    if (turn) detected.set(plain[i]!, turn);
  });
  const addTurn = (speaker: string, speech: string, time?: string): void => {
    if (!speakers.includes(speaker)) speakers.push(speaker);
    builder.turn(speaker, speech, time);
    counts.turns += 1;
  };

  let heading: string | null = null;
  let beneficiaries = 0;
  for (const block of flow.blocks) {
    if (block.type === 'paragraph') {
      const text = paragraphText(block);
      if (text.length === 0) continue;
      const turn = detected.get(block);
      if (block.headingLevel) {
        builder.heading(text, block.headingLevel);
        heading = text;
        counts.headings += 1;
      } else if (block.speaker) addTurn(block.speaker, text, block.time);
      else if (turn && turn.speech.length > 0) addTurn(turn.speaker, turn.speech, turn.time);
      else {
        builder.paragraph(text, block.time ? { time: block.time } : {});
        counts.paragraphs += 1;
      }
      continue;
    }
    const table = interpretTable(block, { heading, beneficiaries });
    if (table.blocks.length === 0) continue;
    if (table.attrs.beneficiary) beneficiaries = Math.max(beneficiaries, table.attrs.beneficiary);
    counts[table.kind === 'grid' ? 'grids' : 'tables'] += 1;
    builder.begin(table.kind === 'grid' ? 'grid' : 'table', table.label, table.attrs);
    for (const group of table.blocks) {
      if (group.label) builder.begin('block', group.label, { ...table.attrs, block: group.label });
      for (const answer of group.answers) {
        if (table.kind === 'grid') {
          builder.answer(answer.text, answer.attrs);
          counts.answers += 1;
        } else {
          builder.cell(answer.text, answer.attrs);
          counts.cells += 1;
        }
      }
      if (group.label) builder.end();
    }
    builder.end();
  }
  const built = builder.build();
  const kind: DocumentKind = counts.grids > 0 ? 'observation' : counts.turns >= 3 ? 'transcript' : 'text';
  return { ...built, kind, speakers, counts };
}
