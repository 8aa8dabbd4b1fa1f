import type { RecognisedField } from '@/utils/domain/complaints/form';
import { hintOf, itemOf, labelOf } from './label';

/**
 * Manual mode, for forms recognition missed: the user's next click on a
 * field of the page (a real click, Escape cancels) chooses that field; its
 * inline menu then asks which draft goes there. Nothing is filled yet.
 */
export function pickField(onPick: (el: Element, field: RecognisedField) => void): void {
  const stop = () => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKey, true);
  };
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && stop();
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const t = e.composedPath()[0];
    const el = t instanceof Element ? t.closest('input, textarea, select, [contenteditable]') : null;
    if (!el || (el instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'password'].includes(el.type))) return;
    stop();
    const root = el.closest('[contenteditable]') && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) ? topEditable(el) : el;
    const item = itemOf(root, () => false);
    const kind = root instanceof HTMLSelectElement ? 'choice' : root instanceof HTMLInputElement && root.type === 'file' ? 'file' : root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement ? 'text' : 'rich';
    const max = root instanceof HTMLInputElement || root instanceof HTMLTextAreaElement ? root.maxLength : -1;
    onPick(root, {
      key: '',
      section: kind === 'file' ? 'evidence' : 'facts',
      label: labelOf(root, document, item, new Map(), false).slice(0, 80),
      ...(hintOf(root, item) ? { hint: hintOf(root, item).slice(0, 120) } : {}),
      multiline: kind === 'rich' || root instanceof HTMLTextAreaElement,
      kind,
      ...(max > 0 ? { maxLength: max } : {}),
    });
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
}

function topEditable(el: Element): Element {
  let top = el;
  for (let a = el.parentElement; a?.isContentEditable; a = a.parentElement) top = a;
  return top;
}
