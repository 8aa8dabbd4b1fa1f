import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { DRAFT_SECTIONS, type DraftSection } from '@/utils/sites/types';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { ComplaintRecords } from '@/utils/domain/complaints/records';
import type { FieldDraft } from '@/utils/domain/complaints/drafts';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FieldCard, type DraftActions, type Edits } from './FieldDrafts';
import type { Guarded } from './actions';
import { pointOf } from './guard/may-act';
import { FocusWarning } from './guard/FocusWarning';
import type { PanelParams } from './params';
import { useStatus } from './useStatus';

interface Props {
  params: PanelParams;
  field: RecognisedField;
  records: ComplaintRecords | null;
  draftFor: (f: RecognisedField) => FieldDraft;
  actions: DraftActions & { guarded: Guarded };
  edits: Edits;
  covered: boolean;
  /** The page took the focus (guard/focus-steal.ts): warn, and take no typing until the user resumes. */
  focusStolen: boolean;
  onResume: () => void;
  error: unknown;
}

/**
 * The inline menu of one field, opened from its anchor: what the field wants,
 * its draft (or suggested option, or evidence files), Insert, Copy and the
 * count against the field's limit. In manual mode the user says which draft
 * goes there, and can copy a local note about the field recognition missed.
 */
export function InlineMenu({ params, field: recognised, records, draftFor, actions, edits, covered, focusStolen, onResume, error }: Props) {
  const [section, setSection] = useState<DraftSection>(recognised.section);
  const [noteStatus, setNoteStatus] = useStatus();
  const field = { ...recognised, section };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && void rpc('panel.frame', { action: 'close-menu' }).catch(() => {});
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  // Through the same guard as the panel's Copy (actions.copy: mayAct at the click point).
  const note = (e: MouseEvent) =>
    actions.copy(
      t('hints.noteText', {
        url: params.url,
        field: [recognised.label, recognised.hint, recognised.kind].filter(Boolean).join(' / '),
        section: t(`panel.section.${section}`),
      }),
      pointOf(e),
    );
  return (
    <main class="panel-main menu" data-ready={records ? '' : undefined} data-testid="inline-menu">
      <div class="row menu-head">
        <strong>{t('hints.wants', { what: t(`panel.section.${section}`) })}</strong>
        <button type="button" class="secondary" data-action="close-menu" onClick={() => void rpc('panel.frame', { action: 'close-menu' })}>
          {t('hints.close')}
        </button>
      </div>
      {recognised.hint && <p class="muted small">{t('hints.pageHint', { hint: recognised.hint })}</p>}
      {params.manual && (
        <label class="inline">
          {t('hints.manualSection')}{' '}
          <select name="section" value={section} onChange={(e) => setSection((e.target as HTMLSelectElement).value as DraftSection)}>
            {DRAFT_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(`panel.section.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorMessage error={error} />
      {covered && (
        <p class="error" role="alert" data-testid="covered">
          {t('panel.covered')}
        </p>
      )}
      {focusStolen && <FocusWarning onResume={onResume} />}
      {records && (
        <ul class="drafts" inert={focusStolen}>
          <FieldCard field={field} draft={draftFor(field)} records={records} actions={actions} disabled={covered} edits={edits} />
        </ul>
      )}
      {params.manual && (
        <p class="row">
          <button type="button" class="secondary" data-action="note" disabled={covered} onClick={async (e) => setNoteStatus(await note(e))}>
            {t('hints.note')}
          </button>
          <span class="muted small" role="status">
            {noteStatus || t('hints.noteHelp')}
          </span>
        </p>
      )}
    </main>
  );
}
