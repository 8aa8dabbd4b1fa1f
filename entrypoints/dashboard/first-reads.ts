import { readPreferencesEarly } from '@/utils/i18n/preferences-read';
import { sendEarly } from '@/utils/rpc/early';
import { parseRoute } from './route';

// main.tsx imports this module first, so these reads start before the rest of
// the page's code is evaluated (utils/rpc/early.ts): the language setting and,
// for the findings view, the background's answer its first screen races
// against the page's own read (sections.ts). Import nothing heavy here.
readPreferencesEarly();
if (parseRoute(location.hash).section === 'findings') sendEarly('findings.snapshot', {});
