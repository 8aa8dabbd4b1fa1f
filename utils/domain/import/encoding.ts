import { fileError, type TextEncodingName } from './types';

// Which text encoding a file uses, from its first bytes. Chinese Windows tools
// (Excel "CSV", 爱思助手 …) write GB18030/GBK; phones and most apps write
// UTF-8, Excel's "CSV UTF-8" adds a BOM. Anything else gets a message that
// says what it looks like instead of a page of mojibake.

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes to skip (the BOM). */
  skip: number;
}

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Drops a multi-byte sequence cut by the end of the sample, so that it does not look invalid. */
function trimCut(b: Uint8Array): Uint8Array {
  const end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = b[end - i]!;
    if (byte >= 0xc0) return b.subarray(0, end - i);
    if (byte < 0x80) break;
  }
  return b.subarray(0, end);
}

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** `head`: the first bytes of the file (64 KB is plenty), `complete` when that is the whole file. */
export function detectEncoding(head: Uint8Array, complete: boolean): DetectedEncoding {
  if (head.length === 0) throw fileError('import.error.empty', 'the file is empty');
  if (starts(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', skip: 3 };
  if (starts(head, [0xff, 0xfe]) || starts(head, [0xfe, 0xff])) {
    throw fileError('import.error.utf16', 'the file is UTF-16 text; save it as UTF-8 or GB18030 and try again');
  }
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]))
    throw fileError('import.error.zip', 'this is a ZIP or Excel file, not text; export it as CSV or XML');
  if (head.subarray(0, 4096).includes(0)) throw fileError('import.error.binary', 'this is not a text file');
  if (decodes('utf-8', complete ? head : trimCut(head))) return { encoding: 'utf-8', skip: 0 };
  // GB18030 decodes almost any byte string; a cut double-byte character at the end is trimmed first.
  if (decodes('gb18030', complete ? head : head.subarray(0, head.length - 1))) return { encoding: 'gb18030', skip: 0 };
  throw fileError('import.error.encoding', 'the text is neither UTF-8 nor GB18030');
}

/** The TextDecoder label of an encoding name. */
export const decoderLabel = (e: TextEncodingName) => (e === 'gb18030' ? 'gb18030' : 'utf-8');
