import type { FieldDescription } from '@/utils/domain/complaints/form';
import { fileSizeLimit } from '@/utils/domain/complaints/limits';
import { clip, hintOf, itemOf, labelOf, shown, textOf } from './label';

/**
 * Fields that component libraries build out of hidden or read-only native
 * controls, which the small detector skips (it looks only at visible,
 * editable controls, and must stay small): the library's select (Element-UI /
 * Element Plus `el-select`, Ant Design `ant-select`, View UI `ivu-select`,
 * layui's `layui-form-select` over a hidden <select>) and the hidden
 * <input type=file> behind an upload button (`el-upload__input`, antd and
 * View UI Upload, layui's upload). Part of the form UI, loaded once a form is there.
 */
export interface LibraryField {
  desc: FieldDescription;
  /** What the anchor sits on: the visible select box, the upload button. */
  anchor: Element;
  /**
   * What Insert or Attach acts on, and what keys the field: the select's root,
   * the hidden file input; for layui, its hidden <select> (form.render()
   * replaces the box it draws beside it, the <select> stays).
   */
  target: Element;
}

const SELECT_ROOTS = '.el-select,.ant-select,.ivu-select,.layui-form-select';
const UPLOAD_TRIGGERS = '.el-upload,.ant-upload,.ivu-upload,.van-uploader';
/** Option elements of each library (Element's may live in a popper moved to <body>; found through aria-controls). */
const OPTION_ITEMS =
  '.el-select-dropdown__item,.ant-select-item-option,.ivu-select-item,dd[lay-value]:not(.layui-select-tips),[role=option]';

/** Options seen once are kept: a library moves its dropdown elsewhere (or drops it) after the first opening. */
const seen = new WeakMap<Element, string[]>();

function optionLabel(o: Element): string {
  // antd's accessible copy of its options holds the value as text and the label in aria-label.
  return clip(o.getAttribute('title') || o.getAttribute('aria-label') || textOf(o), 40);
}

/** The listbox a select's combobox input points to (Element Plus, Ant Design), or the root itself. */
function optionsHome(root: Element): Element | null {
  const ctrl = root.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const list = ctrl ? root.ownerDocument.getElementById(ctrl) : null;
  // antd's listbox is a short accessible copy: its real options are siblings in the same dropdown.
  return list?.closest('.ant-select-dropdown') ?? list;
}

export function libraryOptions(root: Element): string[] {
  const own = Array.from(root.querySelectorAll(OPTION_ITEMS));
  const items = own.length ? own : Array.from(optionsHome(root)?.querySelectorAll(OPTION_ITEMS) ?? []);
  const labels = [
    ...new Set(
      items
        .filter((o) => o.getAttribute('aria-disabled') !== 'true')
        .map(optionLabel)
        .filter(Boolean),
    ),
  ];
  if (labels.length) seen.set(root, labels);
  return seen.get(root) ?? [];
}

function describeSelect(root: Element, doc: Document, forLabels: Map<string, Element>): FieldDescription | undefined {
  if (!shown(root) || root.parentElement?.closest(SELECT_ROOTS)) return undefined;
  const input = root.querySelector('input') ?? root;
  const item = itemOf(root, (o) => root.contains(o) || (root.classList.contains('layui-form-select') && o === root.previousElementSibling));
  const label = labelOf(input, doc, item, forLabels, false);
  const placeholder = root.querySelector('.ant-select-selection-placeholder,.ivu-select-placeholder,.el-select__placeholder');
  const hint = clip(`${hintOf(input, null)} ${placeholder ? textOf(placeholder) : ''}`, 160);
  const options = libraryOptions(root);
  // Ant Design renders no option until opened: its menu reads them (library-select.ts probeOptions).
  const later = !options.length && root.classList.contains('ant-select');
  return { key: '', tag: 'select', label, ...(hint ? { hint } : {}), options, ...(later ? { optionsLater: true } : {}) };
}

/** The visible thing a user clicks to choose files: the library's upload box, else the button just before a layui input. */
function uploadTrigger(input: Element): Element | null {
  const lib = input.closest(UPLOAD_TRIGGERS);
  if (lib && shown(lib)) return lib;
  const prev = input.previousElementSibling;
  if (prev && shown(prev)) return prev;
  for (let a = input.parentElement, i = 0; a && i < 3; a = a.parentElement, i++) if (shown(a)) return a;
  return null;
}

function describeUpload(input: Element, doc: Document, forLabels: Map<string, Element>): LibraryField | undefined {
  if (shown(input) || (input as HTMLInputElement).disabled) return undefined;
  const trigger = uploadTrigger(input);
  if (!trigger) return undefined;
  const item = itemOf(trigger, (o) => o === input || trigger.contains(o));
  const label = labelOf(input, doc, item, forLabels, false);
  const hint = hintOf(input, item);
  const desc: FieldDescription = {
    key: '',
    tag: 'input',
    type: 'file',
    label,
    ...(hint ? { hint } : {}),
    multiple: input.hasAttribute('multiple'),
  };
  const accept = input.getAttribute('accept');
  if (accept) desc.accept = accept;
  const bytes = fileSizeLimit(`${hint} ${clip(textOf(item), 400)}`);
  if (bytes) desc.maxBytes = bytes;
  return { desc, anchor: trigger, target: input };
}

/** The library-built fields of the page, in page order, not counting elements in `known` (the detector's own). */
export function describeLibraryFields(doc: Document, known: (el: Element) => boolean): LibraryField[] {
  const forLabels = new Map<string, Element>();
  for (const l of Array.from(doc.querySelectorAll('label[for]'))) forLabels.set(l.getAttribute('for')!, l);
  const out: LibraryField[] = [];
  for (const root of Array.from(doc.querySelectorAll(SELECT_ROOTS)).slice(0, 50)) {
    const desc = describeSelect(root, doc, forLabels);
    const native =
      root.classList.contains('layui-form-select') && root.previousElementSibling?.tagName === 'SELECT'
        ? root.previousElementSibling
        : null;
    if (desc && !known(root)) out.push({ desc, anchor: root, target: native ?? root });
  }
  for (const input of Array.from(doc.querySelectorAll('input[type=file]')).slice(0, 20)) {
    const f = known(input) ? undefined : describeUpload(input, doc, forLabels);
    if (f) out.push(f);
  }
  return out.sort((a, b) => (a.anchor.compareDocumentPosition(b.anchor) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}
