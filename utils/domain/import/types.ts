// What every import parser produces: one plain record per call or message,
// with where it came from in the file, and the problems it found on the way.
// Nothing here knows about the database; plan.ts turns records into contacts.

export type ImportFormat = 'sbr-xml' | 'csv' | 'pasted';
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030';

/** Android call types as SMS Backup & Restore writes them. */
export const CALL_TYPES = { incoming: 1, outgoing: 2, missed: 3, voicemail: 4, rejected: 5, blocked: 6 } as const;
export type CallType = (typeof CALL_TYPES)[keyof typeof CALL_TYPES];

export interface ImportedRecord {
  kind: 'call' | 'sms';
  /** Epoch ms. */
  at: number;
  /** The number as the file wrote it. */
  number: string;
  /** The name the phone's address book gave the number ('' when none): marks the user's personal contacts. */
  name: string;
  /** Pasted conversations: the sender's display name (not an address-book name, so not "personal"). */
  sender?: string;
  direction: 'incoming' | 'outgoing';
  /** Calls only. */
  callType?: CallType;
  /** Calls only, seconds. */
  duration?: number;
  /** Messages only. */
  body?: string;
  /** 1-based position of the record in the file (the n-th call or message). */
  position: number;
  /** 1-based line of the file where the record starts, when known. */
  line?: number;
}

/** A problem with one record (it is left out) or with the whole file (nothing can be imported). */
export interface ImportIssue {
  messageKey: string;
  /** English text for logs and tests; the UI shows messageKey. */
  message: string;
  position?: number;
  line?: number;
  params?: Record<string, string | number>;
}

export class ImportFileError extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
    this.name = 'ImportFileError';
  }
}

export function fileError(
  messageKey: string,
  message: string,
  where: { line?: number; position?: number } = {},
  params: Record<string, string | number> = {},
): ImportFileError {
  const p = {
    ...params,
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.position !== undefined ? { record: where.position } : {}),
  };
  return new ImportFileError({ messageKey, message, ...where, params: p });
}

/** A push parser: text goes in chunk by chunk, records come out through the sink. */
export interface ChunkParser {
  write(text: string): void;
  /** Flushes; throws ImportFileError for a truncated or malformed file. */
  end(): void;
}

export interface RecordSink {
  record(r: ImportedRecord): void;
  issue(i: ImportIssue): void;
}

/** Dates the rules can trust: from 2000 on, and not later than a day after now (clock skew). */
export function dateIssue(at: number, now: number, where: { position: number; line?: number }): ImportIssue | undefined {
  const params = { record: where.position, ...(where.line !== undefined ? { line: where.line } : {}) };
  if (!Number.isFinite(at))
    return { messageKey: 'import.issue.badDate', message: `record ${where.position}: the date cannot be read`, ...where, params };
  if (at < Date.UTC(2000, 0, 1))
    return { messageKey: 'import.issue.before2000', message: `record ${where.position}: dated before 2000`, ...where, params };
  if (at > now + 86_400_000)
    return { messageKey: 'import.issue.future', message: `record ${where.position}: dated in the future`, ...where, params };
  return undefined;
}
