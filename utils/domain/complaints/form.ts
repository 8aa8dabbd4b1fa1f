import type { ChannelDetect, DraftSection, IdentityPart } from '../../sites/types';

/**
 * A complaint form reduced to plain data: what the content script sees of the
 * page's headings and fields. Recognition works on this, so it is testable on
 * fixture HTML and on hand-written descriptions alike.
 */
export interface FieldDescription {
  /** The content script's handle for the element (never shown). */
  key: string;
  /** 'editor': a contenteditable rich-text editor, also one inside a same-origin iframe. */
  tag: 'input' | 'textarea' | 'select' | 'editor';
  type?: string;
  /** What says what the field is for: its label (a visible label wins over the placeholder). */
  label: string;
  /** Placeholder and help text ("请输入…", "不少于20字"): a hint, used as the label only when there is none. */
  hint?: string;
  maxLength?: number;
  /** Choices of a select, radio group or checkbox group, in page order. */
  options?: string[];
  /** A component library's select that renders its options only once opened (Ant Design): they are read when the user opens its menu. */
  optionsLater?: boolean;
  /** File inputs: the accept attribute, whether several files may go in, a per-file size limit the page states. */
  accept?: string;
  multiple?: boolean;
  maxBytes?: number;
}

export interface FormDescription {
  headings: string[];
  fields: FieldDescription[];
}

/** How a field is filled: typed text, rich text, picking an option, or attaching files. */
export type FieldKind = 'text' | 'rich' | 'choice' | 'file';

export interface RecognisedField {
  key: string;
  section: DraftSection;
  part?: IdentityPart | undefined;
  label: string;
  maxLength?: number | undefined;
  multiline: boolean;
  /** Absent means 'text' (older panel addresses). */
  kind?: FieldKind | undefined;
  hint?: string | undefined;
  options?: string[] | undefined;
  accept?: string | undefined;
  multiple?: boolean | undefined;
  maxBytes?: number | undefined;
}

const TEXT_TYPES = new Set(['', 'text', 'tel', 'email', 'number', 'search']);
/** Words that name what a select or radio group is about (complaint type, product, demand). */
const CHOICE_WORDS = /[类類](?:型|别|別)|分[类類]|[产產]品|[业業]务|[业業]務|type|categor|product/;

function kindOf(f: FieldDescription): FieldKind | undefined {
  if (f.tag === 'editor') return 'rich';
  if (f.tag === 'textarea') return 'text';
  if (f.tag === 'select') return 'choice';
  const type = (f.type ?? '').toLowerCase();
  if (type === 'radio' || type === 'checkbox') return 'choice';
  if (type === 'file') return 'file';
  return TEXT_TYPES.has(type) ? 'text' : undefined;
}

const hintFor = (text: string, detect: ChannelDetect) => {
  const t = text.toLowerCase();
  return t ? detect.fields.find((h) => h.keywords.some((k) => t.includes(k))) : undefined;
};

/** Which draft section a field is for: the first hint whose keyword its label contains, else its placeholder. */
export function classifyField(f: FieldDescription, detect: ChannelDetect): RecognisedField | undefined {
  const kind = kindOf(f);
  if (!kind) return undefined;
  const hint = hintFor(f.label, detect) ?? hintFor(f.hint ?? '', detect);
  const shown = (f.label.trim() || f.hint?.trim() || '').slice(0, 80);
  const extra = {
    kind,
    ...(f.hint ? { hint: f.hint.slice(0, 120) } : {}),
    ...(f.maxLength !== undefined && f.maxLength >= 0 ? { maxLength: f.maxLength } : {}),
  };
  if (kind === 'file') {
    return {
      key: f.key,
      section: 'evidence',
      label: shown,
      multiline: false,
      ...extra,
      ...(f.accept ? { accept: f.accept.slice(0, 120) } : {}),
      multiple: f.multiple === true,
      ...(f.maxBytes ? { maxBytes: f.maxBytes } : {}),
    };
  }
  if (kind === 'choice') {
    const options = (f.options ?? [])
      .filter((o) => o.trim())
      .slice(0, 20)
      .map((o) => o.trim().slice(0, 40));
    const named = CHOICE_WORDS.test(f.label.toLowerCase());
    if ((options.length < 2 && !f.optionsLater) || (!hint && !named)) return undefined;
    return { key: f.key, section: hint?.section ?? 'facts', label: shown, multiline: false, ...extra, options };
  }
  if (!hint) return undefined;
  return {
    key: f.key,
    section: hint.section,
    ...(hint.part ? { part: hint.part } : {}),
    label: shown,
    multiline: f.tag === 'textarea' || f.tag === 'editor',
    ...extra,
  };
}

/**
 * The recognised fields of a complaint form, or null when the page is not one:
 * the channel's words must appear in a heading or label, and there must be a
 * text field for the facts plus at least one other mapped field. A search box
 * or a login form on the same site is therefore not a complaint form.
 */
export function recognizeForm(desc: FormDescription, detect: ChannelDetect): RecognisedField[] | null {
  const texts = [...desc.headings, ...desc.fields.map((f) => `${f.label} ${f.hint ?? ''}`)].map((s) => s.toLowerCase());
  if (!detect.formKeywords.some((k) => texts.some((t) => t.includes(k)))) return null;
  const fields = desc.fields.map((f) => classifyField(f, detect)).filter((f): f is RecognisedField => f !== undefined);
  const facts = fields.some((f) => f.section === 'facts' && (f.kind === 'text' || f.kind === 'rich'));
  if (!facts || fields.length < 2) return null;
  return fields;
}
