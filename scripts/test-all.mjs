// `npm test`: type-check, unit tests, a production build, then the end-to-end
// tests in Debian's Chromium. Prints one closing line with the totals of every
// test run, unit and e2e together: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const REPORT_DIR = 'test-results';
mkdirSync(REPORT_DIR, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function countsFrom(file) {
  if (!existsSync(file)) return null;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const failedTests = json.numFailedTests ?? 0;
  // A suite that fails to load has no failed test but is still a failure.
  const failed = failedTests === 0 && json.success === false ? 1 : failedTests;
  return { passed: json.numPassedTests ?? 0, failed };
}

const steps = [];
steps.push(run('type-check', npx, ['tsc', '--noEmit']));

const unitFile = `${REPORT_DIR}/unit.json`;
steps.push(run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitFile}`]));

ensureChromium();
const built = run('build the extension', npx, ['wxt', 'build']);
steps.push(built);

const e2eFile = `${REPORT_DIR}/e2e.json`;
if (built) {
  steps.push(
    run('end-to-end tests (Chromium)', npx, [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${e2eFile}`,
    ]),
  );
}

const unit = countsFrom(unitFile) ?? { passed: 0, failed: 1 };
const e2e = built ? (countsFrom(e2eFile) ?? { passed: 0, failed: 1 }) : { passed: 0, failed: 1 };
const passed = unit.passed + e2e.passed;
// A step that failed without failing a test (type errors, a broken build) still counts as a failure.
const stepFailures = steps.filter((ok) => !ok).length;
const failed = Math.max(unit.failed + e2e.failed, stepFailures);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
