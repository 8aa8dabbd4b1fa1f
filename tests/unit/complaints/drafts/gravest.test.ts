import { describe, expect, it } from 'vitest';
import { draftForField } from '@/utils/domain/complaints/drafts';
import { LOCALES, type Locale } from '@/utils/i18n/locales';
import { records, SAID, type Scenario } from './realistic';

// Issue 13: at every length the draft keeps the collector's words of the gravest contacts, in quotation
// marks, in the first person, with the lender in the third person. Asserted on the concrete quoted words,
// per language and limit (English needs about twice the characters, so it holds fewer at 200–500).

type Said = keyof typeof SAID;
const facts = (locale: Locale, scenario: Scenario, max: number) =>
  draftForField({ key: 'k', section: 'facts', multiline: true, maxLength: max }, records(locale, scenario), {
    locale,
    tzOffsetMin: 480,
    channelId: 'nfra',
  }).text;
/** The collector's words as the draft must quote them: whole, inside the page's quotation marks. */
const quoted = (locale: Locale, said: Said) => {
  const words = SAID[said][locale].trim().replace(/[。.!?？！]+$/u, '');
  return locale === 'zh-TW' ? `「${words}」` : `“${words}”`;
};

const ZH: Record<number, Said[]> = {
  200: ['court', 'threat', 'sister'],
  300: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
  500: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
  1500: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
  3000: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
};
const KEPT: Record<Locale, Record<number, Said[]>> = {
  'zh-CN': ZH,
  'zh-TW': ZH,
  // 200: the agreement, the count and one whole quotation (the court impersonator's alone is 100 characters);
  // 300: the gravest, the impersonator's; from 500 every grave contact's; from 1,500 the night call's as well.
  en: {
    200: ['sister'],
    300: ['court'],
    500: ['court', 'threat', 'sister', 'afterAgreement'],
    1500: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
    3000: ['court', 'threat', 'sister', 'afterAgreement', 'night'],
  },
};
const FIRST_PERSON = { 'zh-CN': /我/u, 'zh-TW': /我/u, en: /\b(I|me|my)\b/ };
const THIRD_PERSON = { 'zh-CN': '该公司', 'zh-TW': '該公司', en: 'the lender' };

describe.each(LOCALES)('%s: the gravest contacts at every length', (locale) => {
  for (const scenario of ['story', 'many'] as Scenario[]) {
    it.each(Object.keys(KEPT[locale]).map(Number))(`${scenario} at %i keeps their words in quotation marks`, (max) => {
      const text = facts(locale, scenario, max);
      for (const said of KEPT[locale][max]!) expect(text, `${max} ${said}`).toContain(quoted(locale, said));
      expect(text).toMatch(FIRST_PERSON[locale]);
      expect(text).toContain(THIRD_PERSON[locale]);
    });
  }

  it('names every kind of grave conduct from 1,500 characters (English 3,000), and the gravest from 300', () => {
    const kinds = {
      'zh-CN': ['冒用国家机关名义', '威胁', '联系我的姐姐'],
      'zh-TW': ['冒用國家機關名義', '威脅', '聯絡我的姊姊'],
      en: ['posed as officials', 'threatened me', 'called my sister'],
    }[locale];
    for (const max of [300, 500, 1500, 3000]) {
      const text = facts(locale, 'story', max);
      // At 500 English fits every grave contact's words instead: they show the conduct themselves.
      if (locale !== 'en' || max !== 500) expect(text, `${max}`).toContain(kinds[0]);
      // English at 1,500 keeps the night count instead of "calls to my sister" (the sister call's words are there).
      if (max >= (locale === 'en' ? 3000 : 1500)) for (const k of kinds) expect(text, `${max}`).toContain(k);
    }
  });

  it('cites the rules beyond the broken promise from 1,500 characters, and all of them at 3,000', () => {
    const night = { 'zh-CN': '22:00 至 08:00 不应催收', 'zh-TW': '22:00 至 08:00 不應催收', en: 'no collection 22:00–08:00' }[locale];
    const all = {
      'zh-CN': ['治安管理处罚法', '个人信息保护法》第十条', '民法典》第一千零三十三条'],
      'zh-TW': ['治安管理處罰法', '個人信息保護法》第十條', '民法典》第一千零三十三條'],
      en: ['Public Security Administration Punishments Law', 'Personal Information Protection Law, Article 10', 'Civil Code, Article 1033'],
    }[locale];
    for (const scenario of ['story', 'many'] as Scenario[]) {
      expect(facts(locale, scenario, 1500), scenario).toContain(night);
      const full = facts(locale, scenario, 3000);
      for (const doc of [night, ...all]) expect(full, `${scenario} ${doc}`).toContain(doc);
    }
  });

  it('many: says how many of the 200 contacts came at night, and when, from 300 characters', () => {
    const night = {
      'zh-CN': '其中49次在夜间（22:10—23:40）',
      'zh-TW': '其中49次在夜間（22:10—23:40）',
      en: '49 of them at night (22:10–23:40)',
    }[locale];
    // At 500 English spends the room on the four grave contacts' words.
    for (const max of locale === 'en' ? [300, 1500, 3000] : [300, 500, 1500, 3000])
      expect(facts(locale, 'many', max), `${max}`).toContain(night);
  });
});
