// `npm run lint:firefox`: builds the Firefox (MV3) package and runs Mozilla's
// linter on it (web-ext lint, the same checks as addons.mozilla.org).
// Fails on any error, and on any warning that is not a known one raised inside
// a dependency's own code. Each allowed warning is recognised by the code at
// the reported position (not by file name, which changes with every build),
// and must be named and explained in docs/PERMISSIONS.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = '.output/firefox-mv3';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Warnings raised by dependencies' own code, with how to recognise each one in the bundle. */
const DEPENDENCY_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    dependency: 'preact',
    // Preact's diff writes innerHTML only for the `dangerouslySetInnerHTML` prop,
    // which our code never uses (ESLint forbids it).
    recognise: (around) => /\.innerHTML\s*=\s*[\w$]+\.__html/.test(around) && around.includes('dangerouslySetInnerHTML'),
  },
  {
    code: 'DANGEROUS_EVAL',
    dependency: 'regenerator-runtime',
    // tesseract.js bundles regenerator-runtime, whose last-resort fallback for a
    // missing globalThis is Function("r", "regeneratorRuntime = r"); every
    // browser we support has globalThis, so the branch never runs.
    recognise: (around) => around.includes('Function("r","regeneratorRuntime = r")') && around.includes('typeof globalThis'),
  },
  {
    code: 'DANGEROUS_EVAL',
    dependency: 'webpack runtime',
    // tesseract.js's worker is a webpack bundle; webpack's global-object helper
    // returns globalThis first and tries new Function("return this") only where
    // globalThis is missing, inside a try.
    recognise: (around) =>
      around.includes('if("object"==typeof globalThis)return globalThis;try{return this||new Function("return this")()'),
  },
];

function sh(args, opts = {}) {
  return spawnSync(npx, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
}

if (!process.argv.includes('--no-build')) {
  console.log('▶ wxt build -b firefox --mv3');
  const b = sh(['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('Firefox build failed');
    process.exit(1);
  }
}

console.log('▶ web-ext lint');
const r = sh(['web-ext', 'lint', '--source-dir', OUT, '--output=json', '--no-input']);
let report;
try {
  report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint gave no JSON report:\n' + r.stdout + r.stderr);
  process.exit(1);
}

const permissionsDoc = readFileSync('docs/PERMISSIONS.md', 'utf8');

/** The bundle text around the position the linter reported (bundles are one long line). */
function codeAround(w) {
  const lines = readFileSync(join(OUT, w.file), 'utf8').split('\n');
  const line = lines[(w.line ?? 1) - 1] ?? '';
  const col = w.column ?? 0;
  return line.slice(Math.max(0, col - 600), col + 80);
}

const unexplained = [];
for (const w of report.warnings) {
  const known = DEPENDENCY_WARNINGS.find((k) => k.code === w.code && w.file && k.recognise(codeAround(w)));
  const documented = known && permissionsDoc.includes(w.code) && permissionsDoc.toLowerCase().includes(known.dependency);
  const where = `${w.file ?? '?'}:${w.line ?? '?'}:${w.column ?? '?'}`;
  if (known && documented) console.log(`  allowed warning ${w.code} at ${where}: inside ${known.dependency} (see docs/PERMISSIONS.md)`);
  else unexplained.push(`${w.code} at ${where}: ${w.message}`);
}
for (const n of report.notices) console.log(`  notice ${n.code}: ${n.message}`);
for (const e of report.errors) console.error(`  ERROR ${e.code} at ${e.file ?? '?'}:${e.line ?? '?'}: ${e.message}`);
for (const u of unexplained) console.error(`  WARNING not allowed: ${u}`);

const s = report.summary;
console.log(
  `web-ext lint: ${s.errors} errors, ${s.warnings} warnings (${s.warnings - unexplained.length} inside dependencies), ${s.notices} notices`,
);
process.exit(report.errors.length > 0 || unexplained.length > 0 ? 1 : 0);
