import { describe, expect, it } from 'vitest';
import { channels } from '@/utils/sites';
import { userSiteDetect } from '@/utils/sites/detect';
import { recognizeForm } from '@/utils/domain/complaints/form';
import { fixtureHtml } from '../../fixtures/pages';
import { describeFixture, describeHtml } from './parse-fixture';

// What each fixture's recognised fields must map to, in page order.
const EXPECTED: Record<string, string[]> = {
  nfra: ['identity:name', 'respondent', 'facts', 'demands'],
  pboc: ['identity:name', 'identity:phone', 'respondent', 'facts', 'demands', 'evidence'],
  samr12315: ['identity:name', 'identity:phone', 'identity:address', 'respondent', 'demands', 'facts', 'amount'],
  report12321: ['facts', 'respondent', 'facts', 'identity:phone'],
  nifa: ['identity:name', 'identity:phone', 'respondent', 'facts'],
  heimao: ['respondent', 'facts', 'demands', 'amount', 'facts'],
  cca: ['identity:name', 'identity:phone', 'identity:address', 'respondent', 'facts', 'demands'],
  twfoi: ['identity:name', 'identity:phone', 'identity:address', 'respondent', 'facts', 'demands', 'amount'],
  hkma: ['identity:name', 'identity:phone', 'identity:address', 'respondent', 'facts', 'amount'],
};

describe('complaint form recognition on fixture pages', () => {
  it.each(channels.map((c) => [c.id, c] as const))('%s: recognises the form and maps its fields', (id, c) => {
    const fields = recognizeForm(describeFixture(c.fixture), c.detect);
    expect(fields).not.toBeNull();
    expect(fields!.map((f) => (f.part ? `${f.section}:${f.part}` : f.section))).toEqual(EXPECTED[id]);
    // maxlength is read from the page, so drafts can be fitted.
    expect(fields!.find((f) => f.section === 'facts' && f.kind !== 'choice')?.maxLength).toBeGreaterThan(0);
  });

  it('ignores a complaint-like form on an unrelated page for every channel (one field only)', () => {
    const desc = describeFixture('unrelated.html');
    for (const c of channels) expect(recognizeForm(desc, c.detect)).toBeNull();
  });

  it('does not take a search box or a login form on a registry site for a complaint form', () => {
    const search = describeHtml('<h1>投诉指南</h1><form><label>搜索 <input name="q"></label></form>');
    const login = describeHtml('<h1>登录</h1><label>手机号 <input name="m"></label><label>密码 <input type="password"></label>');
    for (const c of channels) {
      expect(recognizeForm(search, c.detect)).toBeNull();
      expect(recognizeForm(login, c.detect)).toBeNull();
    }
  });

  it('needs the channel words: a form with fields but no complaint heading is not recognised', () => {
    const html = fixtureHtml('cca-complaint.html').replaceAll('投诉', '留言');
    expect(recognizeForm(describeHtml(html), channels.find((c) => c.id === 'cca')!.detect)).toBeNull();
  });

  it('skips hidden, file and password inputs and keeps maxlength only when valid', () => {
    const d = describeHtml(
      '<h1>投诉</h1><label>投诉内容 <textarea maxlength="abc"></textarea></label><input type="hidden" name="x" aria-label="投诉人姓名"><label>被投诉机构 <input maxlength="50"></label>',
    );
    const fields = recognizeForm(d, userSiteDetect)!;
    expect(fields.map((f) => f.section)).toEqual(['facts', 'respondent']);
    expect(fields[0]!.maxLength).toBeUndefined();
    expect(fields[1]!.maxLength).toBe(50);
  });
});
