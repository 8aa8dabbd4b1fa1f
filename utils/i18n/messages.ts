import type { Locale } from './locales';
import { common } from './catalog/common';
import { contacts } from './catalog/contacts';
import { dashboard } from './catalog/dashboard';
import { panel } from './catalog/panel';
import { complaintDrafts } from './catalog/complaint-drafts';
import { complaints } from './catalog/complaints';
import { settings } from './catalog/settings';
import { onboarding } from './catalog/onboarding';
import { evidence } from './catalog/evidence';
import { findings } from './catalog/findings';
import { backup } from './catalog/backup';
import { report } from './catalog/report';
import { agreements } from './catalog/agreements';
import { trueCost } from './catalog/true-cost';
import { inlineHints } from './catalog/inline-hints';
import { everyday } from './catalog/everyday';
import { importMessages } from './catalog/import';
import { facts } from './catalog/facts';
import { jurisdictionAsk } from './catalog/jurisdiction-ask';
import { hardening } from './catalog/hardening';
import { ocr } from './catalog/ocr';
import { reminderTruth } from './catalog/reminder-truth';
import { panelStage } from './catalog/panel-stage';

/**
 * All catalogs, merged. A feature adds catalog/<feature>.ts and one line here.
 * Keys are namespaced by feature ("contact.…", "agreement.…"), so merging
 * cannot silently overwrite; the parity test checks for collisions.
 */
export const catalogs = {
  common,
  contacts,
  dashboard,
  panel,
  settings,
  onboarding,
  complaintDrafts,
  complaints,
  evidence,
  findings,
  backup,
  report,
  agreements,
  trueCost,
  facts,
  importMessages,
  hardening,
  everyday,
  ocr,
  inlineHints,
  jurisdictionAsk,
  reminderTruth,
  panelStage,
};

type Merge<T> = T extends Record<string, Record<Locale, infer M>> ? M : never;
type AllMessages = Merge<{ [K in keyof typeof catalogs]: (typeof catalogs)[K] }>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type MessageKey = keyof UnionToIntersection<AllMessages> & string;

function mergeFor(locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const cat of Object.values(catalogs)) Object.assign(out, (cat as Record<Locale, Record<string, string>>)[locale]);
  return out;
}

export const messages: Record<Locale, Record<string, string>> = {
  'zh-CN': mergeFor('zh-CN'),
  'zh-TW': mergeFor('zh-TW'),
  en: mergeFor('en'),
};
