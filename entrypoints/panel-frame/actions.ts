import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { FramePoint, InsertResult } from '@/utils/sites/panel-messages';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { DraftActions } from './FieldDrafts';
import { mayAct, refusalText } from './guard/may-act';
import { confirmUnsure, type ConfirmKind } from './guard/ConfirmUnsure';

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

/** What the confirmation shows when the page cannot check the click: the text to insert, copy or record, or the files. */
export interface ToConfirm {
  kind: ConfirmKind;
  text: string;
}

export type Guarded = (point: FramePoint | undefined, fn: () => Promise<string>, askPage?: boolean, confirm?: ToConfirm) => Promise<string>;

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
  const guarded: Guarded = async (point, fn, askPage = true, confirm) => {
    const refused = await mayAct(point, isVisible, askPage);
    // 'unsure' (the check could not be made): with the text to show, the user may confirm it in the panel.
    if (refused && !(refused === 'unsure' && confirm !== undefined && (await confirmUnsure(confirm.kind, confirm.text))))
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
    copy: (text, point) =>
      guarded(point, async () => (await navigator.clipboard.writeText(text), t('panel.copied')), true, { kind: 'Copy', text }),
    attach: (key, files, reencode, point) =>
      guarded(
        point,
        async () => {
          const maxBytes = fields.find((f) => f.key === key)?.maxBytes;
          const input = { key, ids: files.map((f) => f.id), reencode, ...(maxBytes ? { maxBytes } : {}), ...at(point) };
          let r = await rpc('panel.attach', input);
          // The page could not check the click: the user confirms which files, by name, then they go in.
          if (!r.ok && r.reason === 'unsure') {
            if (!(await confirmUnsure('Attach', files.map((f) => f.name).join('\n')))) return refusal(r);
            r = await rpc('panel.attach', { ...input, confirmed: true });
          }
          return r.ok ? t('hints.attached', { count: r.count ?? files.length }) : refusal(r);
        },
        false,
      ),
  };
}
