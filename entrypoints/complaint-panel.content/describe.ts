import type { FieldDescription, FormDescription } from '@/utils/domain/complaints/form';

const MAX_FIELDS = 150;
const clip = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);

/** Everything near a field that says what it is for: labels, aria, placeholder, a table cell or text before it. */
function labelOf(el: HTMLElement, doc: Document): string {
  const parts: string[] = [];
  const id = el.getAttribute('id');
  if (id) for (const l of Array.from(doc.querySelectorAll('label'))) if (l.getAttribute('for') === id) parts.push(l.textContent ?? '');
  const wrap = el.closest('label');
  if (wrap) parts.push(wrap.textContent ?? '');
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) for (const ref of labelledBy.split(/\s+/)) parts.push(doc.getElementById(ref)?.textContent ?? '');
  parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
  if (parts.every((p) => !p.trim())) {
    // Table and div layouts: the cell or element just before the field's container.
    const cell = el.closest('td, dd');
    const prev = cell?.previousElementSibling ?? el.previousElementSibling;
    parts.push(prev?.textContent ?? '');
  }
  return clip(parts.filter((p) => p.trim()).join(' '));
}

/**
 * Reduces the page to a FormDescription. `keyOf` gives each field a handle the
 * content script can later resolve back to the element for Insert.
 */
export function describeForm(doc: Document, keyOf: (el: Element, index: number) => string): FormDescription {
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, legend, [role="heading"]'))
    .slice(0, 50)
    .map((h) => clip(h.textContent));
  headings.push(clip(doc.title));
  const fields: FieldDescription[] = [];
  const els = Array.from(doc.querySelectorAll('input, textarea, select')).slice(0, MAX_FIELDS) as HTMLElement[];
  els.forEach((el, i) => {
    const tag = el.tagName.toLowerCase() as FieldDescription['tag'];
    const max = Number(el.getAttribute('maxlength'));
    fields.push({
      key: keyOf(el, i),
      tag,
      ...(tag === 'input' ? { type: el.getAttribute('type') ?? '' } : {}),
      label: labelOf(el, doc),
      ...(el.hasAttribute('maxlength') && Number.isInteger(max) && max >= 0 ? { maxLength: max } : {}),
    });
  });
  return { headings, fields };
}
