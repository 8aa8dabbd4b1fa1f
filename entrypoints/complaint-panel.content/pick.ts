import type { RecognisedField } from '@/utils/domain/complaints/form';
import { hintOf, itemOf, labelOf } from './label';
import { iframeBody, replacedTextarea } from './editors';

/**
 * Manual mode, for forms recognition missed: the user's next click on a
 * field of the page (a real click, Escape cancels) chooses that field; its
 * inline menu then asks which draft goes there. Nothing is filled yet.
 */
export function pickField(onPick: (el: Element, field: RecognisedField) => void): void {
  // Same-origin iframe editors (UEditor, KindEditor, TinyMCE, CKEditor 4): a click inside one reaches only its document.
  const docs = [document, ...Array.from(document.querySelectorAll('iframe')).flatMap((f) => (iframeBody(f) ? [f.contentDocument!] : []))];
  const stop = () => {
    for (const doc of docs) {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
    }
  };
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && stop();
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted) return;
    const t = e.composedPath()[0] as Node | undefined;
    const doc = t?.ownerDocument;
    const frame = doc && doc !== document ? (doc.defaultView?.frameElement ?? null) : null;
    if (frame) {
      // Anywhere in an editor's iframe: its editable body is the field, labelled as the textarea it replaced.
      const body = iframeBody(frame);
      if (!body) return;
      stop();
      const labelEl = replacedTextarea(frame, document) ?? frame;
      const item = itemOf(labelEl, () => false);
      return onPick(body, {
        key: '',
        section: 'facts',
        label: labelOf(labelEl, document, item, new Map(), false).slice(0, 80),
        multiline: true,
        kind: 'rich',
      });
    }
    const el = t?.nodeType === 1 ? (t as Element).closest('input, textarea, select, [contenteditable]') : null;
    if (!el || (el instanceof HTMLInputElement && ['hidden', 'submit', 'button', 'password'].includes(el.type))) return;
    stop();
    const root =
      el.closest('[contenteditable]') && !(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) ? topEditable(el) : el;
    const item = itemOf(root, () => false);
    const kind =
      root instanceof HTMLSelectElement
        ? 'choice'
        : root instanceof HTMLInputElement && root.type === 'file'
          ? 'file'
          : root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement
            ? 'text'
            : 'rich';
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
  for (const doc of docs) {
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
  }
}

function topEditable(el: Element): Element {
  let top = el;
  for (let a = el.parentElement; a?.isContentEditable; a = a.parentElement) top = a;
  return top;
}
