import { translate, type MessageParams } from './i18n';

/** Every error the service can return. Each has a message `error.<CODE>` in both catalogues. */
export const errorCodes = [
  'INVALID_INPUT',
  'UNKNOWN_CALL',
  'NO_PROJECT',
  'FILE_NOT_FOUND',
  'FILE_EXISTS',
  'FOLDER_NOT_FOUND',
  'NOT_A_PROJECT',
  'PROJECT_TOO_NEW',
  'PROJECT_LOCKED',
  'PROJECT_CORRUPT',
  'PROJECT_BUSY',
  'NOT_FOUND',
  'PERMISSION_DENIED',
  'DISK_FULL',
  'UNSUPPORTED',
  'INTERNAL',
  'CODING_RANGE',
  'DOCUMENT_CHANGED',
  'TEXT_TOO_LARGE',
  'IMPORT_EMPTY_FILE',
  'IMPORT_CORRUPT_FILE',
  'IMPORT_PASSWORD_PROTECTED',
  'IMPORT_UNSUPPORTED_TYPE',
  'IMPORT_TOO_LARGE',
  'IMPORT_NO_TEXT',
  'IMPORT_NO_HEADER',
  'IMPORT_UNREADABLE_ENCODING',
  'GROUP_NAME_TAKEN',
  'MEMO_TOO_LARGE',
  'MEMO_INVALID_BODY',
  'MEDIA_NOT_A_FILE',
  'MEDIA_UNSUPPORTED_TYPE',
  'CODE_NAME_TAKEN',
  'CODE_MOVE_CYCLE',
  'CODE_MERGE_SELF',
  'CODE_MERGE_DESCENDANT',
  'CODING_NOT_IN_CODE',
  // Retrieval (issue 5)
  'QUERY_NAME_TAKEN',
  // Text search: a malformed query (shared/search/query.ts).
  'SEARCH_EMPTY',
  'SEARCH_UNCLOSED_QUOTE',
  'SEARCH_EMPTY_PHRASE',
  'SEARCH_WILDCARD',
  'SEARCH_OPERATOR',
  'SEARCH_NEAR',
  'SEARCH_NEAR_DISTANCE',
  'SEARCH_PARENTHESIS',
  'SEARCH_ONLY_EXCLUDED',
  'SEARCH_TOO_LONG',
  // Case table (issue 5)
  'CASE_NAME_TAKEN',
  'ATTRIBUTE_NAME_TAKEN',
  'CASE_VALUE_NOT_NUMBER',
  'CASE_VALUE_NOT_DATE',
  'ATTRIBUTE_NOT_NUMBERS',
  'ATTRIBUTE_NOT_DATES',
  'CASE_PART_NOT_FOUND',
  // Exports (issue 7)
  'EXPORT_CANCELLED',
  'EXPORT_TOO_LARGE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What crosses a transport: a code, its parameters and both translations. Never a stack trace. */
export interface WireError {
  code: ErrorCode;
  params: MessageParams;
  message: { fr: string; en: string };
}

export class BaliseError extends Error {
  readonly code: ErrorCode;
  readonly params: MessageParams;

  constructor(code: ErrorCode, params: MessageParams = {}) {
    super(translate('en', `error.${code}`, params));
    this.name = 'BaliseError';
    this.code = code;
    this.params = params;
  }

  toWire(): WireError {
    return toWireError(this.code, this.params);
  }
}

export function toWireError(code: ErrorCode, params: MessageParams = {}): WireError {
  return {
    code,
    params,
    message: { fr: translate('fr', `error.${code}`, params), en: translate('en', `error.${code}`, params) },
  };
}

export function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WireError>;
  return typeof v.code === 'string' && (errorCodes as readonly string[]).includes(v.code) && typeof v.message === 'object';
}

/** Thrown on the client side when a call fails, so the UI can show `message[lang]`. */
export class ApiError extends Error {
  readonly wire: WireError;
  constructor(wire: WireError) {
    super(wire.message.en);
    this.name = 'ApiError';
    this.wire = wire;
  }
}

/** What every call returns on the wire, whatever the transport. */
export type WireResult = { ok: true; result: unknown } | { ok: false; error: WireError };
