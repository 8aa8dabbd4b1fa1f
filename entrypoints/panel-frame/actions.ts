import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { FramePoint, InsertResult } from '@/utils/sites/panel-messages';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { DraftActions } from './FieldDrafts';
import { mayAct, refusalText } from './guard/may-act';
import { confirmUnsure } from './guard/ConfirmUnsure';

function refusal(r: InsertResult): string {
  switch (r.reason) {
    case 'covered':
    case 'hidden':
    case 'wait':
    case 'unsure':
      return refusalText(r.reason);
    case 'moved':
      return t('hardening.window.moved');
    case 'too-long':
      return t('panel.tooLong');
    case 'not-accepted':
      return t('hints.notAccepted');
    case 'one-only':
      return t('hints.oneOnly');
    case 'too-large':
      return t('hints.tooLarge');
    default:
      return t('panel.insertFailed');
  }
}

export type Guarded = (
  point: FramePoint | undefined,
  fn: () => Promise<string>,
  askPage?: boolean,
  confirmText?: string,
) => Promise<string>;

/**
 * The frame's actions, for the docked panel and the inline menu alike: each
 * behind mayAct (guard/may-act.ts) with its click point. Insert, select and
 * attach are checked again by the form UI at that point when the message
 * arrives (so the frame does not ask the page first); Copy and Record ask it.
 */
export function panelActions(
  fields: RecognisedField[],
  isVisible: () => boolean,
  onError: (e: unknown) => void,
): DraftActions & { guarded: Guarded } {
  const guarded: Guarded = async (point, fn, askPage = true, confirmText) => {
    const refused = await mayAct(point, isVisible, askPage);
    // 'unsure' (the check could not be made): with the text to show, the user may confirm it in the panel.
    if (refused && !(refused === 'unsure' && confirmText !== undefined && (await confirmUnsure('Copy', confirmText))))
      return refusalText(refused);
    try {
      return await fn();
    } catch (e) {
      onError(e);
      return '';
    }
  };
  const at = (point: FramePoint | undefined) => (point ? { point } : {});
  const insert = (key: string, text: string, ok: string, point: FramePoint | undefined) =>
    guarded(
      point,
      async () => {
        let r = await rpc('panel.insert', { key, text, ...at(point) });
        // The page could not check the click: the user confirms the exact text here, then it goes in.
        if (!r.ok && r.reason === 'unsure') {
          if (!(await confirmUnsure('Insert', text))) return refusal(r);
          r = await rpc('panel.insert', { key, text, confirmed: true, ...at(point) });
        }
        if (!r.ok) return refusal(r);
        return r.changed ? t('hints.changed') : ok;
      },
      false,
    );
  return {
    guarded,
    insert: (key, text, point) => insert(key, text, t('panel.inserted'), point),
    select: (key, option, point) => insert(key, option, t('hints.selected'), point),
    copy: (text, point) => guarded(point, async () => (await navigator.clipboard.writeText(text), t('panel.copied')), true, text),
    attach: (key, ids, reencode, point) =>
      guarded(
        point,
        async () => {
          const maxBytes = fields.find((f) => f.key === key)?.maxBytes;
          const r = await rpc('panel.attach', { key, ids, reencode, ...(maxBytes ? { maxBytes } : {}), ...at(point) });
          return r.ok ? t('hints.attached', { count: r.count ?? ids.length }) : refusal(r);
        },
        false,
      ),
  };
}
