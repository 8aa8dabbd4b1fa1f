import { describe, expect, it } from 'vitest';
import { messages } from '@/utils/i18n/messages';
import { LOCALES } from '@/utils/i18n/locales';
import {
  AGREEMENT_STATUSES,
  COMPLAINT_STATUSES,
  CONTACT_CHANNELS,
  CONTACT_FLAGS,
  CONTACT_PARTIES,
  CREDIT_REPORT_PROMISES,
  EVIDENCE_OWNERS,
  KIT_DOCUMENTS,
  LENDER_KINDS,
  NEGOTIATION_CHANNELS,
  CARD_PLAN_ITEMS,
  DEMANDS,
  JURISDICTIONS,
} from '@/utils/model/records';
import { DRAFT_SECTIONS } from '@/utils/sites/types';
import { BACKUP_TABLES } from '@/utils/domain/backup/tables';
import { SCREEN_KINDS } from '@/utils/domain/ocr/propose';
import { FREQUENCIES } from '@/utils/domain/plan/schedule';
import { TALKING_POINTS } from '@/utils/domain/plan/talking-points';
import { CSV_FIELDS } from '@/utils/domain/import/csv-mapping';
import { CHARGE_KINDS } from '@/utils/domain/true-cost/breakdown';
import { LADDER } from '@/utils/domain/complaints/escalation';
import { CURRENCIES } from '@/utils/i18n/preferences';

// Labels are built from enum values (t(`contact.channel.${c}`), checked by the
// compiler against the message keys, no casts). This says the same at run
// time, for every value and every language: a new enum value needs its label.
const ENUM_LABELS: Array<[string, readonly string[]]> = [
  ['contact.channel', CONTACT_CHANNELS],
  ['contact.flag', CONTACT_FLAGS],
  ['contact.party', CONTACT_PARTIES],
  ['agreement.status', AGREEMENT_STATUSES],
  ['agreement.via', NEGOTIATION_CHANNELS],
  ['agreement.credit', CREDIT_REPORT_PROMISES],
  ['report.credit', CREDIT_REPORT_PROMISES],
  ['agreement.card', CARD_PLAN_ITEMS],
  ['kit.doc', KIT_DOCUMENTS],
  ['lender.kind', LENDER_KINDS],
  ['complaint.status', COMPLAINT_STATUSES],
  ['evidence.owner', EVIDENCE_OWNERS],
  ['panel.section', DRAFT_SECTIONS],
  ['backup.table', BACKUP_TABLES],
  ['panel.demand', DEMANDS],
  ['finding.severity', ['high', 'medium', 'low']],
  ['everyday.flagShort', CONTACT_FLAGS],
  ['ocr.kind', SCREEN_KINDS],
  ['jurisdiction', JURISDICTIONS],
  ['import.region', JURISDICTIONS],
  ['plan.freq', FREQUENCIES],
  ['call.point', TALKING_POINTS],
  ['import.csv.field', CSV_FIELDS],
  ['cost.charge', CHARGE_KINDS],
  ['settings.currency', CURRENCIES],
  ['complaint.step', LADDER],
];

describe('every enum value has its label in every language', () => {
  it.each(ENUM_LABELS)('%s.*', (prefix, values) => {
    for (const locale of LOCALES) {
      const catalog = messages[locale] as Record<string, string | undefined>;
      for (const v of values) expect(catalog[`${prefix}.${v}`], `${locale} ${prefix}.${v}`).toMatch(/\S/);
    }
  });
});
