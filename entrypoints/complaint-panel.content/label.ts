/**
 * What a field is called on the page, as people build forms: <label for>,
 * a wrapping <label>, aria, the label of a component-library form item
 * (Element, Ant Design, iView, Vant, layui, Bootstrap) whose `for` often names
 * no element, a table's header or previous cell, or the text just before it.
 * The placeholder is only a hint (see hintOf); it is the label only when there is none.
 */
import { isEditorRoot } from './editors';

// Element, iView, layui and Bootstrap labels are <label> elements (Ant Design's wrap one); Vant's is a div, and so is
// Element Plus's when the item holds no single input (an upload).
const LABELISH = 'label,th,dt,legend,.van-field__label,.el-form-item__label';
export const CONTROLS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]):not([type=password]),textarea,select,[contenteditable=""],[contenteditable=true],[contenteditable=plaintext-only],iframe';
const SKIP = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'INPUT', 'BUTTON', 'svg', 'IFRAME']);

export const clip = (s: string | null | undefined, n = 200) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

/** Text of a node without the text of controls inside it (a wrapping label holds the select's options). */
export function textOf(node: Node | null | undefined, depth = 0): string {
  if (!node || depth > 8) return '';
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) return '';
  let s = '';
  for (const c of Array.from(node.childNodes)) s += textOf(c, depth + 1);
  return s;
}

/**
 * Rendered and not hidden? Real pages: checkVisibility (display, visibility, content-visibility).
 * Without layout (unit tests on linkedom): not hidden by attribute or inline style.
 */
export function shown(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && (el.ownerDocument.defaultView?.innerWidth ?? 0) > 0)
    return el.checkVisibility({ visibilityProperty: true });
  for (let a: Element | null = el; a; a = a.parentElement)
    if (a.hasAttribute('hidden') || /display:\s*none/.test(a.getAttribute('style') ?? '')) return false;
  return true;
}

/** The nearest ancestor that holds this field (or its group) and no other control: the field's "item". */
export function itemOf(el: Element, group: (other: Element) => boolean): Element | null {
  let item: Element | null = null;
  for (let a = el.parentElement, i = 0; a && i < 7 && a.tagName !== 'BODY' && a.tagName !== 'FORM'; a = a.parentElement, i++) {
    const others = Array.from(a.querySelectorAll(CONTROLS)).some(
      (c) => c !== el && !group(c) && !el.contains(c) && !c.contains(el) && (c.tagName !== 'DIV' || isEditorRoot(c)) && shown(c),
    );
    if (others) break;
    item = a;
  }
  return item;
}

function previousText(el: Element): string {
  for (let p = el.previousElementSibling, i = 0; p && i < 2; p = p.previousElementSibling, i++) {
    // A heading or another control before the field is not its label.
    if (/^(H[1-6]|INPUT|TEXTAREA|SELECT)$/.test(p.tagName)) return '';
    const t = clip(textOf(p), 60);
    if (t) return t;
  }
  return '';
}

export function labelOf(el: Element, doc: Document, item: Element | null, forLabels: Map<string, Element>, isOption: boolean): string {
  const id = el.getAttribute('id');
  const byFor = id && !isOption ? forLabels.get(id) : undefined;
  if (byFor) return clip(textOf(byFor));
  const wrap = isOption ? null : el.closest('label');
  if (wrap && clip(textOf(wrap))) return clip(textOf(wrap));
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const t = clip(
      by
        .split(/\s+/)
        .map((r) => textOf(doc.getElementById(r)))
        .join(' '),
    );
    if (t) return t;
  }
  const aria = clip(el.getAttribute('aria-label'));
  if (aria) return aria;
  if (item) {
    // For a radio or checkbox group, the option labels are not the group's label.
    const optionLabel = (x: Element) =>
      x.querySelector('input') ||
      (x.getAttribute('for') && /radio|checkbox/.test(doc.getElementById(x.getAttribute('for')!)?.getAttribute('type') ?? ''));
    const l = Array.from(item.querySelectorAll(LABELISH)).find((x) => !x.contains(el) && !(isOption && optionLabel(x)));
    const t = clip(textOf(l));
    if (t) return t;
  }
  // Table layouts: the header or the cell before the field's cell.
  const cell = el.closest('td, dd');
  if (cell) {
    const t = clip(textOf(cell.previousElementSibling), 60);
    if (t) return t;
  }
  // The item's own words ("<p>标题：<input></p>"), without a counter; with no item, the text just before the field.
  if (item) return clip(textOf(item).replace(/\d+\s*\/\s*\d+/g, ''), 60);
  return previousText(el);
}

/** Placeholder and help text: what the page asks for, and where it states limits. */
export function hintOf(el: Element, item: Element | null): string {
  const parts = [el.getAttribute('placeholder'), el.getAttribute('data-placeholder'), el.getAttribute('title')];
  if (item)
    for (const h of Array.from(item.querySelectorAll('.ant-form-item-extra,.help-block,.form-text,.layui-word-aux,.tips,small')))
      parts.push(textOf(h));
  return clip(parts.filter(Boolean).join(' '), 160);
}
