/** One evidence file as the background sends it (runtime messages carry JSON, so the bytes come as base64). */
export interface AttachFile {
  name: string;
  type: string;
  base64: string;
}
export type AttachOutcome = { ok: true; count: number } | { ok: false; reason: 'no-field' | 'not-accepted' | 'one-only' };

/** Does a file of this name and type fit the input's accept list ("image/*,.pdf")? */
export function accepts(accept: string, name: string, type: string): boolean {
  const list = accept
    .split(',')
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  if (!list.length) return true;
  const n = name.toLowerCase();
  const t = type.toLowerCase();
  return list.some((a) => (a.startsWith('.') ? n.endsWith(a) : a.endsWith('/*') ? t.startsWith(a.slice(0, -1)) : t === a));
}

/**
 * Puts the files into the page's <input type=file> as a user's choice would
 * (DataTransfer, then input and change events), keeping what the input
 * allows: its accept list and whether it takes several files.
 */
export function attachFiles(el: Element | undefined, files: AttachFile[]): AttachOutcome {
  if (!el?.isConnected || el.nodeName !== 'INPUT' || (el as HTMLInputElement).type !== 'file') return { ok: false, reason: 'no-field' };
  const input = el as HTMLInputElement;
  if (input.disabled) return { ok: false, reason: 'no-field' };
  if (files.length > 1 && !input.multiple) return { ok: false, reason: 'one-only' };
  if (files.some((f) => !accepts(input.accept, f.name, f.type))) return { ok: false, reason: 'not-accepted' };
  const dt = new DataTransfer();
  for (const f of files) {
    const bin = atob(f.base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    dt.items.add(new File([bytes], f.name, { type: f.type }));
  }
  input.files = dt.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true, count: input.files?.length ?? 0 };
}
