import { readPreferencesEarly } from '@/utils/i18n/preferences-read';
import { sendEarly } from '@/utils/rpc/early';

// main.tsx imports this module first, so the first screen's reads start
// before the rest of the popup's code is evaluated (utils/rpc/early.ts): the
// language setting and the background's answer to the first read. Import
// nothing heavy here.
readPreferencesEarly();
sendEarly('contacts.popupFirst', {});
