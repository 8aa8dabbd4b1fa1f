import { describe, expect, it } from 'vitest';
import { LENDER_CATALOG, catalogLender } from '@/utils/data/lenders';
import { LENDER_KINDS } from '@/utils/model/records';
import { LOCALES } from '@/utils/i18n/locales';
import { foreignScript } from '@/utils/i18n/script-check';

describe('lender catalogue', () => {
  it('names every lender in all three languages, each in its own script', () => {
    for (const l of LENDER_CATALOG) {
      for (const loc of LOCALES) {
        expect(l.name[loc].trim(), `${l.catalogId} ${loc}`).not.toBe('');
        expect(foreignScript(loc, l.name[loc]), `${l.catalogId} ${loc}`).toBe('');
      }
      expect(LENDER_KINDS).toContain(l.kind);
    }
  });

  it('has unique ids and ships no hotline except the reported Alipay 95188', () => {
    const ids = LENDER_CATALOG.map((l) => l.catalogId);
    expect(new Set(ids).size).toBe(ids.length);
    const withHotline = LENDER_CATALOG.filter((l) => l.hotline);
    expect(withHotline.map((l) => [l.catalogId, l.hotline!.number, l.hotline!.confidence])).toEqual([
      ['alipay-huabei-jiebei', '95188', 'reported'],
    ]);
    expect(catalogLender('card-cmb')?.kind).toBe('bank-card');
    expect(catalogLender('nope')).toBeUndefined();
  });
});
