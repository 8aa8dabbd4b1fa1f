import * as v from 'valibot';
import { id, longText, shortText } from '../../model/fields';
import type { RecordPool } from '../../domain/complaints/select';
import type { Jurisdiction } from '../../model/records';
import { FRAME_ACTIONS, type InsertResult } from '../../sites/panel-messages';
import { method } from '../define';

export interface PanelSummary {
  contactCount: number;
}

/**
 * The user's records a complaint draws on, for one lender (or all when none is chosen),
 * and the user's jurisdiction (absent until the user has chosen one).
 */
export type PanelContext = RecordPool & { jurisdiction?: Jurisdiction };

export const fieldKey = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,32}$/));

const coord = v.pipe(v.number(), v.minValue(-100_000), v.maxValue(100_000));
/** Where the user clicked in the panel frame, and the button's box (the click-jacking guard hit-tests them). */
export const FramePointSchema = v.strictObject({
  x: coord,
  y: coord,
  rect: v.optional(v.strictObject({ left: coord, top: coord, width: coord, height: coord })),
});

// The complaint panel's methods: the only ones a web page's tab can reach.
// Reads here serve the panel iframe (an extension page the site cannot read);
// the content script itself gets no method that returns stored data.
export const panelMethods = {
  'panel.summary': method<PanelSummary>()(v.strictObject({ channelId: shortText }), ['panel', 'page']),
  'panel.context': method<PanelContext>()(v.strictObject({ lenderId: v.optional(id) }), ['panel']),
  /** Relayed to the content script of the panel's own tab: fills exactly that field. */
  'panel.insert': method<InsertResult>()(
    // confirmed: the user confirmed this text in the panel after the guard answered 'unsure' (only that refusal is lifted).
    v.strictObject({ key: fieldKey, text: longText, point: v.optional(FramePointSchema), confirmed: v.optional(v.literal(true)) }),
    ['panel'],
  ),
  /** Before Copy, Record or attaching a file: may the panel act at this click? (the content script's guard) */
  'panel.check': method<InsertResult>()(v.strictObject({ point: v.optional(FramePointSchema) }), ['panel']),
  'panel.frame': method<InsertResult>()(v.strictObject({ action: v.picklist(FRAME_ACTIONS) }), ['panel']),
  /**
   * Relayed like insert: puts these evidence files into that file input. Files over `maxBytes` are
   * refused, or, for images with `reencode`, re-encoded smaller first.
   */
  'panel.attach': method<InsertResult>()(
    v.strictObject({
      key: fieldKey,
      ids: v.pipe(v.array(id), v.minLength(1), v.maxLength(10)),
      maxBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1024), v.maxValue(200 * 1024 * 1024))),
      reencode: v.optional(v.boolean()),
      point: v.optional(FramePointSchema),
      // As for insert: the user confirmed these files in the panel after the guard answered 'unsure'.
      confirmed: v.optional(v.literal(true)),
    }),
    ['panel'],
  ),
  /** From the content script once a form is recognised (or the user asked): inject the form UI into the tab's top frame. */
  'panel.loadUi': method<{ loaded: boolean }>()(v.strictObject({}), ['content']),
  /** The content script asks whether the user hid the panel on its page's host (it cannot read storage.local). */
  'panel.hidden': method<{ hidden: boolean }>()(v.strictObject({}), ['content']),
  /**
   * Opens the panel in its own window for a tab: from the docked panel (its own tab, the click point
   * checked by the page's guard) or from the toolbar popup (the active tab). Never from a content script.
   */
  'panel.openWindow': method<{ opened: boolean; reason?: 'no-page' | 'too-soon' | 'covered' }>()(
    v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))), point: v.optional(FramePointSchema) }),
    ['panel', 'page'],
  ),
};
