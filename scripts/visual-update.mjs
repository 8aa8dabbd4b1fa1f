// `npm run visual:update`: builds the extension and rewrites the visual
// references (tests/e2e/visual/*.png) from the current UI. Look at the
// images before committing them: they become what "correct" looks like.
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args, env = {}) => {
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
if (!process.argv.includes('--no-build')) run(['wxt', 'build']);
run(['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/visual.e2e.ts'], { UPDATE_VISUAL: '1' });
