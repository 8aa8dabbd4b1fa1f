import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { libraryFields } from '@/entrypoints/complaint-panel.content/library-watch';
import type { RecognisedField } from '@/utils/domain/complaints/form';

// The form UI's 500 ms interval re-renders (show()) only when lib.refresh says the library fields changed:
// a page that changes nothing must never read as changed, tick after tick.
const ITEM = (label: string, control: string) =>
  `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${control}</div></div>`;
// A hidden file input behind the library's upload button (what the detector skips).
const UPLOAD = ITEM(
  '上传证据',
  '<div class="el-upload"><button type="button">点击上传</button><input type="file" class="el-upload__input" style="display:none" multiple></div>',
);
const g = globalThis as { document: Document | undefined };
const before = g.document;
afterEach(() => void (g.document = before));

function page(body: string) {
  const { document } = parseHTML(`<html><body><h1>发起投诉</h1><form id="f">${body}</form></body></html>`);
  g.document = document as unknown as Document;
  const el = document.querySelector('textarea') as unknown as Element;
  return { document: document as unknown as Document, lib: libraryFields('heimao', { element: (k) => (k === 'f0' ? el : undefined) }) };
}
const base: RecognisedField[] = [{ key: 'f0', section: 'facts', label: '详细描述投诉经过', multiline: true }];

describe('library fields: changed only when they changed', () => {
  it('a form without library fields (a pushState page) never reads as changed, whatever the detector gives', () => {
    const { lib } = page('<textarea name="content" placeholder="详细描述投诉经过"></textarea>');
    lib.refresh(base); // show()'s own call
    for (let i = 0; i < 10; i++) expect(lib.refresh(i % 2 ? base : null)).toBe(false);
    expect(lib.refresh([...base])).toBe(false);
  });

  it('a library upload that appears changes the fields once; unchanged ticks after it do not', () => {
    const { document, lib } = page(`<textarea name="content"></textarea><div id="later" hidden>${UPLOAD}</div>`);
    const later = document.getElementById('later')!;
    // Rendered later (as a wizard step is): not there for the first look.
    const item = later.firstElementChild!;
    item.remove();
    lib.refresh(base);
    later.replaceWith(item);
    expect(lib.refresh(base)).toBe(true);
    for (let i = 0; i < 5; i++) expect(lib.refresh(base)).toBe(false);
    document.querySelector('.el-form-item')!.remove();
    expect(lib.refresh(base)).toBe(true);
    expect(lib.refresh(base)).toBe(false);
  });
});
