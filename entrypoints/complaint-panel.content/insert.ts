import { clip, textOf } from './label';

/** ok with `changed` when the page kept something else than the text (rejected, cut, reformatted). */
export type InsertOutcome = { ok: true; changed?: boolean } | { ok: false; reason: 'no-field' | 'too-long' };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Frameworks (Vue, React) re-render on their own tick; read the field back after it. */
const settle = () => new Promise<void>((res) => setTimeout(res, 120));

/** Prototypes from the element's own window: an iframe editor's body is not of this window's classes. */
const isTag = (el: Element, tag: string) => el.nodeName === tag;

/** The value setter of the element's prototype, so frameworks that wrap the element's own `value` still see a change. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = field.ownerDocument.defaultView ?? window;
  const proto = isTag(field, 'TEXTAREA')
    ? view.HTMLTextAreaElement.prototype
    : isTag(field, 'SELECT')
      ? view.HTMLSelectElement.prototype
      : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

function fire(el: Element, text: string | null): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Plain paragraphs through the editor's own editing path, so its model
 * updates: first a paste of plain text (Slate-based editors such as
 * wangEditor 5, and Quill and TinyMCE, take a paste into their model;
 * Slate ignores execCommand's input), else beforeinput/insertText.
 */
async function typeInto(root: HTMLElement, text: string): Promise<void> {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  root.focus();
  const sel = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(root);
  sel?.removeAllRanges();
  sel?.addRange(range);
  doc.execCommand('selectAll');
  // Editors read the selection on selectionchange, which Chromium fires on its own tick (Slate throttles it).
  await new Promise((res) => setTimeout(res, 150));
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const taken = !root.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  if (!taken) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (i > 0) doc.execCommand('insertParagraph');
      if (line) doc.execCommand('insertText', false, line);
    });
  }
  // Give the focus back, as after a fill of a text input: our frame keeps the keyboard.
  root.blur();
}

function pick(field: Element, text: string): boolean {
  const want = norm(text);
  if (isTag(field, 'SELECT')) {
    const s = field as HTMLSelectElement;
    const o = Array.from(s.options).find((x) => norm(x.text) === want);
    if (!o) return false;
    setValue(s, o.value);
    fire(s, null);
    return true;
  }
  const input = field as HTMLInputElement;
  const box = input.closest('[role=radiogroup],[role=group],fieldset');
  const group = input.name
    ? Array.from(input.ownerDocument.querySelectorAll(`input[name="${input.name.replace(/["\\]/g, '\\$&')}"]`))
    : box
      ? Array.from(box.querySelectorAll(`input[type=${input.type}]`))
      : [input];
  const match = group.find((m) => {
    const l = m.closest('label') ?? (m.id ? m.ownerDocument.querySelector(`label[for="${m.id.replace(/["\\]/g, '\\$&')}"]`) : null);
    return norm(clip(l ? textOf(l) : (m.getAttribute('title') ?? m.getAttribute('value') ?? textOf(m.nextElementSibling)), 40)) === want;
  }) as HTMLInputElement | undefined;
  if (!match) return false;
  // A click, as the user's would be: the library's own handlers run (and a checkbox toggles on only).
  if (!match.checked) ((match.closest('label') as HTMLElement | null) ?? match).click();
  return match.checked;
}

/**
 * Fills one field the way typing would, then reads it back. Text inputs:
 * the prototype's value setter, then input, change and blur (React, Vue and
 * component libraries update their state and counters). Rich editors:
 * beforeinput/insertText. Selects, radios and checkboxes: the option whose
 * label is `text`. Only that field changes.
 */
export async function fillField(el: Element | undefined, text: string): Promise<InsertOutcome> {
  if (!el || !el.isConnected) return { ok: false, reason: 'no-field' };
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (isTag(el, 'SELECT') || (isTag(el, 'INPUT') && (type === 'radio' || type === 'checkbox'))) {
    return pick(el, text) ? { ok: true } : { ok: false, reason: 'no-field' };
  }
  if (isTag(el, 'INPUT') || isTag(el, 'TEXTAREA')) {
    const field = el as HTMLInputElement | HTMLTextAreaElement;
    if (field.disabled || field.readOnly) return { ok: false, reason: 'no-field' };
    // The draft was fitted to maxlength; never cut it here (that could split a sentence).
    if (field.maxLength >= 0 && text.length > field.maxLength) return { ok: false, reason: 'too-long' };
    field.focus();
    setValue(field, text);
    fire(field, text);
    field.blur();
    await settle();
    return { ok: true, changed: field.isConnected && norm(field.value) !== norm(text) };
  }
  const root = el as HTMLElement;
  if (!root.isContentEditable) return { ok: false, reason: 'no-field' };
  await typeInto(root, text);
  await settle();
  return { ok: true, changed: norm(root.innerText) !== norm(text) };
}
