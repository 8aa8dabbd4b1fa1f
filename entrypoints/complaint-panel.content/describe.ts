import type { FieldDescription, FormDescription } from '@/utils/domain/complaints/form';
import { counterLimit, fileSizeLimit, textLimit } from '@/utils/domain/complaints/limits';
import { CONTROLS, clip, hintOf, itemOf, labelOf, shown, textOf } from './label';
import { iframeBody, isEditorRoot, replacedTextarea } from './editors';

const MAX_FIELDS = 150;

/** A limit the page states near the field: a counter ("0/500") or a hint ("不超过300字"). */
function statedLimit(item: Element | null, hint: string): number | undefined {
  if (item) {
    for (const e of Array.from(item.querySelectorAll('span, em, i, div, p, small, b'))) {
      if (e.children.length > 2) continue;
      const n = counterLimit(e.textContent ?? '');
      if (n) return n;
    }
  }
  return textLimit(`${hint} ${clip(textOf(item), 400)}`);
}

function optionText(input: Element, forLabels: Map<string, Element>): string {
  const id = input.getAttribute('id');
  const l = (id && forLabels.get(id)) || input.closest('label');
  const t = l ? clip(textOf(l), 40) : '';
  return t || clip(input.getAttribute('title') ?? input.getAttribute('value') ?? textOf(input.nextElementSibling), 40);
}

/**
 * Reduces the page to a FormDescription. `keyOf` gives each field a handle the
 * content script can later resolve back to the element (for an iframe editor:
 * its body) for Insert.
 */
export function describeForm(doc: Document, keyOf: (el: Element, index: number) => string): FormDescription {
  const headings = Array.from(doc.querySelectorAll('h1,h2,h3,h4,legend,[role=heading]'))
    .slice(0, 50)
    .map((h) => clip(textOf(h)));
  headings.push(clip(doc.title));
  const forLabels = new Map<string, Element>();
  for (const l of Array.from(doc.querySelectorAll('label[for]'))) forLabels.set(l.getAttribute('for')!, l);
  const fields: FieldDescription[] = [];
  const groups = new Set<string | Element>();
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (fields.length >= MAX_FIELDS) break;
    const tag = el.tagName;
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    const option = tag === 'INPUT' && (type === 'radio' || type === 'checkbox');
    const name = el.getAttribute('name') ?? '';
    let target: Element = el;
    let labelEl: Element = el;
    if (tag === 'IFRAME') {
      const body = iframeBody(el);
      if (!body) continue;
      target = body;
      labelEl = replacedTextarea(el, doc) ?? el;
    } else if (tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT' && !isEditorRoot(el)) continue;
    // A radio or checkbox group: by name, else by its group container (Element-UI's radios carry no name).
    const box = option ? el.closest('[role=radiogroup],[role=group],fieldset') : null;
    const group = name || box;
    if (option) {
      if (group && groups.has(group)) continue;
      if (!shown(el) && !shown(el.closest('label') ?? el.nextElementSibling ?? el)) continue;
    } else if (!shown(el) || (tag === 'INPUT' && el.hasAttribute('readonly') && type !== 'file')) continue;
    const sameGroup = (o: Element) =>
      (option && ((name !== '' && o.getAttribute('name') === name) || (box !== null && box.contains(o)))) || o === labelEl;
    const item = itemOf(labelEl === el ? el : (labelEl.parentElement ?? el), sameGroup) ?? (labelEl !== el ? itemOf(el, sameGroup) : null);
    const label =
      labelEl !== el
        ? labelOf(labelEl, doc, item, forLabels, false) || clip(el.getAttribute('title'))
        : labelOf(el, doc, item, forLabels, option);
    const hint = hintOf(tag === 'IFRAME' ? labelEl : el, item);
    const d: FieldDescription = {
      key: keyOf(target, fields.length),
      tag: tag === 'INPUT' ? 'input' : tag === 'TEXTAREA' ? 'textarea' : tag === 'SELECT' ? 'select' : 'editor',
      ...(tag === 'INPUT' ? { type } : {}),
      label,
      ...(hint ? { hint } : {}),
    };
    const max = Number(el.getAttribute('maxlength'));
    if (el.hasAttribute('maxlength') && Number.isInteger(max) && max >= 0) d.maxLength = max;
    else if (!option && type !== 'file' && tag !== 'SELECT') {
      const stated = statedLimit(item, hint);
      if (stated) d.maxLength = stated;
    }
    if (tag === 'SELECT')
      d.options = Array.from((el as HTMLSelectElement).querySelectorAll('option'))
        .filter((o) => o.getAttribute('value') !== '')
        .map((o) => clip(o.textContent, 40));
    if (option) {
      if (group) groups.add(group);
      const members = name
        ? Array.from(doc.querySelectorAll(`input[name="${name.replace(/["\\]/g, '\\$&')}"]`))
        : box
          ? Array.from(box.querySelectorAll(`input[type=${type}]`))
          : [el];
      d.options = members.map((m) => optionText(m, forLabels));
    }
    if (type === 'file') {
      const accept = el.getAttribute('accept');
      if (accept) d.accept = accept;
      d.multiple = el.hasAttribute('multiple');
      const bytes = fileSizeLimit(`${hint} ${clip(textOf(item), 400)}`);
      if (bytes) d.maxBytes = bytes;
    }
    fields.push(d);
  }
  return { headings, fields };
}
