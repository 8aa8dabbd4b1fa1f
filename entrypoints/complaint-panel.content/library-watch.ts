import { classifyField, type RecognisedField } from '@/utils/domain/complaints/form';
import { channelDetects, userSiteDetect } from '@/utils/sites/detect';
import type { DetectorHandoff } from './handoff';
import { describeLibraryFields, type LibraryField } from './library-fields';

export interface LibraryFields {
  /** Looks at the page again; true when the library fields changed. */
  refresh(base: RecognisedField[] | null): boolean;
  /** The detector's fields with the library ones, in page order. */
  merged(base: RecognisedField[] | null): RecognisedField[];
  target(key: string): Element | undefined;
  anchor(key: string): Element | undefined;
  isSelect(key: string): boolean;
  /** A select whose options are read only on opening (Ant Design). */
  optionsLater(key: string): boolean;
}

/**
 * The library-built fields (library-fields.ts) beside the detector's: only
 * once the detector has recognised a complaint form here (a select alone
 * makes no complaint form), keyed apart from its keys ("l…"), kept stable
 * per element so an open menu keeps its field.
 */
export function libraryFields(registryId: string | undefined, d: Pick<DetectorHandoff, 'element'>): LibraryFields {
  const detect = channelDetects.find((x) => x.id === registryId) ?? userSiteDetect;
  const keys = new WeakMap<Element, string>();
  let next = 0;
  let found = new Map<string, { lib: LibraryField; field: RecognisedField }>();
  let sig = '';
  const keyOf = (el: Element) => {
    let k = keys.get(el);
    if (!k) keys.set(el, (k = `l${next++}`));
    return k;
  };
  const refresh = (base: RecognisedField[] | null) => {
    const map = new Map<string, { lib: LibraryField; field: RecognisedField }>();
    if (base) {
      const known = base.map((f) => d.element(f.key)).filter((e): e is Element => !!e);
      for (const lib of describeLibraryFields(document, (el) => known.some((k) => el === k || el.contains(k)))) {
        const key = keyOf(lib.target);
        const field = classifyField({ ...lib.desc, key }, detect);
        if (field) map.set(key, { lib, field });
      }
    }
    // A library that draws its box again (layui's form.render()) moves the anchor to the new box.
    const moved = [...map].some(([k, x]) => found.get(k)?.lib.anchor !== x.lib.anchor);
    found = map;
    const now = JSON.stringify([...map.values()].map((x) => x.field));
    const changed = moved || now !== sig;
    sig = now;
    return changed;
  };
  return {
    refresh,
    merged(base) {
      if (!base) return [];
      if (!found.size) return base;
      // An iframe editor's body is ordered by its iframe.
      const at = (f: RecognisedField) => {
        const e = found.get(f.key)?.lib.anchor ?? d.element(f.key);
        return e && e.ownerDocument !== document ? (e.ownerDocument.defaultView?.frameElement ?? undefined) : e;
      };
      return [...base, ...[...found.values()].map((x) => x.field)].sort((a, b) => {
        const ea = at(a);
        const eb = at(b);
        if (!ea || !eb) return 0;
        return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
    },
    target: (key) => found.get(key)?.lib.target,
    anchor: (key) => found.get(key)?.lib.anchor,
    isSelect: (key) => found.get(key)?.lib.desc.tag === 'select',
    optionsLater: (key) => found.get(key)?.lib.desc.optionsLater === true,
  };
}
