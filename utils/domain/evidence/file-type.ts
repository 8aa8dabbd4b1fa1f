// What evidence files we accept: pictures (screenshots, photos of letters),
// recordings, short videos, PDFs and plain text. Anything else cannot be shown
// in the viewer, so it is refused with a message rather than stored blind.
const SUPPORTED =
  /^(image\/(png|jpeg|gif|webp|bmp)|audio\/(mpeg|mp3|mp4|aac|wav|x-wav|ogg|webm|amr|x-m4a|m4a|3gpp)|video\/(mp4|webm|quicktime)|application\/pdf|text\/plain)$/;

export function isSupportedType(mime: string): boolean {
  return SUPPORTED.test(mime.split(';')[0]!.trim().toLowerCase());
}

/** A bare `type/subtype` token: no parameters, spaces, quotes or anything else. */
const PLAIN_MIME = /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/;
/** Types a browser would run script in, or that smuggle markup, whatever else they claim. */
const ACTIVE = /html|svg|xml|javascript|ecmascript/;
export const OPAQUE_MIME = 'application/octet-stream';

/**
 * The stored type made harmless: a plain, non-active token stays (lower-cased),
 * anything else becomes application/octet-stream. A backup can carry any
 * string here, and an SVG or HTML blob shown from an extension page would run
 * with the extension's rights.
 */
export function safeMime(mime: string): string {
  const m = mime.trim().toLowerCase();
  return PLAIN_MIME.test(m) && !ACTIVE.test(m) ? m : OPAQUE_MIME;
}

export type ViewKind = 'image' | 'audio' | 'video' | 'pdf' | 'text' | 'download';

/** How the viewer may show an item: inline only for the supported types, else download only. */
export function viewKind(mime: string): ViewKind {
  const m = safeMime(mime);
  if (m !== mime.trim().toLowerCase() || !SUPPORTED.test(m)) return 'download';
  if (m === 'application/pdf') return 'pdf';
  if (m === 'text/plain') return 'text';
  return m.split('/')[0] as 'image' | 'audio' | 'video';
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The type from the first bytes, for files the browser gave no type (common
 * for recordings copied from a phone). Returns '' when unknown.
 */
export function sniffType(head: Uint8Array): string {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, ascii('GIF8'))) return 'image/gif';
  if (startsWith(head, ascii('%PDF'))) return 'application/pdf';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WAVE'), 8)) return 'audio/wav';
  if (startsWith(head, ascii('ID3')) || startsWith(head, [0xff, 0xfb])) return 'audio/mpeg';
  if (startsWith(head, ascii('#!AMR'))) return 'audio/amr';
  if (startsWith(head, ascii('OggS'))) return 'audio/ogg';
  if (startsWith(head, ascii('ftypM4A'), 4)) return 'audio/mp4';
  if (startsWith(head, ascii('ftyp'), 4)) return 'video/mp4';
  return '';
}

export function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
