import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The floor: an extension with an empty page and an empty content script,
// loaded into the same browser as Negotiation Guard, so every figure can be
// read as a ratio to what any extension costs at all.

export const FLOOR_HOST = 'floor.bench-site.example';

export interface FloorExtension {
  dir: string;
  id: string;
  /** The page with nothing in it but a marker paragraph (no script: nothing to wait for). */
  pagePath: string;
}

/** Chromium derives an unpacked extension's id from its manifest key: sha256 of the key, a–p for 0–f. */
function idFromKey(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

export function writeFloorExtension(): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), 'ng-bench-floor-'));
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const manifest = {
    manifest_version: 3,
    name: 'NG bench floor',
    version: '1.0.0',
    key: der.toString('base64'),
    content_scripts: [{ matches: [`*://${FLOOR_HOST}/*`], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '');
  writeFileSync(
    join(dir, 'empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p id="ready">floor</p></body></html>',
  );
  return { dir, id: idFromKey(der), pagePath: 'empty.html' };
}
