export type InsertOutcome = { ok: true } | { ok: false; reason: 'no-field' | 'too-long' };

/**
 * Fills one field the way typing would: the prototype's value setter (so
 * frameworks that patch the element's own `value` still see a change) and
 * bubbling input and change events (what React, Vue and plain listeners use).
 */
export function fillField(el: Element | undefined, text: string): InsertOutcome {
  const isArea = el instanceof HTMLTextAreaElement;
  if (!el || !el.isConnected || (!isArea && !(el instanceof HTMLInputElement))) return { ok: false, reason: 'no-field' };
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  if (field.disabled || field.readOnly) return { ok: false, reason: 'no-field' };
  // The draft was fitted to maxlength; never cut it here (that could split a sentence).
  if (field.maxLength >= 0 && text.length > field.maxLength) return { ok: false, reason: 'too-long' };
  const proto = isArea ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  field.focus();
  if (setter) setter.call(field, text);
  else field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return { ok: true };
}
