import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ContentScriptSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipKB: number;
}

/** Every file the manifest injects into web pages, raw and gzipped (level 9, as stores and CDNs serve). */
export function contentScriptSize(extensionDir: string): ContentScriptSize {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const names = [...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
  const files = names.map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, totalGzipKB: files.reduce((s, f) => s + f.gzipBytes, 0) / 1024 };
}
