import type { CandidateSource, PseudonymKind } from '../../../shared/domain/pseudonym';
import { translate, type Language, type MessageKey } from '../../../shared/i18n';

/** Words for the kinds, decisions and sources of the correspondence table (CSV and CLI). */

const kinds: Record<PseudonymKind, MessageKey> = {
  person: 'pseudonyms.kind.person',
  place: 'pseudonyms.kind.place',
  email: 'pseudonyms.kind.email',
  phone: 'pseudonyms.kind.phone',
  address: 'pseudonyms.kind.address',
  birthdate: 'pseudonyms.kind.birthdate',
  other: 'pseudonyms.kind.other',
};

const decisions: Record<'accepted' | 'rejected' | 'pending', MessageKey> = {
  accepted: 'pseudonyms.decision.accepted',
  rejected: 'pseudonyms.decision.rejected',
  pending: 'pseudonyms.decision.pending',
};

const sources: Record<CandidateSource, MessageKey> = {
  speaker: 'pseudonyms.source.speaker',
  case: 'pseudonyms.source.case',
  capitalised: 'pseudonyms.source.capitalised',
  placeList: 'pseudonyms.source.placeList',
  pattern: 'pseudonyms.source.pattern',
  manual: 'pseudonyms.source.manual',
};

export const kindLabel = (kind: PseudonymKind, language: Language = 'fr') => translate(language, kinds[kind]);
export const decisionText = (decision: 'accepted' | 'rejected' | 'pending', language: Language = 'fr') => translate(language, decisions[decision]);
export const sourceLabel = (source: CandidateSource, language: Language = 'fr') => translate(language, sources[source]);
