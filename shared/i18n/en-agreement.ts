import type { frAgreement } from './fr-agreement';

/** Inter-coder agreement (issue 8). */
export const enAgreement: Record<keyof typeof frAgreement, string> = {
  'agreement.cli.usage':
    'Usage: balise agreement FILE [--coders NAME,NAME] [--codes PATH…] [--unit character|unit] [--uncoded include|exclude] [--json]\n  inter-coder agreement per code and overall: percent agreement, Cohen’s κ (two coders), Krippendorff’s α',
  'agreement.cli.badUnit': 'Unknown unit: “{value}”. Choose character or unit (structural units: grid answers, turns, paragraphs).',
  'agreement.cli.badUncoded': 'Unknown choice for --uncoded: “{value}”. Choose include (with uncoded text) or exclude (without uncoded text).',
  'agreement.cli.unknownCoder': 'Coder not found: “{name}”. Coders in this project: {known}.',
  'agreement.cli.twoCoders': 'Agreement needs at least two coders. Coders in this project: {known}.',
  'agreement.cli.header': 'Agreement between {coders} on {documents} document(s), by {unit}, {uncoded}',
  'agreement.cli.unit.character': 'character',
  'agreement.cli.unit.unit': 'structural unit',
  'agreement.cli.uncoded.include': 'with uncoded text',
  'agreement.cli.uncoded.exclude': 'without uncoded text',
  'agreement.cli.percent': '{value} agreement',
  'agreement.cli.kappa': 'κ {value}',
  'agreement.cli.alpha': 'α {value}',
  'agreement.cli.overall': 'All codes',
};
