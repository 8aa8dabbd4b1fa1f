import Papa from 'papaparse';
import { mappingProblem, parseType, type CsvMapping } from './csv-mapping';
import { parseDate, parseDuration } from './dates';
import { dateIssue, fileError, type ChunkParser, type ImportIssue, type RecordSink } from './types';

// CSV call logs and message exports, parsed by papaparse as a stream: text is
// pushed in chunks through a minimal readable (papaparse's own stream
// streamer), so quoted fields with line breaks across chunks stay whole.

type Listener = (x?: unknown) => void;
/** The few members papaparse's ReadableStreamStreamer uses. */
function pushStream() {
  const on = new Map<string, Listener>();
  return {
    readable: true as const,
    read() {},
    pause() {},
    resume() {},
    on(name: string, fn: Listener) {
      on.set(name, fn);
    },
    removeListener(name: string) {
      on.delete(name);
    },
    emit(name: string, x?: unknown) {
      on.get(name)?.(x);
    },
  };
}

export interface CsvOptions {
  mapping: CsvMapping;
  /** The first row is a header (skipped). */
  header: boolean;
  sink: RecordSink;
  now: number;
}

const issueAt = (row: number, messageKey: string, message: string, params: Record<string, string | number> = {}): ImportIssue => ({
  messageKey,
  message: `row ${row}: ${message}`,
  position: row,
  line: row,
  params: { record: row, ...params },
});

export function createCsvParser({ mapping, header, sink, now }: CsvOptions): ChunkParser {
  const stream = pushStream();
  let row = 0;
  let columns = -1;
  let failure: Error | undefined;
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');

  const onRow = (r: string[]) => {
    row++;
    if (header && row === 1) {
      columns = r.length;
      const problem = mappingProblem(mapping, columns);
      if (problem) throw fileError(problem, 'the column mapping does not fit this file');
      return;
    }
    if (r.length === 1 && r[0]!.trim() === '') return;
    const dateText = mapping.time >= 0 ? `${cell(r, mapping.at)} ${cell(r, mapping.time)}` : cell(r, mapping.at);
    const at = parseDate(dateText, now);
    if (Number.isNaN(at))
      return sink.issue(
        issueAt(row, 'import.issue.badDate', `the date "${dateText.slice(0, 40)}" cannot be read`, { value: dateText.slice(0, 40) }),
      );
    const bad = dateIssue(at, now, { position: row, line: row });
    if (bad) return sink.issue(bad);
    const body = cell(r, mapping.body);
    const typeCell = cell(r, mapping.type);
    const duration = parseDuration(cell(r, mapping.duration));
    let type = mapping.type >= 0 ? parseType(typeCell) : undefined;
    if (mapping.type >= 0 && !type)
      return sink.issue(issueAt(row, 'import.issue.csvType', `unknown type "${typeCell.slice(0, 30)}"`, { value: typeCell.slice(0, 30) }));
    // No type column: a row with a text is a message; a call with no duration did not connect.
    type ??= body ? { kind: 'sms', direction: 'incoming' } : { kind: 'call', direction: 'incoming', callType: duration > 0 ? 1 : 3 };
    if (type.kind === 'call' && body && mapping.type < 0) type = { kind: 'sms', direction: 'incoming' };
    const base = { at, number: cell(r, mapping.number), name: cell(r, mapping.name), direction: type.direction, position: row, line: row };
    if (type.kind === 'sms' || (body && type.callType === undefined)) sink.record({ ...base, kind: 'sms', body });
    else sink.record({ ...base, kind: 'call', callType: type.callType ?? 1, duration: Number.isNaN(duration) ? 0 : duration });
  };

  Papa.parse(stream as unknown as File, {
    skipEmptyLines: 'greedy',
    step: (results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
      if (failure) return;
      try {
        onRow(results.data);
      } catch (e) {
        failure = e as Error;
        parser.abort();
      }
    },
    error: (e: Error) => {
      failure ??= e;
    },
  });

  const check = () => {
    if (failure) throw failure.name === 'ImportFileError' ? failure : fileError('import.error.malformed', failure.message, { line: row });
  };
  return {
    write(text) {
      stream.emit('data', text);
      check();
    },
    end() {
      stream.emit('end');
      check();
      if (row <= (header ? 1 : 0)) throw fileError('import.error.empty', 'the file holds no rows');
    },
  };
}

/** The first rows of a CSV sample, for the mapping step's preview (no streaming needed: 64 KB at most). */
export function sampleRows(text: string, rows = 21): string[][] {
  const parsed = Papa.parse<string[]>(text, { preview: rows, skipEmptyLines: 'greedy' });
  return parsed.data;
}
