import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import type { InsertResult } from '@/utils/sites/panel-messages';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { DraftActions } from './FieldDrafts';
import { mayAct } from './may-act';

function refusal(r: InsertResult): string {
  switch (r.reason) {
    case 'covered':
      return t('panel.obscured');
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

/**
 * The frame's actions, each behind mayAct (the "may I act?" question) and
 * asked again by the content script when the message arrives.
 */
export function panelActions(fields: RecognisedField[], isVisible: () => boolean, onError: (e: unknown) => void): DraftActions & { guarded: (fn: () => Promise<string>) => Promise<string> } {
  const guarded = async (fn: () => Promise<string>) => {
    const no = mayAct(isVisible);
    if (no) return t(no);
    try {
      return await fn();
    } catch (e) {
      onError(e);
      return '';
    }
  };
  const insert = (key: string, text: string, ok: string) =>
    guarded(async () => {
      const r = await rpc('panel.insert', { key, text });
      if (!r.ok) return refusal(r);
      return r.changed ? t('hints.changed') : ok;
    });
  return {
    guarded,
    insert: (key, text) => insert(key, text, t('panel.inserted')),
    select: (key, option) => insert(key, option, t('hints.selected')),
    copy: (text) => guarded(async () => (await navigator.clipboard.writeText(text), t('panel.copied'))),
    attach: (key, ids, reencode) =>
      guarded(async () => {
        const maxBytes = fields.find((f) => f.key === key)?.maxBytes;
        const r = await rpc('panel.attach', { key, ids, reencode, ...(maxBytes ? { maxBytes } : {}) });
        return r.ok ? t('hints.attached', { count: r.count ?? ids.length }) : refusal(r);
      }),
  };
}
