import { useState } from 'preact/hooks';
import type { Complaint } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { useStatus } from './useStatus';

/**
 * After "record": the complaint stays a draft until the user says it was
 * submitted, with the channel's reference number when they have one.
 */
export function SubmitRecord(props: {
  draft: Complaint;
  disabled: boolean;
  onSubmit: (referenceNo: string, point?: FramePoint) => Promise<string>;
}) {
  const [ref, setRef] = useState('');
  const [status, setStatus] = useStatus();
  if (props.draft.status !== 'draft')
    return (
      <p role="status" data-testid="submitted-status">
        {t('draftPanel.isSubmitted', { ref: props.draft.referenceNo || '—' })}
      </p>
    );
  return (
    <form
      class="row"
      data-testid="mark-submitted"
      onSubmit={async (e) => {
        e.preventDefault();
        // The guard hit-tests the submit button's box (no pointer point: x = y = 0), as for a keyboard activation.
        const r = (e as SubmitEvent).submitter?.getBoundingClientRect();
        setStatus(
          await props.onSubmit(ref, r ? { x: 0, y: 0, rect: { left: r.left, top: r.top, width: r.width, height: r.height } } : undefined),
        );
      }}
    >
      <label>
        {t('draftPanel.refLabel')}
        <input name="referenceNo" value={ref} maxLength={200} onInput={(e) => setRef(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={props.disabled}>
        {t('draftPanel.submitted')}
      </button>
      <span role="status" class="muted small">
        {status}
      </span>
    </form>
  );
}
