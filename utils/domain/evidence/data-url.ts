/**
 * Decodes a base64 `data:` URL (what tabs.captureVisibleTab returns) into a
 * Blob. Done by hand rather than with fetch(): our code makes no fetch calls at
 * all, which the linter enforces.
 */
export function dataUrlToBlob(dataUrl: string): Blob {
  const m = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]*={0,2})$/i.exec(dataUrl);
  if (!m) throw new Error('not a base64 data URL');
  const bin = atob(m[2]!);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: m[1]!.toLowerCase() });
}
