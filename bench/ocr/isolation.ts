import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Which built files the popup, the panel frame and the content script load
// (their script tags and, transitively, their static imports), and whether any
// of them is OCR code or data: tesseract.js, its worker, core or trained data.

const OCR_MARKERS = ['tesseract', 'traineddata', 'TesseractCore'];

function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

function closure(dir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const rel = queue.shift()!.replace(/^\//, '');
    if (seen.has(rel) || !existsSync(join(dir, rel))) continue;
    seen.add(rel);
    const base = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    for (const imp of staticImports(join(dir, rel))) {
      const target = imp.startsWith('/')
        ? imp.slice(1)
        : imp.startsWith('./')
          ? base + imp.slice(2)
          : imp.startsWith('../')
            ? imp.replace(/^\.\.\//, '')
            : imp;
      queue.push(target);
    }
  }
  return [...seen];
}

function scriptsOf(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
}

export function ocrIsolation(dir: string): { loaded: Record<string, string[]>; offenders: string[] } {
  const loaded: Record<string, string[]> = {
    popup: closure(dir, scriptsOf(dir, 'popup.html')),
    'panel-frame': closure(dir, scriptsOf(dir, 'panel-frame.html')),
    'content-script': closure(
      dir,
      readdirSync(join(dir, 'content-scripts'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => `content-scripts/${f}`),
    ),
  };
  const offenders = Object.entries(loaded).flatMap(([who, files]) =>
    files.filter((f) => OCR_MARKERS.some((m) => readFileSync(join(dir, f), 'utf8').includes(m))).map((f) => `${who}: ${f}`),
  );
  return { loaded, offenders };
}
