/**
 * `balise agreement PROJECT [--coders NAME,NAME] [--codes PATH…] [--unit character|unit]
 * [--uncoded include|exclude] [--json]`: inter-coder agreement per code, per document and overall
 * (definitions: shared/agreement/coefficients.ts). Coders by name (default: every coder who has
 * coded); without `--codes`, every code they applied, each with its own codings; a code named by
 * `--codes` counts its sub-codes' codings too. JSON gives percent (0..1), kappa (two coders only),
 * alpha, and the counts behind them; null where a figure is undefined, with the reason.
 */
import type { AgreementFigures, AgreementLevel, AgreementResult, UncodedChoice } from '../shared/domain/agreement';
import { translate, type MessageKey, type MessageParams } from '../shared/i18n';
import { foldForSearch } from '../shared/text/fold';
import { CliInputError, codeByPath } from './cli-extracts';
import type { Service } from './service';

export interface AgreementOptions {
  coders: string | null;
  codes: string[];
  unit: string;
  uncoded: string;
  json: boolean;
}

function t(key: MessageKey, params?: MessageParams): string {
  return translate('fr', key, params);
}

/** Figures as JSON: kappa only where there are two coders. */
function figuresJson(figures: AgreementFigures, twoCoders: boolean) {
  const { percent, kappa, alpha, reason, counts } = figures;
  return { percent, ...(twoCoders ? { kappa } : {}), alpha, reason, counts };
}

function decimal(value: number | null, digits: number): string {
  return value === null ? '—' : value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function line(label: string, figures: AgreementFigures, twoCoders: boolean): string {
  const parts = [t('agreement.cli.percent', { value: figures.percent === null ? '—' : `${decimal(figures.percent * 100, 1)} %` })];
  if (twoCoders) parts.push(t('agreement.cli.kappa', { value: decimal(figures.kappa, 3) }));
  parts.push(t('agreement.cli.alpha', { value: decimal(figures.alpha, 3) }));
  return `${label} : ${parts.join(' · ')}`;
}

/** Runs the command on the open project and returns what to print. */
export async function agreementCommand(service: Service, options: AgreementOptions): Promise<string> {
  if (options.unit !== 'character' && options.unit !== 'unit') throw new CliInputError(t('agreement.cli.badUnit', { value: options.unit }));
  if (options.uncoded !== 'include' && options.uncoded !== 'exclude') throw new CliInputError(t('agreement.cli.badUncoded', { value: options.uncoded }));
  const level = options.unit as AgreementLevel;
  const uncoded = options.uncoded as UncodedChoice;

  const everyone = await service.call('coders:list', {});
  const active = await service.call('agreement:coders', {});
  let coders: { id: number; name: string }[];
  if (options.coders === null) coders = active;
  else {
    const names = options.coders.split(',').map((n) => n.trim()).filter(Boolean);
    coders = names.map((name) => {
      const found = everyone.find((c) => foldForSearch(c.name) === foldForSearch(name));
      if (!found) throw new CliInputError(t('agreement.cli.unknownCoder', { name, known: active.map((c) => c.name).join(', ') || '—' }));
      return found;
    });
  }
  coders = coders.filter((c, i) => coders.findIndex((d) => d.id === c.id) === i);
  if (coders.length < 2) throw new CliInputError(t('agreement.cli.twoCoders', { known: active.map((c) => c.name).join(', ') || '—' }));

  const codebook = await service.call('codebook:list', {});
  const chosen = options.codes.map((path) => codeByPath(codebook, path));
  const result: AgreementResult = await service.call('agreement:compute', {
    coderIds: coders.map((c) => c.id),
    ...(chosen.length > 0 ? { codeIds: chosen.map((c) => c.id) } : {}),
    withChildren: chosen.length > 0,
    level,
    uncoded,
  });
  const pathOf = new Map(codebook.map((c) => [c.id, c.path]));
  const nameOf = new Map(everyone.map((c) => [c.id, c.name]));
  const two = coders.length === 2;

  if (options.json) {
    return JSON.stringify(
      {
        coders: coders.map((c) => c.name),
        unit: level,
        uncoded,
        documents: result.documents.map((d) => ({ name: d.name, coders: d.coderIds.map((id) => nameOf.get(id)), size: d.size })),
        codes: result.byCode.map(({ codeId, ...figures }) => ({ code: pathOf.get(codeId), ...figuresJson(figures, two) })),
        byDocument: result.byDocument.map(({ documentId, ...figures }) => ({ document: result.documents.find((d) => d.documentId === documentId)?.name, ...figuresJson(figures, two) })),
        overall: figuresJson(result.overall, two),
      },
      null,
      2,
    );
  }
  const lines = [
    t('agreement.cli.header', {
      coders: coders.map((c) => c.name).join(', '),
      documents: result.documents.length,
      unit: t(level === 'character' ? 'agreement.cli.unit.character' : 'agreement.cli.unit.unit'),
      uncoded: t(uncoded === 'include' ? 'agreement.cli.uncoded.include' : 'agreement.cli.uncoded.exclude'),
    }),
    ...result.byCode.map(({ codeId, ...figures }) => line(pathOf.get(codeId) ?? String(codeId), figures, two)),
    line(t('agreement.cli.overall'), result.overall, two),
  ];
  return lines.join('\n');
}
