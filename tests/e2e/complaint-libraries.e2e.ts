import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Session } from './harness';
import { formHtml, launchForForms, openForm } from './form-session';
import { anchorsOf, clickUntil, inside, openMenuFor, panelFrame, saveProfile } from './form-helpers';

// Complaint forms rendered by the real component libraries from npm, served
// to the page from node_modules: Element Plus (Vue 3), Ant Design (React),
// View UI / iView (Vue 2), layui, wangEditor. For each: an anchor on every
// recognised field (their selects and hidden upload inputs included), the
// panel covers none, Insert and the choice reach the library's own state,
// evidence reaches the library's upload.
let s: Session;
beforeAll(async () => {
  s = await launchForForms();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const form = formHtml;
type Win = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the fixture page's own globals
/** Reads the fixture page's state (the function runs in the page, with its window). */
const read =
  <T>(page: Page, fn: (w: Win) => T) =>
  () =>
    page.evaluate(`(${fn.toString()})(window)`) as Promise<T>;

const open = (url: string, html: string, viewport?: { width: number; height: number }) => openForm(s, url, html, viewport);

interface Lib {
  name: string;
  url: string;
  file: string;
  /** The elements whose box must hold an anchor: the visible input, the select's box, the upload button. */
  fields: string[];
}
const LIBS: Lib[] = [
  {
    name: 'Element Plus (Vue 3)',
    url: 'https://www.12315.cn/ep/form',
    file: 'element-plus.html',
    fields: ['.el-form-item:nth-child(1) input', '.el-form-item:nth-child(2) input', '.el-select', 'textarea', '.el-upload'],
  },
  {
    name: 'Ant Design (React)',
    url: 'https://www.cca.org.cn/antd/form',
    file: 'antd.html',
    fields: ['#complaint_name', '#complaint_phone', '.ant-select', 'textarea', '.ant-upload-select'],
  },
  {
    name: 'View UI / iView (Vue 2)',
    url: 'https://www.12315.cn/iview/form',
    file: 'iview.html',
    fields: ['.ivu-form-item:nth-child(1) input', '.ivu-form-item:nth-child(2) input', '.ivu-select', 'textarea'],
  },
  {
    name: 'layui',
    url: 'https://jubao.nifa.org.cn/layui/form',
    file: 'layui.html',
    fields: ['input[name="name"]', 'input[name="platform"]', '.layui-form-select', 'textarea', '#up'],
  },
  { name: 'wangEditor', url: 'https://tousu.sina.com.cn/wang/form', file: 'wangeditor.html', fields: ['#target', '[data-slate-editor]'] },
];

async function boxes(page: Page, selectors: string[]) {
  return Promise.all(selectors.map(async (sel) => (await page.locator(sel).first().boundingBox())!));
}

describe('real component libraries: an anchor on every recognised field, a panel that covers none', () => {
  it.each(LIBS.map((l) => [l.name, l] as const))('%s', async (_n, l) => {
    const page = await open(l.url, form(l.file));
    const frame = await panelFrame(page);
    await expect.poll(() => frame.locator('li.draft').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(l.fields.length);
    const recognised = await frame.locator('li.draft').count();
    await expect.poll(async () => (await anchorsOf(page)).length, { timeout: 15_000 }).toBe(recognised);
    const missing = async () => {
      const anchors = await anchorsOf(page);
      return (await boxes(page, l.fields)).flatMap((b, i) => (anchors.some((a) => inside(a, b)) ? [] : [l.fields[i]]));
    };
    await expect.poll(missing, { timeout: 5_000 }).toEqual([]);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1024, height: 768 },
    ]) {
      await page.setViewportSize(viewport);
      const overlap = async () => {
        const panel = (await page.locator('ng-complaint-panel').boundingBox())!;
        const fields = (await boxes(page, l.fields)).filter((b) => b.width > 2 && b.height > 2);
        return { wide: panel.width > 250, covered: fields.filter((f) => f.x + f.width > panel.x && f.x < panel.x + panel.width).length };
      };
      await expect.poll(overlap, { timeout: 10_000, message: `${l.name} at ${viewport.width}` }).toEqual({ wide: true, covered: 0 });
    }
    await page.close();
  });
});

/** Opens the field's menu and clicks Insert until the page's own state reads `expected`. */
async function insertInto(page: Page, selector: string, value: (w: Win) => unknown, expected?: unknown): Promise<string> {
  const menu = await openMenuFor(page, (await page.locator(selector).first().boundingBox())!);
  const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
  await clickUntil(menu, '[data-action="insert"]', read(page, value), expected ?? draft);
  return draft;
}

/** The suggested option is the collection one; the page's model is unchanged until the click, then holds it. */
async function chooseSuggested(page: Page, selector: string, value: (w: Win) => unknown, expected: unknown): Promise<Frame> {
  const menu = await openMenuFor(page, (await page.locator(selector).first().boundingBox())!);
  expect(await menu.locator('[data-testid="suggested"]').first().textContent()).toContain('暴力催收');
  expect(await read(page, value)()).not.toEqual(expected);
  await clickUntil(menu, '[data-testid="choice"] button >> nth=0', read(page, value), expected, 15_000);
  return menu;
}

/** Ticks both seeded evidence files and attaches them; the page's upload then holds them (the big one re-encoded under 1 MB). */
async function attachBoth(page: Page, selector: string, files: (w: Win) => { name: string; size: number }[]): Promise<void> {
  const menu = await openMenuFor(page, (await page.locator(selector).first().boundingBox())!);
  expect(await menu.locator('[data-testid="files"]').textContent()).toContain('SHA-256');
  for (const name of ['sms-screenshot.png', 'call-log.png']) await menu.locator(`label:has-text("${name}") input`).check();
  await clickUntil(
    menu,
    '[data-testid="attach"]',
    async () => /2/.test((await menu.locator('[data-testid="draft-status"]').textContent()) ?? ''),
    true,
    20_000,
  );
  await expect.poll(async () => (await read(page, files)()).map((f) => f.name)).toEqual(['sms-screenshot.png', 'call-log.jpg']);
  expect((await read(page, files)())[1]!.size).toBeLessThanOrEqual(1024 * 1024);
}

describe("Insert, choices and uploads reach the library's own state", () => {
  it('Element Plus: v-model and counter follow; el-select is chosen only on click; el-upload receives the files', async () => {
    const page = await open('https://www.12315.cn/ep/insert', form('element-plus.html'));
    await saveProfile(await panelFrame(page));
    await insertInto(page, '.el-form-item:nth-child(1) input', (w) => w.__vm.form.name, 'Li Ming');
    const draft = await insertInto(page, 'textarea', (w) => w.__vm.form.content);
    expect(await page.locator('.el-input__count').textContent()).toMatch(new RegExp(`^${draft.length}\\s*/\\s*500$`));
    await chooseSuggested(page, '.el-select', (w) => w.__vm.form.type, 'collection');
    expect(await page.locator('.el-select__placeholder').first().textContent()).toContain('暴力催收');
    await attachBoth(page, '.el-upload', (w) =>
      w.__vm.form.files.map((f: { name: string; size: number }) => ({ name: f.name, size: f.size })),
    );
    // Only the fields acted on changed.
    expect(await read(page, (w) => w.__vm.form.phone)()).toBe('');
    await page.close();
  });

  it('Ant Design: the Form store holds the text and the choice; Upload receives the files', async () => {
    const page = await open('https://www.cca.org.cn/antd/insert', form('antd.html'));
    await saveProfile(await panelFrame(page));
    await insertInto(page, '#complaint_name', (w) => w.__form.getFieldValue('name') ?? '', 'Li Ming');
    const draft = await insertInto(page, 'textarea', (w) => w.__form.getFieldValue('content') ?? '');
    expect(await page.locator('.ant-input-data-count').textContent()).toBe(`${draft.length} / 500`);
    await chooseSuggested(page, '.ant-select', (w) => w.__form.getFieldValue('type') ?? '', 'collection');
    await attachBoth(page, '.ant-upload-select', (w) => w.__files);
    expect(await read(page, (w) => w.__form.getFieldValue('phone') ?? '')()).toBe('');
    await page.close();
  });

  it('View UI: v-model and word count follow; i-select is chosen on click', async () => {
    const page = await open('https://www.12315.cn/iview/insert', form('iview.html'));
    await panelFrame(page);
    const draft = await insertInto(page, 'textarea', (w) => w.__vm.form.content);
    expect(await page.locator('.ivu-input-word-count').textContent()).toBe(`${draft.length}/500`);
    await chooseSuggested(page, '.ivu-select', (w) => w.__vm.form.type, '暴力催收');
    await page.close();
  });

  it('layui: form.val() holds the text and the choice; layui upload receives the files', async () => {
    const page = await open('https://jubao.nifa.org.cn/layui/insert', form('layui.html'));
    await panelFrame(page);
    await insertInto(page, 'textarea', (w) => w.__values().content);
    await chooseSuggested(page, '.layui-form-select', (w) => w.__values().type, 'collection');
    await attachBoth(page, '#up', (w) => w.__files);
    await page.close();
  });

  it("wangEditor: the editor's own model holds the draft", async () => {
    const page = await open('https://tousu.sina.com.cn/wang/insert', form('wangeditor.html'));
    await panelFrame(page);
    const norm = (t: string) => t.replace(/\s+/g, '');
    const menu = await openMenuFor(page, (await page.locator('[data-slate-editor]').boundingBox())!);
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    await clickUntil(
      menu,
      '[data-action="insert"]',
      async () => norm(String(await page.evaluate(() => (window as unknown as Win).__editor.getText()))),
      norm(draft),
    );
    await page.close();
  });
});
