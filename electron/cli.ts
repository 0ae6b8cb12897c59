/**
 * `balise …`: the command line drives the same service as the UI, without a window.
 * Exit codes: 0 success, 1 user error (French message on stderr), 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { searchCommand } from './cli-search';
import type { ImportOutcome } from '../shared/domain/import';
import { projectTemplates, type ProjectTemplate } from '../shared/domain/project';
import { BaliseError } from '../shared/errors';
import { translate, type MessageKey, type MessageParams } from '../shared/i18n';
import { appVersion, defaultDataDir, defaultProjectFolder } from './paths';
import { createService, type Service } from './service';
import { headlessHost } from './service/host';
import { CliInputError, extractsCommand } from './cli-extracts';
import { cooccurrenceCommand } from './cli-cooccurrence';
import { exportCommand } from './cli-export';
import { mergeCommand } from './cli-merge';
import { agreementCommand } from './cli-agreement';
import { pseudonymiseCommand } from './cli-pseudonymise';

class UsageError extends Error {}

interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
  /** Every value of a repeatable flag (`--code A --code B`), in order. */
  lists: Map<string, string[]>;
}

const knownFlags: Record<string, { takesValue: boolean; repeatable?: boolean }> = {
  '--code': { takesValue: true, repeatable: true },
  '--codes': { takesValue: true, repeatable: true },
  '--mode': { takesValue: true },
  '--measure': { takesValue: true },
  '--out': { takesValue: true },
  '--separator': { takesValue: true },
  '--title': { takesValue: true },
  '--where': { takesValue: true, repeatable: true },
  '--format': { takesValue: true },
  '--template': { takesValue: true },
  '--json': { takesValue: false },
  '--preview': { takesValue: false },
  '--help': { takesValue: false },
  '--key': { takesValue: true },
  '--sheet': { takesValue: true },
  '--text': { takesValue: true },
  '--coders': { takesValue: true },
  '--unit': { takesValue: true },
  '--uncoded': { takesValue: true },
  '--family': { takesValue: true },
  '--by': { takesValue: true },
  '--charts': { takesValue: true },
  '--apply': { takesValue: false },
  '--export-table': { takesValue: true },
};

export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const spec = knownFlags[name];
    if (!spec) throw new UsageError(t('cli.unknownOption', { name }));
    if (!spec.takesValue) flags.set(name, true);
    else {
      const value = inline ?? rest[(i += 1)];
      if (value === undefined) throw new UsageError(t('cli.unknownOption', { name }));
      flags.set(name, value);
      if (spec.repeatable) lists.set(name, [...(lists.get(name) ?? []), value]);
    }
  }
  return { command, positional, flags, lists };
}

function t(key: MessageKey, params?: MessageParams): string {
  return translate('fr', key, params);
}

function projectFile(args: ParsedArgs): string {
  const file = args.positional[0];
  if (!file) throw new UsageError(t('cli.missingFile'));
  return path.resolve(file);
}

function readFileForCli(file: string): Buffer {
  try {
    return fs.readFileSync(path.resolve(file));
  } catch {
    throw new BaliseError('FILE_NOT_FOUND', { path: path.resolve(file) });
  }
}

function describeOutcome(outcome: ImportOutcome): string {
  if (outcome.status === 'imported') {
    const c = outcome.counts ?? {};
    return t('cli.imported', {
      file: outcome.fileName,
      name: outcome.documentName ?? '',
      turns: c.turns ?? 0,
      answers: c.answers ?? 0,
      paragraphs: c.paragraphs ?? 0,
    });
  }
  if (outcome.status === 'duplicate') return t('cli.duplicate', { file: outcome.fileName, name: outcome.duplicateOf ?? '' });
  return `✗ ${outcome.error?.message.fr ?? outcome.fileName}`;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

async function run(service: Service, args: ParsedArgs, io: CliIo): Promise<void> {
  switch (args.command) {
    case 'new': {
      const template = (args.flags.get('--template') ?? 'stess') as string;
      if (!(projectTemplates as readonly string[]).includes(template)) throw new UsageError(t('cli.usage'));
      const info = await service.call('projects:create', { path: projectFile(args), template: template as ProjectTemplate });
      io.out(t('cli.created', { path: info.path, codes: info.codes }));
      return;
    }
    case 'info': {
      const summary = await service.call('projects:inspect', { path: projectFile(args) });
      if (args.flags.has('--json')) io.out(JSON.stringify(summary));
      else {
        const { name, path: file, schemaVersion, integrity, documents, codes, codings, cases, memos } = summary;
        io.out(t('cli.info', { name, path: file, schemaVersion, integrity, documents, codes, codings, cases, memos }));
      }
      return;
    }
    case 'check': {
      const report = await service.call('projects:check', { path: projectFile(args) });
      if (report.problems.length === 0) {
        io.out(t('cli.checkOk', { path: report.path }));
        return;
      }
      io.err(t('cli.checkFailed', { path: report.path, count: report.problems.length }));
      for (const problem of report.problems.slice(0, 50)) io.err(`  - ${problem}`);
      throw new ReportedFailure();
    }
    case 'search': {
      const [, ...words] = args.positional;
      if (!args.positional[0] || words.length === 0) throw new UsageError(t('cli.search.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      io.out(await searchCommand(service, words.join(' '), args.flags.has('--json')));
      return;
    }
    case 'import': {
      const [file, ...inputs] = args.positional;
      if (!file || inputs.length === 0) throw new UsageError(t('cli.usage'));
      await service.call('projects:open', { path: path.resolve(file) });
      // REFI-QDA projects and codebooks from other tools: one report each, in French.
      const refi = inputs.filter((p) => /\.(qdpx|qdc)$/i.test(p));
      for (const input of refi) {
        const fileName = path.basename(input);
        const report = await service.call('imports:refi', { fileName, data: readFileForCli(input).toString('base64') });
        if (args.flags.has('--json')) io.out(JSON.stringify({ fileName, ...report }));
        else {
          io.out(t('cli.refiImported', { file: fileName, origin: report.origin ? ` (${report.origin})` : '', ...report.imported }));
          for (const item of report.skipped) io.out(`  ${t('cli.refiSkipped', { item })}`);
          for (const item of report.remapped) io.out(`  ${t('cli.refiRemapped', { item })}`);
        }
      }
      const others = inputs.filter((p) => !refi.includes(p));
      if (others.length === 0) return;
      const outcomes = await service.call('imports:paths', { paths: others.map((p) => path.resolve(p)), duplicates: 'skip' });
      if (args.flags.has('--json')) io.out(JSON.stringify(outcomes));
      else for (const outcome of outcomes) io.out(describeOutcome(outcome));
      if (outcomes.some((o) => o.status === 'failed')) throw new ReportedFailure();
      return;
    }
    case 'import-cases': {
      const [file, table] = args.positional;
      if (!file || !table) throw new UsageError(t('cli.usage'));
      await service.call('projects:open', { path: path.resolve(file) });
      const fileName = path.basename(table);
      const data = readFileForCli(table).toString('base64');
      const sheet = args.flags.get('--sheet');
      const key = args.flags.get('--key');
      // Without --key, the column the preview proposes (the service checks a given one exists).
      const keyColumn =
        typeof key === 'string' ? key : (await service.call('tables:preview', { fileName, data, ...(typeof sheet === 'string' ? { sheet } : {}) })).suggestedKey;
      const text = args.flags.get('--text');
      const result = await service.call('cases:importTable', {
        fileName,
        data,
        keyColumn,
        textColumns: typeof text === 'string' ? text.split(',').map((c) => c.trim()) : [],
        ...(typeof sheet === 'string' ? { sheet } : {}),
      });
      io.out(args.flags.has('--json') ? JSON.stringify({ keyColumn, ...result }) : t('cli.casesImported', { ...result, key: keyColumn ?? '—' }));
      return;
    }
    case 'extracts': {
      const codes = args.lists.get('--code') ?? [];
      const format = args.flags.get('--format') ?? 'csv';
      if (!args.positional[0] || codes.length === 0 || (format !== 'csv' && format !== 'json')) throw new UsageError(t('cli.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      io.out(await extractsCommand(service, { codes, where: args.lists.get('--where') ?? [], format }));
      return;
    }
    case 'export': {
      const format = args.flags.get('--format');
      const out = args.flags.get('--out');
      const separator = args.flags.get('--separator') ?? ';';
      const title = args.flags.get('--title');
      if (!args.positional[0] || typeof format !== 'string' || typeof out !== 'string' || typeof separator !== 'string' || typeof title === 'boolean') throw new UsageError(t('cli.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      const codes = [...(args.lists.get('--code') ?? []), ...(args.lists.get('--codes') ?? [])];
      const text = (flag: string) => (typeof args.flags.get(flag) === 'string' ? (args.flags.get(flag) as string) : undefined);
      const report = { family: text('--family'), by: text('--by'), charts: text('--charts') };
      io.out(await exportCommand(service, { format, out, codes, where: args.lists.get('--where') ?? [], separator, title, ...report }));
      return;
    }
    case 'cooccurrence': {
      const [file, ...more] = args.positional;
      const format = args.flags.get('--format') ?? 'csv';
      const mode = args.flags.get('--mode') ?? 'overlap';
      const measure = args.flags.get('--measure') ?? 'count';
      if (!file || (format !== 'csv' && format !== 'json') || typeof mode !== 'string' || typeof measure !== 'string') throw new UsageError(t('cli.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      // `--codes A B` leaves B among the positional arguments: every path after the project is a code.
      const codes = [...(args.lists.get('--codes') ?? []), ...(args.lists.get('--code') ?? []), ...more];
      io.out(await cooccurrenceCommand(service, { codes, mode, measure, where: args.lists.get('--where') ?? [], format }));
      return;
    }
    case 'merge': {
      const [file, other] = args.positional;
      if (!file || !other || args.positional.length > 2) throw new UsageError(t('cli.merge.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      io.out(await mergeCommand(service, other, { preview: args.flags.has('--preview'), json: args.flags.has('--json') }));
      return;
    }
    case 'agreement': {
      const [file, ...more] = args.positional;
      const unit = args.flags.get('--unit') ?? 'character';
      const uncoded = args.flags.get('--uncoded') ?? 'include';
      const coders = args.flags.get('--coders');
      if (!file || typeof unit !== 'string' || typeof uncoded !== 'string' || coders === true) throw new UsageError(t('agreement.cli.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      // `--codes A B` leaves B among the positional arguments: every path after the project is a code.
      const codes = [...(args.lists.get('--codes') ?? []), ...(args.lists.get('--code') ?? []), ...more];
      io.out(await agreementCommand(service, { coders: coders ?? null, codes, unit, uncoded, json: args.flags.has('--json') }));
      return;
    }
    case 'pseudonymise': {
      if (!args.positional[0]) throw new UsageError(t('pseudonyms.cli.usage'));
      await service.call('projects:open', { path: projectFile(args) });
      const table = args.flags.get('--export-table');
      io.out(
        await pseudonymiseCommand(service, {
          preview: args.flags.has('--preview'),
          apply: args.flags.has('--apply'),
          exportTable: typeof table === 'string' ? table : null,
          json: args.flags.has('--json'),
        }),
      );
      return;
    }
    default:
      throw new UsageError(args.command ? `${t('cli.unknownCommand', { name: args.command })}\n\n${t('cli.usage')}` : t('cli.usage'));
  }
}

/** The command printed what went wrong itself; exit 1 without another message. */
class ReportedFailure extends Error {}

/** Runs the CLI and returns its exit code (the process entry below exits with it). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let service: Service | undefined;
  try {
    if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
      io.out(t('cli.usage'));
      return 0;
    }
    const args = parseArgs(argv);
    service = createService({ dataDir: defaultDataDir(), appVersion, host: headlessHost, defaultProjectFolder: defaultProjectFolder() });
    await run(service, args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof ReportedFailure) return 1;
    if (error instanceof CliInputError) {
      io.err(`balise : ${error.message}`);
      return 1;
    }
    if (error instanceof BaliseError) {
      io.err(`balise : ${error.toWire().message.fr}`);
      return 1;
    }
    io.err(`balise : ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await service?.close();
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
