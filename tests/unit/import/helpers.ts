import { readFileSync } from 'node:fs';
import { createCsvParser } from '@/utils/domain/import/csv';
import type { CsvMapping } from '@/utils/domain/import/csv-mapping';
import { createSbrParser } from '@/utils/domain/import/sbr-xml';
import type { ChunkParser, ImportIssue, ImportedRecord, RecordSink } from '@/utils/domain/import/types';
import { readImportFile } from '@/utils/import/read-file';

export const NOW = Date.UTC(2026, 11, 1, 4, 0);

export function fixture(name: string): Blob {
  return new Blob([readFileSync(new URL(`../../fixtures/imports/${name}`, import.meta.url))]);
}

export function collector(): RecordSink & { records: ImportedRecord[]; issues: ImportIssue[] } {
  const records: ImportedRecord[] = [];
  const issues: ImportIssue[] = [];
  return { records, issues, record: (r) => void records.push(r), issue: (i) => void issues.push(i) };
}

export async function parseSbr(blob: Blob, sliceBytes?: number) {
  const sink = collector();
  const read = await readImportFile(blob, createSbrParser({ sink, now: NOW }), sliceBytes ? { sliceBytes } : {});
  return { ...sink, read };
}

export async function parseCsv(blob: Blob, mapping: CsvMapping, sliceBytes?: number) {
  const sink = collector();
  const read = await readImportFile(blob, createCsvParser({ mapping, header: true, sink, now: NOW }), sliceBytes ? { sliceBytes } : {});
  return { ...sink, read };
}

/** Feeds a whole text to a parser in pieces of `size` characters. */
export function feed(parser: ChunkParser, text: string, size: number): void {
  for (let i = 0; i < text.length; i += size) parser.write(text.slice(i, i + size));
  parser.end();
}
