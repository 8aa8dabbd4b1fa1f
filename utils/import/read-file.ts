import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { MAX_IMPORT_BYTES } from '../model/import-records';
import { decoderLabel, detectEncoding } from '../domain/import/encoding';
import { fileError, type ChunkParser, type TextEncodingName } from '../domain/import/types';

// Reads an import file once, in slices: each slice is hashed (SHA-256 of the
// whole file, for the evidence record), decoded with a streaming TextDecoder
// and handed to the parser. Memory stays at one slice plus what the parser
// keeps, whatever the file's size (bench/measures/import.ts).

export const SLICE_BYTES = 1024 * 1024;

export interface ReadProgress {
  bytes: number;
  total: number;
}

export interface ReadResult {
  sha256: string;
  encoding: TextEncodingName;
  size: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled');
    this.name = 'ImportCancelled';
  }
}

/** The encoding of a file from its first 64 KB. */
export async function sniffEncoding(file: Blob): Promise<{ encoding: TextEncodingName; head: string }> {
  if (file.size > MAX_IMPORT_BYTES)
    throw fileError('import.error.tooLarge', `the file is larger than ${MAX_IMPORT_BYTES / 1024 ** 3} GB`, {}, { maxGb: 1 });
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const { encoding, skip } = detectEncoding(bytes, file.size <= bytes.length);
  const head = new TextDecoder(decoderLabel(encoding)).decode(bytes.subarray(skip));
  return { encoding, head };
}

export async function readImportFile(
  file: Blob,
  parser: ChunkParser,
  opts: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal; sliceBytes?: number } = {},
): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES) throw fileError('import.error.tooLarge', 'the file is too large', {}, { maxGb: 1 });
  if (file.size === 0) throw fileError('import.error.empty', 'the file is empty');
  const step = opts.sliceBytes ?? SLICE_BYTES;
  const hash = sha256.create();
  let decoder: TextDecoder | undefined;
  let encoding: TextEncodingName = 'utf-8';
  let lines = 1;
  for (let offset = 0; offset < file.size; offset += step) {
    if (opts.signal?.aborted) throw new ImportCancelled();
    let bytes = new Uint8Array(await file.slice(offset, offset + step).arrayBuffer());
    hash.update(bytes);
    if (!decoder) {
      const found = detectEncoding(bytes.subarray(0, 64 * 1024), file.size <= step);
      encoding = found.encoding;
      decoder = new TextDecoder(decoderLabel(encoding), { fatal: true });
      bytes = bytes.subarray(found.skip);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: offset + step < file.size });
    } catch {
      // Where it broke: the slice decoded leniently shows the first replacement character.
      const loose = new TextDecoder(decoderLabel(encoding)).decode(bytes);
      const bad = loose.indexOf('\ufffd');
      for (let i = loose.indexOf('\n'); i !== -1 && i < bad; i = loose.indexOf('\n', i + 1)) lines++;
      throw fileError('import.error.encodingAt', `line ${lines}: the text stops being ${encoding}`, { line: lines }, { encoding });
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    parser.write(text);
    opts.onProgress?.({ bytes: Math.min(offset + step, file.size), total: file.size });
  }
  parser.end();
  return { sha256: bytesToHex(hash.digest()), encoding, size: file.size };
}
