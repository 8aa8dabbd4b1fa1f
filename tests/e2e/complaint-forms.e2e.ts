import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveFixture, type Session } from './harness';
import { formHtml, launchForForms, openForm } from './form-session';
import { clickActionFor } from './action-popup';
import { fixtureHtml } from '../fixtures/pages';
import { anchorsOf, clickUntil, detectorStarted, inside, menuFrameOf, openMenuFor, panelFrame, saveProfile } from './form-helpers';

// Complaint forms as real sites build them, rendered with the real libraries
// (Element-UI on Vue 2, React, Quill, TinyMCE, Vant), served from node_modules.
let s: Session;
beforeAll(async () => {
  s = await launchForForms();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const form = formHtml;

const open = (url: string, html: string, viewport?: { width: number; height: number }) => openForm(s, url, html, viewport);

interface Case {
  name: string;
  url: string;
  html: () => string;
  /** The fields that must be recognised (for an iframe editor: its iframe). */
  fields: string[];
  viewport?: { width: number; height: number };
}

const CASES: Case[] = [
  {
    name: 'Element-UI, label for= pointing nowhere',
    url: 'https://www.12315.cn/el/form',
    html: () => form('element-ui.html'),
    fields: [
      '.el-form-item:nth-child(1) input',
      '.el-form-item:nth-child(2) input',
      '.el-form-item:nth-child(3) input',
      '.el-radio-group',
      'textarea',
      '#evidence',
    ],
  },
  {
    name: 'Element-UI with placeholders only',
    url: 'https://www.12315.cn/el/simple',
    html: () => form('element-placeholder.html'),
    fields: ['.el-form-item:nth-child(1) input', '.el-form-item:nth-child(2) input', 'textarea'],
  },
  {
    name: 'React-controlled form (English)',
    url: 'https://bankcomplaint.hkma.gov.hk/react/',
    html: () => form('react.html'),
    fields: ['input[name="name"]', 'input[name="bank"]', 'textarea'],
  },
  {
    name: 'Quill contenteditable editor',
    url: 'https://tousu.sina.com.cn/quill/',
    html: () => form('quill.html'),
    fields: ['#target', '#editor'],
  },
  { name: 'TinyMCE iframe editor', url: 'https://www.cca.org.cn/tiny/', html: () => form('tinymce.html'), fields: ['#who', 'iframe'] },
  {
    name: 'table layout',
    url: 'https://jubao.nifa.org.cn/table/',
    html: () => form('table.html'),
    fields: ['input[name="a1"]', 'input[name="a2"]', 'input[name="a3"]', 'textarea'],
  },
  {
    name: 'Vant mobile page',
    url: 'https://www.12315.cn/h5/',
    html: () => form('vant.html'),
    fields: ['.van-field:nth-child(1) input', '.van-field:nth-child(2) input', '.van-field:nth-child(3) input', 'textarea'],
    viewport: { width: 375, height: 667 },
  },
  {
    name: 'zh-TW form (FOI)',
    url: 'https://www.foi.org.tw/complaint',
    html: () => fixtureHtml('twfoi-complaint.html'),
    fields: ['input[name="name"]'],
  },
];

async function boxes(page: Page, selectors: string[]) {
  return Promise.all(selectors.map(async (sel) => (await page.locator(sel).first().boundingBox())!));
}

describe('anchors on every recognised field, and a panel that covers none', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const page = await open(c.url, c.html(), c.viewport);
    const frame = await panelFrame(page);
    const recognised = await frame.locator('li.draft').count();
    expect(recognised).toBeGreaterThanOrEqual(c.fields.length);
    await expect.poll(async () => (await anchorsOf(page)).length, { timeout: 15_000 }).toBe(recognised);
    // Each expected field has its anchor on it (polled: the anchors follow the page's re-layout within a few frames).
    const missing = async () => {
      const anchors = await anchorsOf(page);
      return (await boxes(page, c.fields)).flatMap((b, i) => (anchors.some((a) => inside(a, b)) ? [] : [c.fields[i]]));
    };
    await expect.poll(missing, { timeout: 5_000 }).toEqual([]);
    await page.close();
  });

  it("the panel's first frame already gives the page its room, with each anchor beside its moved field", async () => {
    const c = CASES.find((x) => x.name === 'React-controlled form (English)')!;
    await serveFixture(s.context, c.url, c.html());
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // In the page's own world, before its scripts: once the panel is attached, one animation-frame callback,
    // registered after the extension's (its task attached the panel before this observer could run), so it
    // runs last before the browser draws that frame. What it sees is what the first drawn frame shows.
    await page.addInitScript((selectors: string[]) => {
      const w = window as unknown as { __firstFrame?: { margin: string; hits: Array<string | undefined> } };
      const obs = new MutationObserver(() => {
        if (!document.querySelector('ng-complaint-panel')) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          w.__firstFrame = {
            margin: getComputedStyle(document.body).marginRight,
            // Where the anchor button is drawn: 4–24 px in from the field's right edge, centred or at the top.
            hits: selectors.map((sel) => {
              const r = document.querySelector(sel)!.getBoundingClientRect();
              const y = sel === 'textarea' || r.height > 48 ? r.top + 14 : r.top + r.height / 2;
              return document.elementFromPoint(r.right - 14, y)?.localName;
            }),
          };
        });
      });
      obs.observe(document, { childList: true, subtree: true });
    }, c.fields);
    await page.goto(c.url);
    const first = (await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)).jsonValue();
    const width = await page.locator('ng-complaint-panel').evaluate((e) => Math.round(e.getBoundingClientRect().width));
    expect(await first).toEqual({ margin: `${width}px`, hits: c.fields.map(() => 'ng-field-anchors') });
    await page.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
  ]) {
    it(`the docked panel covers no recognised field at ${viewport.width}×${viewport.height}`, async () => {
      for (const c of CASES.filter((x) => !x.viewport)) {
        const page = await open(c.url, c.html(), viewport);
        await panelFrame(page);
        const overlap = async () => {
          const panel = (await page.locator('ng-complaint-panel').boundingBox())!;
          const fields = await page.evaluate(() =>
            Array.from(document.querySelectorAll('input:not([type=hidden]), textarea, select, iframe, [contenteditable=true]'))
              .map((e) => e.getBoundingClientRect())
              .filter((r) => r.width > 2 && r.height > 2)
              .map((r) => ({ left: r.left, right: r.right })),
          );
          return { wide: panel.width > 250, covered: fields.filter((f) => f.right > panel.x && f.left < panel.x + panel.width).length };
        };
        await expect.poll(overlap, { timeout: 10_000, message: c.name }).toEqual({ wide: true, covered: 0 });
        await page.close();
      }
    }, 180_000);
  }
});

describe("Insert puts the draft into the page's own state", () => {
  it('Element-UI (Vue 2): the model and the word counter follow; a radio option is suggested and selected on click', async () => {
    const page = await open('https://www.12315.cn/el/insert', form('element-ui.html'));
    await saveProfile(await panelFrame(page));
    const nameBox = (await page.locator('.el-form-item:nth-child(1) input').boundingBox())!;
    let menu = await openMenuFor(page, nameBox);
    await clickUntil(
      menu,
      '[data-action="insert"]',
      () => page.evaluate(() => (window as unknown as { __vm: { form: { name: string } } }).__vm.form.name),
      'Li Ming',
    );

    const area = (await page.locator('textarea').boundingBox())!;
    menu = await openMenuFor(page, area);
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    expect(draft.length).toBeGreaterThan(20);
    await clickUntil(
      menu,
      '[data-action="insert"]',
      () => page.evaluate(() => (window as unknown as { __vm: { form: { content: string } } }).__vm.form.content),
      draft,
    );
    expect(await page.locator('.el-input__count').textContent()).toBe(`${draft.length}/500`);
    // Only that field changed.
    expect(
      await page.evaluate(() => (window as unknown as { __vm: { form: { phone: string; company: string } } }).__vm.form),
    ).toMatchObject({ phone: '', company: '' });

    menu = await openMenuFor(page, (await page.locator('.el-radio-group').boundingBox())!);
    const suggested = (await menu.locator('[data-testid="suggested"]').first().textContent())!;
    expect(suggested).toContain('暴力催收');
    expect(await page.evaluate(() => (window as unknown as { __vm: { form: { type: string } } }).__vm.form.type)).toBe('');
    await clickUntil(
      menu,
      '[data-testid="choice"] button >> nth=0',
      () => page.evaluate(() => (window as unknown as { __vm: { form: { type: string } } }).__vm.form.type),
      '暴力催收',
    );
    await page.close();
  });

  it('React: the state holds the value after a re-render', async () => {
    const page = await open('https://bankcomplaint.hkma.gov.hk/react/insert', form('react.html'));
    await saveProfile(await panelFrame(page));
    const menu = await openMenuFor(page, (await page.locator('input[name="name"]').boundingBox())!);
    await clickUntil(
      menu,
      '[data-action="insert"]',
      () => page.evaluate(() => (window as unknown as { __state: { name: string } }).__state.name),
      'Li Ming',
    );
    await page.evaluate(() => (window as unknown as { __rerender: () => void }).__rerender());
    await expect.poll(() => page.locator('form p').textContent()).toBe('renders: 1');
    expect(await page.inputValue('input[name="name"]')).toBe('Li Ming');
    expect(await page.evaluate(() => (window as unknown as { __state: { name: string; bank: string } }).__state)).toMatchObject({
      name: 'Li Ming',
      bank: '',
    });
    await page.close();
  });

  const norm = (t: string) => t.replace(/\s+/g, '');
  it("Quill (contenteditable): the editor's own model holds the draft", async () => {
    const page = await open('https://tousu.sina.com.cn/quill/insert', form('quill.html'));
    await panelFrame(page);
    const menu = await openMenuFor(page, (await page.locator('#editor').boundingBox())!);
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    await clickUntil(
      menu,
      '[data-action="insert"]',
      async () => norm(await page.evaluate(() => (window as unknown as { __quill: { getText(): string } }).__quill.getText())),
      norm(draft),
    );
    await page.close();
  });

  it("TinyMCE (same-origin iframe editor): the editor's content is the draft", async () => {
    const page = await open('https://www.cca.org.cn/tiny/insert', form('tinymce.html'));
    await panelFrame(page);
    const menu = await openMenuFor(page, (await page.locator('iframe').first().boundingBox())!);
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    const content = () =>
      page.evaluate(() =>
        (window as unknown as { tinymce: { activeEditor: { getContent(o: object): string } } }).tinymce.activeEditor.getContent({
          format: 'text',
        }),
      );
    await clickUntil(menu, '[data-action="insert"]', async () => norm(await content()), norm(draft));
    await page.close();
  });

  it('Vant (mobile): the Vue model holds the value', async () => {
    const page = await open('https://www.12315.cn/h5/insert', form('vant.html'), { width: 375, height: 667 });
    const frame = await panelFrame(page);
    // On a phone-sized window the panel starts as its tab: open it to fill the profile, then fold it again.
    await frame.click('[data-action="collapse"]');
    await saveProfile(frame);
    await frame.click('[data-action="collapse"]');
    // Folded (the message goes through the background): only then is the field's anchor free to click.
    await expect
      .poll(() => page.evaluate(() => document.querySelector('ng-complaint-panel')!.getBoundingClientRect().height))
      .toBeLessThan(100);
    const menu = await openMenuFor(page, async () => (await page.locator('.van-field:nth-child(1) input').boundingBox())!);
    await clickUntil(
      menu,
      '[data-action="insert"]',
      () => page.evaluate(() => (window as unknown as { __vm: { form: { name: string } } }).__vm.form.name),
      'Li Ming',
    );
    await page.close();
  });
});

describe('evidence upload', () => {
  it("attaches the chosen files to the file input; the image over the page's 1 MB limit is re-encoded smaller", async () => {
    const page = await open('https://www.12315.cn/el/files', form('element-ui.html'));
    await panelFrame(page);
    const menu = await openMenuFor(page, (await page.locator('#evidence').boundingBox())!);
    expect(await menu.locator('[data-testid="files"]').textContent()).toContain('SHA-256');
    for (const name of ['sms-screenshot.png', 'call-log.png']) await menu.locator(`label:has-text("${name}") input`).check();
    await clickUntil(
      menu,
      '[data-testid="attach"]',
      async () => /2/.test((await menu.locator('[data-testid="draft-status"]').textContent()) ?? ''),
      true,
      20_000,
    );
    const files = await page.evaluate(() => (window as unknown as { __files: { name: string; size: number; type: string }[] }).__files);
    expect(files.map((f) => f.name)).toEqual(['sms-screenshot.png', 'call-log.jpg']);
    expect(files[1]!.type).toBe('image/jpeg');
    expect(files[1]!.size).toBeLessThanOrEqual(1024 * 1024);
    await page.close();
  });
});

describe('wizards and late renders', () => {
  it('finds the narrative step a wizard shows after a real 20 s first step, and follows a step back', async () => {
    const page = await open('https://www.pbc.gov.cn/wizard/', form('wizard.html'));
    // Step 2 appears 20 s after load, long after any fixed watching window would have closed.
    await expect.poll(async () => (await anchorsOf(page)).length, { timeout: 45_000, interval: 1000 }).toBe(2);
    const facts = (await page.locator('textarea').boundingBox())!;
    expect((await anchorsOf(page)).some((a) => inside(a, facts))).toBe(true);
    await page.click('#back');
    // Step 1 alone is no complaint form (no narrative field): its anchors go with step 2's fields.
    await expect.poll(async () => (await anchorsOf(page)).length, { timeout: 10_000 }).toBe(0);
    await page.close();
  }, 90_000);

  it('finds a form rendered after an XHR that answers only when the test releases it', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await s.context.route('https://www.12321.cn/api/form.json', async (route) => {
      await released;
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          title: '举报骚扰电话',
          fields: [
            { label: '被举报号码', tag: 'input', name: 'n' },
            { label: '举报内容', tag: 'textarea', name: 'c', max: 500 },
            { label: '举报人手机', tag: 'input', name: 'm' },
          ],
        }),
      });
    });
    const page = await open('https://www.12321.cn/xhr/', form('xhr.html'));
    // Our detector has started, and only then does the form arrive.
    await detectorStarted(await s.serviceWorker(), page);
    release();
    const frame = await panelFrame(page);
    await expect.poll(() => frame.locator('li.draft').count()).toBe(3);
    await expect.poll(async () => (await anchorsOf(page)).length, { timeout: 10_000 }).toBe(3);
    await page.close();
  });
});

describe('the page can read nothing', () => {
  it('patched attachShadow sees none of our roots; keys typed in the menu and panel never reach window listeners', async () => {
    const spy = `<script>
      window.__roots = []; const orig = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (o) { window.__roots.push(this.tagName); return orig.call(this, o); };
      window.__keys = []; for (const k of ['keydown', 'keyup', 'keypress', 'input']) window.addEventListener(k, (e) => window.__keys.push(k), true);
    </script>`;
    const page = await open('https://www.12315.cn/el/spy', form('element-ui.html').replace('<head>', `<head>${spy}`));
    const frame = await panelFrame(page);
    await frame.click('details.profile summary');
    await frame.locator('input[name="profile-address"]').pressSequentially('Secret Road 1');
    const menu = await openMenuFor(page, (await page.locator('textarea').boundingBox())!);
    await menu.locator('[data-action="copy"]').focus();
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => ({
      roots: (window as unknown as { __roots: string[] }).__roots.filter((t) => t.startsWith('NG-')),
      keys: (window as unknown as { __keys: string[] }).__keys,
      shadows: ['ng-complaint-panel', 'ng-field-anchors', 'ng-inline-menu'].map((t) => document.querySelector(t)?.shadowRoot ?? null),
      text: document.documentElement.innerText.includes('Secret Road'),
    }));
    expect(seen).toEqual({ roots: [], keys: [], shadows: [null, null, null], text: false });
    await page.close();
  });
});

describe('manual mode and "show complaint helper here"', () => {
  it('on a registry page with no recognised form, the toolbar\'s "show here" says what it did and the user picks a field by hand', async () => {
    const html =
      '<html lang="zh-CN"><head><title>留言</title></head><body><h1>公众留言</h1><p><span>留言</span><textarea id="msg" style="width:400px;height:120px"></textarea></p></body></html>';
    const page = await open('https://www.nfra.gov.cn/liuyan/', html);
    await detectorStarted(await s.serviceWorker(), page);
    const popup = await clickActionFor(s, page);
    await popup.evaluate(
      `new Promise((r) => { const t = setInterval(() => { const b = document.querySelector('.complaint-here button'); if (b) { clearInterval(t); b.click(); r(); } }, 50); })`,
    );
    const status = await popup.evaluate(
      `new Promise((r) => { const t = setInterval(() => { const e = document.querySelector('[data-testid="show-here-status"]'); if (e) { clearInterval(t); r(e.textContent); } }, 50); })`,
    );
    expect(String(status)).toMatch(/没有识别到表单|No form was recognised/);
    const frame = await panelFrame(page);
    await frame.click('[data-action="pick"]');
    await page.click('#msg');
    await expect.poll(() => menuFrameOf(page)?.url().includes('manual=1') ?? false, { timeout: 10_000 }).toBe(true);
    const menu = menuFrameOf(page)!;
    await menu.waitForSelector('main[data-ready]');
    await menu.selectOption('select[name="section"]', 'facts');
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    await clickUntil(menu, '[data-action="insert"]', () => page.inputValue('#msg'), draft);
    expect(await menu.locator('[data-action="note"]').count()).toBe(1);
    await page.close();
  });

  it('manual mode reaches an editor inside a same-origin iframe (TinyMCE from npm): the user clicks in it and picks the draft', async () => {
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>留言</title></head><body><h1>公众留言</h1><p><span>留言</span></p><textarea id="msg"></textarea>
      <script src="/__lib/tinymce/tinymce.min.js"></script>
      <script>tinymce.init({ selector: '#msg', base_url: '/__lib/tinymce', suffix: '.min', license_key: 'gpl', menubar: false, height: 240, width: 560, promotion: false, branding: false });</script></body></html>`;
    const page = await open('https://www.nfra.gov.cn/liuyan/editor', html);
    await detectorStarted(await s.serviceWorker(), page);
    const content = () =>
      page.evaluate(
        () =>
          (window as unknown as { tinymce: { activeEditor?: { getContent(o: object): string } } }).tinymce.activeEditor?.getContent({
            format: 'text',
          }) ?? null,
      );
    await expect.poll(content, { timeout: 15_000 }).toBe('');
    const popup = await clickActionFor(s, page);
    await popup.evaluate(
      `new Promise((r) => { const t = setInterval(() => { const b = document.querySelector('.complaint-here button'); if (b) { clearInterval(t); b.click(); r(); } }, 50); })`,
    );
    const frame = await panelFrame(page);
    await frame.click('[data-action="pick"]');
    const editor = (await page.locator('iframe').first().boundingBox())!;
    await page.mouse.click(editor.x + editor.width / 2, editor.y + editor.height / 2);
    await expect.poll(() => menuFrameOf(page)?.url().includes('manual=1') ?? false, { timeout: 10_000 }).toBe(true);
    const menu = menuFrameOf(page)!;
    await menu.waitForSelector('main[data-ready]');
    await menu.selectOption('select[name="section"]', 'facts');
    const draft = await menu.locator('[data-testid="draft-text"]').inputValue();
    expect(draft.length).toBeGreaterThan(20);
    const norm = (t: string | null) => (t ?? '').replace(/\s+/g, '');
    await clickUntil(menu, '[data-action="insert"]', async () => norm(await content()), norm(draft));
    // Its anchor sits on the editor's iframe.
    expect((await anchorsOf(page)).some((a) => inside(a, editor))).toBe(true);
    await page.close();
  });
});
