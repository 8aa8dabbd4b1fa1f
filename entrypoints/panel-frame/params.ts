import * as v from 'valibot';
import { DRAFT_SECTIONS } from '@/utils/sites/types';
import { matchLocale } from '@/utils/i18n/detect';
import type { Locale } from '@/utils/i18n/locales';
import type { RecognisedField } from '@/utils/domain/complaints/form';

const FieldSchema = v.object({
  key: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/)),
  section: v.picklist(DRAFT_SECTIONS),
  part: v.exactOptional(v.picklist(['name', 'phone', 'address'] as const)),
  label: v.pipe(v.string(), v.maxLength(200)),
  maxLength: v.exactOptional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  multiline: v.boolean(),
  kind: v.optional(v.picklist(['text', 'rich', 'choice', 'file'] as const)),
  hint: v.optional(v.pipe(v.string(), v.maxLength(200))),
  options: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(20))),
  accept: v.optional(v.pipe(v.string(), v.maxLength(200))),
  multiple: v.optional(v.boolean()),
  maxBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export interface PanelParams {
  channelId: string;
  /** The page's language for drafts, from its lang attribute, else the channel's. */
  pageLang?: Locale;
  url: string;
  fields: RecognisedField[];
  /** Opened in its own window (user-added site) rather than inside the page. */
  inWindow: boolean;
  /** The inline menu of this one field (absent: the docked panel). */
  field?: string;
  /** The user chose the field by hand (manual mode): the menu asks which draft goes there. */
  manual: boolean;
  /** The panel starts as its tab (a phone-sized window). */
  collapsed: boolean;
}

/** The panel's address carries what the content script recognised; anything malformed is dropped. */
export function readParams(search: string): PanelParams {
  const q = new URLSearchParams(search);
  let fields: RecognisedField[] = [];
  try {
    const parsed = v.safeParse(v.array(FieldSchema), JSON.parse(q.get('fields') ?? '[]'));
    if (parsed.success) fields = parsed.output.slice(0, 40);
  } catch {
    fields = [];
  }
  const lang = matchLocale(q.get('lang'));
  return {
    channelId: q.get('channel') ?? '',
    ...(lang ? { pageLang: lang } : {}),
    url: q.get('url') ?? '',
    fields,
    inWindow: q.get('window') === '1',
    ...(q.get('field') && fields.some((f) => f.key === q.get('field')) ? { field: q.get('field')! } : {}),
    manual: q.get('manual') === '1',
    collapsed: q.get('collapsed') === '1',
  };
}
