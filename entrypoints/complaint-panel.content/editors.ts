/**
 * Rich-text editors. In the page: the root of a contenteditable region
 * (wangEditor, Quill, Slate, plain [contenteditable]) whose parent is not
 * editable. In a same-origin iframe (UEditor, KindEditor, TinyMCE,
 * CKEditor 4): the iframe's body in design mode; its label is that of the
 * textarea the editor replaced (hidden beside it), else the iframe's own.
 */
export function isEditorRoot(el: Element): boolean {
  if (el.tagName === 'IFRAME') return false;
  if (el.classList.contains('ql-clipboard')) return false;
  const p = el.parentElement?.closest('[contenteditable]');
  return !p || p.getAttribute('contenteditable') === 'false';
}

/** The editable body of a same-origin iframe editor, or null (cross-origin, not editable, not loaded). */
export function iframeBody(frame: Element): HTMLElement | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    const body = doc?.body;
    if (!doc || !body) return null;
    return doc.designMode === 'on' || body.isContentEditable || body.getAttribute('contenteditable') === 'true' ? body : null;
  } catch {
    return null;
  }
}

/** The textarea an iframe editor replaced: hidden, just before the editor's container (or named by the iframe's id). */
export function replacedTextarea(frame: Element, doc: Document): Element | null {
  const id = frame.getAttribute('id') ?? '';
  const m = /^(.+?)(?:_ifr|_iframe)$/.exec(id);
  const named = m ? doc.getElementById(m[1]!) : null;
  if (named?.tagName === 'TEXTAREA') return named;
  for (let a: Element | null = frame, i = 0; a && i < 6; a = a.parentElement, i++) {
    for (let s = a.previousElementSibling, j = 0; s && j < 2; s = s.previousElementSibling, j++)
      if (s.tagName === 'TEXTAREA' || (s.tagName === 'SCRIPT' && s.getAttribute('type') === 'text/plain')) return s;
  }
  return null;
}
