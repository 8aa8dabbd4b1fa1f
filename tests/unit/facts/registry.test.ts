import { describe, expect, it } from 'vitest';
import { FACTS, fact } from '@/utils/data/facts';
import { JURISDICTIONS } from '@/utils/model/records';
import { RULES } from '@/utils/domain/findings/rules';
import { findAll } from '@/utils/domain/findings/find-all';
import { channels } from '@/utils/sites';
import { offlineChannels } from '@/utils/sites/offline';
import { messages } from '@/utils/i18n/messages';
import { LOCALES } from '@/utils/i18n/locales';
import { factsUnits } from '@/utils/domain/complaints/drafts/facts';
import { makeCtx } from '@/utils/domain/complaints/drafts/context';
import { CONTACT_FLAGS } from '@/utils/model/records';
import { agreement, bj, contact, installment, lender } from '../domain/findings/build';

// The meta-test of issue 14 §5: every fact complete; no unconfirmed fact behind
// a finding or in a draft; no article number or hotline in a user-visible
// string that the registry does not hold at a confirmed level.

const DATE = /^\d{4}-\d\d-\d\d$/;
const PUBLISHED = /^(\d{4}(-\d\d(-\d\d)?)?|unknown)$/;
const confirmed = FACTS.filter((f) => f.confidence !== 'unconfirmed');
const cites = confirmed.flatMap((f) => f.cites ?? []);

/** Article numbers as written in Chinese (第七十条, 第13條第2項, 第302、304條) and English (Art. 70, Article 1033, s.24). */
export function articleNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/第([0-9一二三四五六七八九十百千零〇、]+)([条條])(之[一二三四五六七八九十\d]+)?/g)) {
    for (const n of m[1]!.split('、')) out.push(`第${n}${m[2]}${m[3] ?? ''}`);
  }
  for (const m of text.matchAll(/\b(?:Article|Art\.)\s?(\d+(?:-\d+)?)/g)) out.push(`Art. ${m[1]}`);
  for (const m of text.matchAll(/\bs\.\s?(\d+)/g)) out.push(`s.${m[1]}`);
  return out;
}

/** Phone numbers: short service numbers (110, 12378, 95188 …) and dialled numbers. Years and amounts are not phones. */
export function phoneNumbers(text: string): string[] {
  const t = text.replace(/\{\w+\}/g, ' ').replace(/\d{4}-\d\d(-\d\d)?/g, ' ');
  const out: string[] = [];
  for (const m of t.matchAll(
    /\(852\) \d{4} \d{4}|(?<![\d-])\d{3,4}-\d{3,}(?:-\d+)?|(?<![\d.,$¥%:/A-Za-z-])(?:1\d{2,4}|9\d{2,4})(?![\d.,%年月:/-])/g,
  )) {
    const n = m[0]!;
    // Four-digit years in running text ("May 1996", "1996年") are dates, not hotlines.
    if (/^(19|20)\d\d$/.test(n) && !cites.includes(n)) continue;
    out.push(n);
  }
  return out;
}

const known = (token: string) =>
  cites.some((c) => c === token || c.includes(token) || (token.startsWith('Art. ') && c.replace('Article ', 'Art. ').startsWith(token)));

describe('the facts registry', () => {
  it('gives every fact an id, jurisdiction, confidence, what it says, a source, a published and a checked date', () => {
    expect(new Set(FACTS.map((f) => f.id)).size).toBe(FACTS.length);
    for (const f of FACTS) {
      expect(JURISDICTIONS, f.id).toContain(f.jurisdiction);
      expect(['text', 'reported', 'unconfirmed'], f.id).toContain(f.confidence);
      expect(
        f.what.every((w) => w.trim().length > 0),
        f.id,
      ).toBe(true);
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const s of f.sources) {
        expect(s.publisher.trim(), f.id).not.toBe('');
        expect(s.title.trim(), f.id).not.toBe('');
        if (s.url === null) expect(s.note, f.id).toBeTruthy();
        else expect(s.url, f.id).toMatch(/^https:\/\//);
      }
      expect(f.published, f.id).toMatch(PUBLISHED);
      expect(f.checked, f.id).toMatch(DATE);
      expect(f.checked >= '2026-11-22', f.id).toBe(true);
      // A check date is never passed off as a publication date.
      if (f.published !== 'unknown' && f.published.length === 10) expect(f.published <= f.checked, f.id).toBe(true);
    }
  });

  it('fails a fact with a missing field (the check above is not vacuous)', () => {
    const broken = { ...fact('cn.cba.night'), published: '' };
    expect(broken.published).not.toMatch(PUBLISHED);
  });

  it('bases every finding rule on confirmed facts of its own jurisdiction, with the fact’s confidence and dates', () => {
    for (const r of RULES) {
      for (const b of r.basis) {
        expect(b.factId, r.id).toBeTruthy();
        const f = fact(b.factId!);
        expect(f.confidence, `${r.id} ${f.id}`).not.toBe('unconfirmed');
        expect(b.confidence).toBe(f.confidence);
        expect(b.verifiedOn).toBe(f.checked);
        expect(b.published).toBe(f.published);
        expect(b.jurisdiction).toBe(f.jurisdiction);
        if (r.jurisdiction !== 'any') expect(f.jurisdiction, r.id).toBe(r.jurisdiction);
      }
    }
    for (const c of channels) for (const d of c.deadlines) expect(fact(d.factId).confidence, `${c.id} ${d.id}`).toBe(d.confidence);
    for (const c of channels) expect(c.factIds.length, `${c.id} names no fact`).toBeGreaterThan(0);
    for (const c of channels) for (const id of c.factIds) expect(fact(id).jurisdiction, `${c.id} ${id}`).toBe(c.jurisdiction);
    for (const c of offlineChannels) expect(fact(c.factId).jurisdiction, c.id).toBe(c.jurisdiction);
  });

  it('rests every prerequisite and hotline the panel shows on a confirmed fact of the channel’s jurisdiction', () => {
    for (const c of channels) {
      for (const p of c.prerequisites) {
        expect(p.factIds.length, `${c.id} ${p.id}`).toBeGreaterThan(0);
        for (const id of p.factIds) {
          expect(fact(id).jurisdiction, `${c.id} ${p.id} ${id}`).toBe(c.jurisdiction);
          expect(fact(id).confidence, `${c.id} ${p.id} ${id}`).not.toBe('unconfirmed');
        }
      }
      for (const h of c.hotlines) {
        const f = fact(h.factId);
        expect(f.jurisdiction, `${c.id} ${h.number}`).toBe(c.jurisdiction);
        expect(f.confidence, `${c.id} ${h.number}`).toBe(h.confidence);
        expect(f.cites ?? [], `${c.id} ${h.number}`).toContain(h.number);
      }
    }
  });

  it('keeps unconfirmed facts out of every finding and every draft, in all three languages', () => {
    const a = agreement({ signed: true });
    const contacts = [
      contact({ lenderId: 'L1', at: bj('2026-03-05', '23:30:00'), flags: [...CONTACT_FLAGS], thirdParties: '母亲' }),
      ...Array.from({ length: 8 }, (_, i) =>
        contact({ lenderId: 'L1', channel: 'missed-call', connected: false, at: bj('2026-03-06', `1${i}:00:00`) }),
      ),
    ];
    for (const kind of ['bank-card', 'unlicensed', 'consumer-finance'] as const) {
      for (const jurisdiction of JURISDICTIONS) {
        const findings = findAll({
          contacts,
          agreements: [a],
          installments: [installment(1, '2026-04-15', false)],
          lenders: [lender({ kind })],
          jurisdiction,
        });
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) for (const b of f.basis) if (b.factId) expect(fact(b.factId).confidence).not.toBe('unconfirmed');
        for (const locale of LOCALES) {
          const records = {
            lender: lender({ kind }),
            agreement: a,
            contacts,
            evidence: [],
            findings,
            priorComplaints: [],
            profile: { name: '', phone: '', address: '', idLast4: '' } as never,
            demands: [],
          };
          const text = factsUnits(makeCtx(records, { locale, tzOffsetMin: 480, jurisdiction }), records)
            .map((u) => u.variants[0])
            .join('\n');
          for (const n of articleNumbers(text)) expect(known(n), `${jurisdiction} ${locale}: ${n}`).toBe(true);
          for (const n of phoneNumbers(text)) expect(known(n), `${jurisdiction} ${locale}: ${n}`).toBe(true);
          // The unconfirmed facts' own tell-tales.
          expect(text).not.toMatch(/7个自然日|第四十二条|第五十一条|第六十九条|15个工作日|15 working days/);
        }
      }
    }
  });

  it('lets no catalog, rule or channel string carry an article number or hotline the registry does not hold', () => {
    const strings: [string, string][] = [];
    for (const l of LOCALES) for (const [k, v] of Object.entries(messages[l])) strings.push([`${l} ${k}`, v]);
    const walk = (where: string, v: unknown) => {
      if (typeof v === 'string') strings.push([where, v]);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
          if (!['testUrls', 'matches', 'fixture', 'keywords', 'formKeywords'].includes(k)) walk(`${where}.${k}`, x);
    };
    for (const r of RULES) walk(r.id, r);
    for (const c of channels) walk(c.id, { ...c, detect: undefined });
    for (const c of offlineChannels) walk(c.id, c);
    const unknown: string[] = [];
    for (const [where, s] of strings)
      for (const n of [...articleNumbers(s), ...phoneNumbers(s)]) if (!known(n)) unknown.push(`${where}: ${n}`);
    expect(unknown).toEqual([]);
  });

  it('would catch an invented hotline or article number', () => {
    expect(phoneNumbers('请拨打 400-000-0000 或 12399').filter((n) => !known(n))).toEqual(['400-000-0000', '12399']);
    expect(articleNumbers('《某办法》第九十九条').filter((n) => !known(n))).toEqual(['第九十九条']);
    expect(phoneNumbers('May 1996, 2026-01-01, ¥1,000,000')).toEqual([]);
  });
});

describe('the facts’ own words', () => {
  it('are written in each language’s script', async () => {
    const { foreignScript } = await import('@/utils/i18n/script-check');
    for (const f of FACTS) {
      LOCALES.forEach((l, i) => expect(foreignScript(l, f.what[i]!), `${f.id} ${l}: ${f.what[i]}`).toBe(''));
    }
  });
});
