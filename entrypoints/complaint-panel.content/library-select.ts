import { clip, textOf } from './label';
import { libraryOptions } from './library-fields';
import { afterPaint } from './host';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Where each library shows the chosen value (read back after the click). */
const SHOWN_VALUE = '.el-select__placeholder:not(.is-transparent),.ant-select-selection-item,.ivu-select-selected-value';

function shownValue(root: Element): string {
  const item = root.querySelector(SHOWN_VALUE);
  if (item) return norm(item.getAttribute('title') || textOf(item));
  // Element-UI and layui show it in their read-only input.
  return norm((root.querySelector('input:not([type=hidden])') as HTMLInputElement | null)?.value);
}

const frame = () => new Promise<void>((res) => afterPaint(res));

/** The option element whose label is `want`: in the root, in the popup its input points to, or in the one open dropdown. */
function findOption(root: Element, want: string): HTMLElement | undefined {
  const doc = root.ownerDocument;
  const ctrl = root.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const home = ctrl
    ? (doc.getElementById(ctrl)?.closest('.ant-select-dropdown,.el-select-dropdown,.el-popper') ?? doc.getElementById(ctrl))
    : null;
  const scopes = [root, home, doc.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')].filter((x): x is Element => !!x);
  for (const s of scopes) {
    const o = Array.from(s.querySelectorAll('.el-select-dropdown__item,.ant-select-item-option,.ivu-select-item,dd[lay-value]')).find(
      (x) => norm(clip(x.getAttribute('title') || x.getAttribute('aria-label') || textOf(x), 40)) === want,
    );
    if (o) return o as HTMLElement;
  }
  return undefined;
}

const BOX = '.ant-select-selector,.el-select__wrapper,.layui-select-title,.ivu-select-selection';

/** Opens the library's dropdown as a press on its box would (antd opens on mousedown, others on click). */
function openDropdown(root: Element): void {
  const box = root.querySelector(BOX) ?? root;
  box.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: window }));
  (box as HTMLElement).click();
}

/**
 * Reads the options of a select that renders them only once opened (Ant
 * Design), on the user's click on its anchor: opens the dropdown, reads the
 * options, closes it again (a press outside, as the library expects) and
 * gives the focus back. Nothing is selected.
 */
export async function probeOptions(root: Element | undefined): Promise<void> {
  if (!root?.isConnected || libraryOptions(root).length) return;
  const focused = document.activeElement;
  openDropdown(root);
  for (let i = 0; i < 20 && !libraryOptions(root).length; i++) await frame();
  document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, view: window }));
  if (document.activeElement !== focused && root.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
}

/**
 * Chooses `text` in a component library's select by clicking its option, as
 * the user would, so the library's own model changes (v-model, Form state).
 * Element, View UI and layui take a click on the option even while closed;
 * Ant Design renders its options only once opened (a mousedown on the box),
 * and closes again after the choice. Only on the user's click in our menu.
 */
export async function chooseLibraryOption(target: Element | undefined, text: string): Promise<boolean> {
  // layui: the key is its hidden <select>; the box it draws is the next sibling.
  const root = target?.tagName === 'SELECT' ? target.nextElementSibling : target;
  if (!root?.isConnected) return false;
  const want = norm(text);
  let option = findOption(root, want);
  if (!option) {
    openDropdown(root);
    for (let i = 0; i < 20 && !option; i++) {
      await frame();
      option = findOption(root, want);
    }
  }
  if (!option) return false;
  option.click();
  for (let i = 0; i < 20 && shownValue(root) !== want; i++) await frame();
  libraryOptions(root);
  return shownValue(root) === want;
}
