import { SaxesParser } from 'saxes';
import { CALL_TYPES, dateIssue, fileError, type CallType, type ChunkParser, type ImportedRecord, type RecordSink } from './types';
import { fixAll, fixSurrogateRefs } from './surrogate-refs';

// Android "SMS Backup & Restore" (SyncTech) backups: calls-*.xml with a
// <calls> root and sms-*.xml with a <smses> root; each record is one element
// whose attributes hold the data. Parsed with saxes as a stream, so a 200 MB
// backup is never one string.

/** contact_name when the number is not in the phone's address book. */
const NO_NAME = new Set(['', '(Unknown)', 'null', '(未知)', '未知']);
const nameOf = (a: Record<string, string>) => (NO_NAME.has((a.contact_name ?? '').trim()) ? '' : a.contact_name!.trim());

export interface SbrParserOptions {
  sink: RecordSink;
  now: number;
}

export function createSbrParser({ sink, now }: SbrParserOptions): ChunkParser {
  const sax = new SaxesParser({ position: true, xmlns: false });
  let root: 'calls' | 'smses' | undefined;
  let position = 0;
  let mms: { attrs: Record<string, string>; line: number; texts: string[]; position: number } | undefined;
  let failure: Error | undefined;
  /** Where the parser stood when it failed (close() resets its position). */
  let failureLine = 0;
  let lastLine = 1;
  let ending = false;
  let carry = '';
  const fail = (e: Error) => {
    if (failure) return;
    failure = e;
    // At the end of the input the file simply stops: its last line is where it was cut.
    failureLine = ending ? lastLine : sax.line;
  };

  const emit = (r: Omit<ImportedRecord, 'position' | 'line'>, where: { position: number; line: number }) => {
    const bad = dateIssue(r.at, now, where);
    if (bad) sink.issue(bad);
    else sink.record({ ...r, ...where });
  };

  const onCall = (a: Record<string, string>, line: number) => {
    const where = { position: ++position, line };
    const type = Number(a.type);
    if (!(type >= CALL_TYPES.incoming && type <= CALL_TYPES.blocked && Number.isInteger(type))) {
      sink.issue({
        messageKey: 'import.issue.callType',
        message: `record ${where.position}: unknown call type "${a.type ?? ''}"`,
        ...where,
        params: { record: where.position, line, value: a.type ?? '' },
      });
      return;
    }
    const duration = Math.max(0, Number(a.duration) || 0);
    emit(
      {
        kind: 'call',
        at: Number(a.date),
        number: a.number ?? '',
        name: nameOf(a),
        direction: type === CALL_TYPES.outgoing ? 'outgoing' : 'incoming',
        callType: type as CallType,
        duration,
      },
      where,
    );
  };

  const onSms = (a: Record<string, string>, line: number) => {
    const where = { position: ++position, line };
    // 1 inbox, 2 sent; 3–6 are drafts, outbox, failed and queued: never reached anyone or came from the user.
    const type = Number(a.type);
    if (type !== 1 && type !== 2) return;
    emit(
      {
        kind: 'sms',
        at: Number(a.date),
        number: a.address ?? '',
        name: nameOf(a),
        direction: type === 2 ? 'outgoing' : 'incoming',
        body: a.body ?? '',
      },
      where,
    );
  };

  sax.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (!root) {
      if (tag.name !== 'calls' && tag.name !== 'smses')
        throw fileError('import.error.notSbr', `<${tag.name}> is not the root of an SMS Backup & Restore file`, { line: sax.line });
      root = tag.name;
      return;
    }
    if (root === 'calls' && tag.name === 'call') onCall(a, sax.line);
    else if (root === 'smses' && tag.name === 'sms') onSms(a, sax.line);
    else if (root === 'smses' && tag.name === 'mms') mms = { attrs: a, line: sax.line, texts: [], position: ++position };
    else if (mms && tag.name === 'part' && (a.ct ?? '').startsWith('text/plain') && a.text && a.text !== 'null') mms.texts.push(a.text);
  });
  sax.on('closetag', (tag) => {
    if (tag.name !== 'mms' || !mms) return;
    const { attrs, line, texts, position: pos } = mms;
    mms = undefined;
    const box = Number(attrs.msg_box);
    if ((box !== 1 && box !== 2) || texts.length === 0) return;
    // MMS dates are usually seconds; newer app versions write ms like SMS.
    const raw = Number(attrs.date);
    const at = raw < 1e11 ? raw * 1000 : raw;
    const number = (attrs.address ?? '').split('~')[0]!;
    emit(
      { kind: 'sms', at, number, name: nameOf(attrs), direction: box === 2 ? 'outgoing' : 'incoming', body: texts.join('\n') },
      { position: pos, line },
    );
  });
  sax.on('error', fail);

  const check = () => {
    if (failure) {
      const line = failureLine;
      const e = failure;
      failure = undefined;
      if (e.name === 'ImportFileError') throw e;
      throw fileError('import.error.malformed', `line ${line}: ${e.message}`, { line }, { detail: e.message.slice(0, 120) });
    }
  };

  return {
    write(text) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lastLine++;
      const { ready, rest } = fixSurrogateRefs(carry + text);
      carry = rest;
      try {
        sax.write(ready);
      } catch (e) {
        fail(e as Error);
      }
      check();
    },
    end() {
      ending = true;
      try {
        sax.write(fixAll(carry));
        sax.close();
      } catch (e) {
        fail(e as Error);
      }
      check();
      if (!root) throw fileError('import.error.empty', 'the file holds no calls or messages');
    },
  };
}
