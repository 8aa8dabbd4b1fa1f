import { useState } from 'preact/hooks';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { FieldDraft } from '@/utils/domain/complaints/drafts';
import { t } from '@/utils/i18n/translate';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { pointOf } from './guard/may-act';

export interface DraftActions {
  insert: (key: string, text: string, point?: FramePoint) => Promise<string>;
  copy: (text: string, point?: FramePoint) => Promise<string>;
}

function DraftCard({ field, draft, actions, disabled }: { field: RecognisedField; draft: FieldDraft; actions: DraftActions; disabled: boolean }) {
  const [status, setStatus] = useState('');
  const id = `d-${field.key}`;
  const canInsert = draft.fits && !draft.empty;
  return (
    <li class="draft" data-field={field.key} data-section={field.section}>
      <h3 id={id}>
        {t(`panel.section.${field.section}`)} <span class="muted">· {field.label}</span>
      </h3>
      {draft.empty ? (
        <p class="muted">{t('panel.emptySection')}</p>
      ) : (
        <p class="draft-text" data-testid="draft-text">{draft.fits ? draft.text : draft.full}</p>
      )}
      {field.maxLength !== undefined && !draft.empty && draft.fits && (
        <p class="muted small">{t('panel.length', { used: draft.text.length, max: field.maxLength })}</p>
      )}
      {!draft.fits && (
        <p class="error" role="alert" data-testid="too-small">
          {t('panel.tooSmall', { max: field.maxLength ?? 0 })}
        </p>
      )}
      <div class="row">
        {canInsert && (
          <button type="button" aria-describedby={id} disabled={disabled} onClick={async (e) => setStatus(await actions.insert(field.key, draft.text, pointOf(e)))}>
            {t('panel.insert')}
          </button>
        )}
        {!draft.empty && (
          <button type="button" class="secondary" aria-describedby={id} disabled={disabled} onClick={async (e) => setStatus(await actions.copy(draft.fits ? draft.text : draft.full, pointOf(e)))}>
            {t('panel.copy')}
          </button>
        )}
        <span role="status" class="muted small" data-testid="draft-status">{status}</span>
      </div>
    </li>
  );
}

export function FieldDrafts(props: { fields: RecognisedField[]; drafts: FieldDraft[]; actions: DraftActions; disabled: boolean }) {
  const { fields, drafts, actions, disabled } = props;
  return (
    <section aria-labelledby="dr-title">
      <h2 id="dr-title">{t('panel.drafts')}</h2>
      <p class="note">{t('panel.notLegalAdvice')}</p>
      {fields.length === 0 && <p class="muted">{t('panel.noForm')}</p>}
      <ul class="drafts">
        {fields.map((f, i) => (
          <DraftCard key={f.key} field={f} draft={drafts[i]!} actions={actions} disabled={disabled} />
        ))}
      </ul>
    </section>
  );
}
