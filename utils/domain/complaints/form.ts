import type { ChannelDetect, DraftSection, IdentityPart } from '../../sites/types';

/**
 * A complaint form reduced to plain data: what the content script sees of the
 * page's headings and fields. Recognition works on this, so it is testable on
 * fixture HTML and on hand-written descriptions alike.
 */
export interface FieldDescription {
  /** The content script's handle for the element (never shown). */
  key: string;
  tag: 'input' | 'textarea' | 'select';
  type?: string;
  /** Label text, aria-label, placeholder, name: everything that says what the field is for. */
  label: string;
  maxLength?: number;
}

export interface FormDescription {
  headings: string[];
  fields: FieldDescription[];
}

export interface RecognisedField {
  key: string;
  section: DraftSection;
  part?: IdentityPart;
  label: string;
  maxLength?: number;
  multiline: boolean;
}

const TEXT_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'search']);

function isTextField(f: FieldDescription): boolean {
  return f.tag === 'textarea' || (f.tag === 'input' && TEXT_TYPES.has((f.type ?? '').toLowerCase()));
}

/** Which draft section a field is for, by the first hint whose keyword its label contains. */
export function classifyField(f: FieldDescription, detect: ChannelDetect): RecognisedField | undefined {
  if (!isTextField(f)) return undefined;
  const label = f.label.toLowerCase();
  const hint = detect.fields.find((h) => h.keywords.some((k) => label.includes(k)));
  if (!hint) return undefined;
  return {
    key: f.key,
    section: hint.section,
    ...(hint.part ? { part: hint.part } : {}),
    label: f.label.trim().slice(0, 80),
    ...(f.maxLength !== undefined && f.maxLength >= 0 ? { maxLength: f.maxLength } : {}),
    multiline: f.tag === 'textarea',
  };
}

/**
 * The recognised fields of a complaint form, or null when the page is not one:
 * the channel's words must appear in a heading or label, and there must be a
 * field for the facts plus at least one other mapped field. A search box or a
 * login form on the same site is therefore not a complaint form.
 */
export function recognizeForm(desc: FormDescription, detect: ChannelDetect): RecognisedField[] | null {
  const texts = [...desc.headings, ...desc.fields.map((f) => f.label)].map((s) => s.toLowerCase());
  if (!detect.formKeywords.some((k) => texts.some((t) => t.includes(k)))) return null;
  const fields = desc.fields.map((f) => classifyField(f, detect)).filter((f): f is RecognisedField => f !== undefined);
  if (!fields.some((f) => f.section === 'facts') || fields.length < 2) return null;
  return fields;
}
