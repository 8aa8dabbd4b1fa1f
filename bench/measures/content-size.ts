import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipKB: number;
}

/**
 * Every file injected into web pages, raw and gzipped (level 9, as stores and
 * CDNs serve): the manifest's content scripts and every script in
 * content-scripts/, which the background injects at run time (the panel's
 * script is not in the manifest, so that the page's load never waits for it).
 */
export function contentScriptSize(extensionDir: string): ContentScriptSize {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const dir = join(extensionDir, 'content-scripts');
  const runtime = existsSync(dir) ? readdirSync(dir).map((f) => `content-scripts/${f}`) : [];
  const names = [...new Set([...declared, ...runtime])];
  if (names.length === 0) throw new Error('no content script found: the size budget cannot be checked');
  const files = names.map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, totalGzipKB: files.reduce((s, f) => s + f.gzipBytes, 0) / 1024 };
}

/**
 * The form UI (anchors, inline menus, docked panel, insert): not a content
 * script of every page, but injected by the background once the detector has
 * recognised a form (or the user asked). Reported beside the budgeted figure.
 */
export function formUiSize(extensionDir: string): { bytes: number; gzipBytes: number } | undefined {
  const file = join(extensionDir, 'complaint-form-ui.js');
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}
