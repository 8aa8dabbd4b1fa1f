import { describe, expect, it } from 'vitest';
import { draftForField, type DraftOptions } from '@/utils/domain/complaints/drafts';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import type { DraftSection } from '@/utils/sites/types';
import { records, SAID, SCENARIOS, type Scenario } from './realistic';
import { dayView, daySentence } from '@/utils/domain/contacts/day-view';
import { translate } from '@/utils/i18n/translate';
import { isNightHour, wallClock } from '@/utils/domain/time/wall-clock';

// The properties issue 13 asks of every draft, asserted on the text itself:
// every language × record × section × limit.

const LIMITS = [200, 300, 500, 1500, 3000];
const SECTIONS: DraftSection[] = ['facts', 'demands', 'evidence', 'respondent', 'identity', 'amount'];
const opts = (locale: Locale, o: Partial<DraftOptions> = {}): DraftOptions => ({ locale, tzOffsetMin: 480, channelId: 'nfra', ...o });
const field = (section: DraftSection, maxLength: number, multiline = true) => ({ key: 'k', section, multiline, maxLength });

/** The complainant's own words: the text with the collector's quoted words taken out. */
export const outsideQuotes = (t: string) => t.replace(/“[^”]*”|「[^」]*」/g, '');
const inner = (s: string) => s.trim().replace(/[。.!?？！]+$/u, '');

const ADVICE = [
  '常见原因',
  '常見原因',
  '下一步',
  '请核对',
  '請核對',
  '建议你',
  '建議你',
  '如不处理',
  '如不處理',
  '严重程度',
  '嚴重程度',
  '当地时间',
  '當地時間',
  'findings',
  'severity',
  'Likely causes',
  'Next step',
  'check the',
  'you should',
  '协商卫士',
  '協商衛士',
  'Negotiation Guard',
  '从略',
  '從略',
  'omitted',
];
const OUTCOME = ['足以', '必将', '必將', '一定会', '一定會', '胜诉', '勝訴', 'sufficient', 'guarantee', 'will succeed'];
const UNCONFIRMED_OR_SUPERSEDED = ['自律公约', '自律公約', 'NIFA self-regulatory', '第四十二条', '第四十二條', 'Article 42', '2012'];

function checkText(locale: Locale, section: DraftSection, text: string, max: number, full: string) {
  expect(text.length).toBeLessThanOrEqual(max);
  const own = outsideQuotes(text);
  if (locale !== 'en') {
    // First person to a third party: never "你"/"您" in the complainant's own words, never "我的我".
    expect(own).not.toMatch(/[你您]/u);
    expect(text).not.toMatch(/我的我/u);
  } else {
    expect(own).not.toMatch(/\byou(r)?\b/i);
    expect(text).not.toMatch(/\bmy my\b/i);
  }
  for (const w of [...ADVICE, ...OUTCOME, ...UNCONFIRMED_OR_SUPERSEDED]) expect(text, w).not.toContain(w);
  // Uses the room when there is material for it, in every section and at every limit.
  if (full.length > max) expect(text.length, `${text.length}/${max}`).toBeGreaterThanOrEqual(Math.ceil(max * 0.85));
  if (section === 'facts' || section === 'demands' || section === 'evidence') {
    for (const line of text.split('\n')) expect(line, line).toMatch(/([。！？.!?：:]|[）)])$/u);
  }
  // The collector's words appear only inside quotation marks.
  for (const said of Object.values(SAID)) {
    const w = inner(said[locale]);
    if (text.includes(w)) expect(text.includes(`“${w}”`) || text.includes(`「${w}」`), w).toBe(true);
  }
}

describe.each(LOCALES)('%s drafts', (locale) => {
  for (const scenario of SCENARIOS) {
    it.each(SECTIONS)(`${scenario}: %s at every limit keeps the properties`, (section) => {
      const r = records(locale, scenario);
      for (const max of LIMITS) {
        const d = draftForField(field(section, max), r, opts(locale));
        if (d.empty) continue;
        expect(d.fits, `${section} ${max}`).toBe(true);
        checkText(locale, section, d.text, max, d.full);
      }
    });
  }

  it.each(['story', 'many', 'none-after'] as Scenario[])('%s: the agreement is in the facts at every limit', (scenario) => {
    const date = locale === 'en' ? '28 October 2026' : '2026年10月28日';
    for (const max of LIMITS) {
      const text = draftForField(field('facts', max), records(locale, scenario), opts(locale)).text;
      expect(text, `${max}`).toContain(date);
      expect(text).toMatch(/该公司|該公司|the lender/u);
    }
  });

  // The gravest contacts' words at every limit, per language: gravest.test.ts.

  it('many: repetitive contacts become counts per day with the time range and the night ones', () => {
    // Routine days are never listed call by call (at 1,500 the rules and the grave contacts take the room).
    const text = draftForField(field('facts', 3000), records(locale, 'many'), opts(locale)).text;
    const day = {
      'zh-CN': /11月\d+日(共|至11月\d+日，每天)联系我12次/u,
      'zh-TW': /11月\d+日(共|至11月\d+日，每天)聯絡我12次/u,
      en: /(On|From) \d+ November (to \d+ November )?I was contacted 12 times/,
    }[locale];
    expect(text).toMatch(day);
    expect(text).toMatch(/08:10(—| and )23:40/u);
    expect(text).toMatch(/22:10(—|–)23:40/u);
    expect(text).toMatch(/200次|200 times/u);
  });

  it('many: the overview says how many of the 200 contacts came at night (Chinese from 1,500 characters)', () => {
    const r = records(locale, 'many');
    const night = r.contacts.filter((c) => isNightHour(wallClock(c).hour)).length;
    expect(night).toBeGreaterThan(10);
    const text = draftForField(field('facts', 1500), r, opts(locale)).text;
    expect(text).toContain({ 'zh-CN': `其中${night}次在夜间`, 'zh-TW': `其中${night}次在夜間`, en: `${night} of them at night` }[locale]);
  });

  it("many: a day of wordless calls (an imported call log) reads as the import's day sentence, with its night calls", () => {
    const r = records(locale, 'many');
    const text = draftForField(field('facts', 3000), r, opts(locale)).text;
    // 4 November has only routine calls (and one text): the sentence the day view shows for it, measured, not typed in,
    // with the draft's date ("4 November", not the day view's "4/11") and the night calls' range after the count.
    const routine = r.contacts.filter((c) => !c.flags.length && !c.thirdParties);
    const date = locale === 'en' ? '4 November' : '11月4日';
    const sentence = daySentence(dayView(routine, '2026-11-04'), (k, p) =>
      k === 'import.day.date' ? date : translate(locale, k, p),
    ).replace('from 1 number', 'from one number');
    expect(text).toContain(`${sentence}${locale === 'en' ? ' (22:10–23:40).' : '（22:10—23:40）。'}`);
    // Said once: the count after 22:00 is not repeated as a sentence of its own.
    expect(text).not.toMatch(/夜间来电|夜間來電|At night:/u);
  });

  it('story: says once that the agency collects for the lender, and keeps the night call from 1,500 characters on', () => {
    const r = records(locale, 'story');
    const agencyFor = {
      'zh-CN': '某某信息咨询有限公司是该公司委托的催收方。',
      'zh-TW': '某某信息咨询有限公司是該公司委託的催收方。',
      en: '某某信息咨询有限公司 collected on behalf of the lender.',
    }[locale];
    // English needs about twice the characters: there the sentence comes in from 3,000.
    for (const max of locale === 'en' ? [3000] : [1500, 3000]) {
      const text = draftForField(field('facts', max), r, opts(locale)).text;
      expect(text.split(agencyFor).length - 1, `${max}`).toBe(1);
    }
    for (const max of [1500, 3000]) expect(draftForField(field('facts', max), r, opts(locale)).text, `${max}`).toMatch(/22:40/u);
    expect(draftForField(field('facts', 3000), r, opts(locale)).text).toContain(inner(SAID.night[locale]));
  });

  it("says each hedge once: a qualifier the document's name carries is not repeated after what it says, nor with a later mention", () => {
    for (const scenario of ['story', 'many'] as Scenario[]) {
      for (const max of LIMITS) {
        const text = draftForField(field('facts', max), records(locale, scenario), opts(locale)).text;
        for (const hedge of [
          '约束会员机构',
          '約束會員機構',
          'binding on members',
          '(members)',
          '推荐性标准）',
          '推薦性標準）',
          '(recommended standard)',
        ]) {
          expect(text.split(hedge).length - 1, `${scenario} ${max} ${hedge}`).toBeLessThanOrEqual(1);
        }
        // "As reported" is said with a document's first mention, and only there.
        for (const doc of [
          '金融机构个人消费类贷款催收工作指引',
          '金融機構個人消費類貸款催收工作指引',
          'collection guideline for personal consumer loans',
        ]) {
          const mentions = text.split(doc).length - 1;
          if (mentions > 0) expect(text, `${scenario} ${max}`).toMatch(new RegExp(`${doc}[^。.]*(据|據|as reported)`, 'u'));
        }
      }
    }
  });

  it('cites documents with what they say, article numbers only at text confidence, and the evidence with SHA-256', () => {
    const text = draftForField(field('facts', 3000), records(locale, 'story'), opts(locale)).text;
    expect(text).toMatch(/GB\/T 45251—2025/u);
    expect(text).toMatch(/民法典》第一千零三十三|Civil Code, Article 1033/u);
    expect(text).toMatch(/22:00/u);
    expect(text).toContain('c'.repeat(64));
    expect(text).toContain('a'.repeat(64));
  });
});

describe('reader, channel and jurisdiction', () => {
  it('addresses the lender on its own page and speaks of it in the third person elsewhere', () => {
    const own = draftForField(
      field('facts', 1500),
      records('zh-CN', 'story'),
      opts('zh-CN', { reader: 'lender', channelId: 'user-site' }),
    ).text;
    expect(own).toContain('贵公司');
    expect(own).not.toContain('该公司');
    // On the lender's own page there is no "I already complained to you" sentence.
    expect(own).not.toContain('KF-20261104-01');
  });

  it('12315 has a demand field of its own: the facts carry no demands', () => {
    const r = records('zh-CN', 'story');
    expect(draftForField(field('facts', 3000), r, opts('zh-CN', { channelId: 'samr12315' })).text).not.toContain('我的诉求');
    expect(draftForField(field('facts', 3000), r, opts('zh-CN', { formSections: ['facts', 'demands'] })).text).not.toContain('我的诉求');
    expect(draftForField(field('facts', 3000), r, opts('zh-CN')).text).toContain('我的诉求');
  });

  it('FOI: the complaint to the institution comes first, at every limit', () => {
    for (const max of LIMITS) {
      expect(
        draftForField(field('facts', max), records('zh-TW', 'story'), opts('zh-TW', { channelId: 'twfoi', jurisdiction: 'TW' })).text,
      ).toContain('KF-20261104-01');
    }
  });

  it('never cites a mainland rule to a Hong Kong or Taiwan user', () => {
    for (const jurisdiction of ['HK', 'TW'] as const) {
      const text = draftForField(field('facts', 3000), records('zh-TW', 'story'), opts('zh-TW', { jurisdiction, channelId: 'hkma' })).text;
      expect(text).not.toMatch(/GB\/T|民法典|個人信息保護法|銀行業協會/u);
      // The lender's own written promise is the user's record, valid anywhere.
      expect(text).toContain('承諾停止催收，此後仍繼續催收');
    }
  });

  it("puts only the institution's name into a one-line institution field", () => {
    const r = records('zh-CN', 'story');
    expect(draftForField(field('respondent', 100, false), r, opts('zh-CN')).text).toBe('示例消费金融');
    expect(draftForField(field('respondent', 300, true), r, opts('zh-CN')).text).toContain('账户尾号：1234');
  });
});

describe('channel structure', () => {
  it('HKMA: the chronology gives date and time, place or means, and the people, line by line', () => {
    for (const locale of ['zh-TW', 'en'] as const) {
      const text = draftForField(
        field('facts', 3000),
        records(locale, 'story'),
        opts(locale, { channelId: 'hkma', jurisdiction: 'HK' }),
      ).text;
      const line = locale === 'en' ? /^3 November, 09:15 \| by phone \| .+: called me\./mu : /^11月3日 09:15｜電話｜.+：打電話給我。/mu;
      expect(text).toMatch(line);
      expect(text).toContain('KF-20261104-01');
      checkText(locale, 'facts', text, 3000, text);
      // Shortened, every contact still has its chronology line.
      for (const max of [500, 1500]) {
        const short = draftForField(
          field('facts', max),
          records(locale, 'story'),
          opts(locale, { channelId: 'hkma', jurisdiction: 'HK' }),
        ).text;
        const quoted = short.split('\n').filter((l) => Object.values(SAID).some((said) => l.includes(inner(said[locale]))));
        expect(quoted.length, `${max}`).toBeGreaterThan(0);
        for (const l of quoted) expect(l, `${max}`).toMatch(locale === 'en' ? /^\d+ \w+, \d\d:\d\d \| / : /^\d+月\d+日 \d\d:\d\d｜/u);
      }
    }
  });
});

describe('draft options from the page', () => {
  it("take the channel's jurisdiction and reader, and the form's other fields", async () => {
    const { draftOptions } = await import('@/utils/domain/complaints/drafts/for-channel');
    const fields = [{ section: 'facts' as const }, { section: 'demands' as const }];
    expect(draftOptions({ channelId: 'hkma', fields }, 'en', 480, 'HKD', undefined)).toMatchObject({
      jurisdiction: 'HK',
      reader: 'third-party',
      formSections: ['facts', 'demands'],
    });
    expect(draftOptions({ channelId: 'nfra', fields }, 'zh-CN', 480, 'CNY', undefined)).toMatchObject({ jurisdiction: 'CN' });
    const own = draftOptions({ channelId: 'user-site', fields }, 'zh-CN', 480, 'CNY', undefined);
    expect(own.reader).toBe('lender');
    expect(own).not.toHaveProperty('jurisdiction');
    // The user's setting (the panel context's jurisdiction) where the channel has none; a channel's own wins.
    expect(draftOptions({ channelId: 'user-site', fields }, 'zh-TW', 480, 'TWD', 'TW').jurisdiction).toBe('TW');
    expect(draftOptions({ channelId: 'hkma', fields }, 'zh-TW', 480, 'HKD', 'TW').jurisdiction).toBe('HK');
  });

  it("on a lender's own page, cites only the user's jurisdiction's rules (the setting the panel passes)", async () => {
    const { draftOptions } = await import('@/utils/domain/complaints/drafts/for-channel');
    const fields = [{ section: 'facts' as const }];
    const r = records('zh-TW', 'story');
    const draft = (j: 'TW' | undefined) =>
      draftForField(field('facts', 3000), r, draftOptions({ channelId: 'user-site', fields }, 'zh-TW', 480, 'TWD', j)).text;
    // The findings carry mainland bases: without the setting they are cited, with a Taiwan user's none of them is.
    expect(draft(undefined)).toMatch(/GB\/T|民法典/u);
    expect(draft('TW')).not.toMatch(/GB\/T|民法典|個人信息保護法|銀行業協會/u);
    expect(draft('TW')).toContain('承諾停止催收，此後仍繼續催收');
  });
});
