import { useState } from 'preact/hooks';
import type { Evidence } from '@/utils/db/records';
import type { IntegrityResult } from '@/utils/db/repos/evidence';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/i18n/format';
import type { MessageKey } from '@/utils/i18n/messages';
import { ErrorMessage } from '@/components/ErrorMessage';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One evidence item with its integrity check and delete. */
export function EvidenceRow({ item: e, onView }: { item: Evidence; onView: () => void }) {
  const [check, setCheck] = useState<IntegrityResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = (p: Promise<unknown>) => p.catch(setError);
  return (
    <tr data-evidence-id={e.id}>
      <td>{formatDateTime(e.capturedAt, getLocale())}</td>
      <td>
        {e.source ? (
          <>
            <strong>{e.source.title || e.name}</strong>
            <br />
            <span class="muted break">{e.source.url}</span>
          </>
        ) : (
          e.name
        )}
      </td>
      <td>
        {e.mime}
        <br />
        <span class="muted">{formatSize(e.size)}</span>
      </td>
      <td>{t(`evidence.owner.${e.ownerType ?? 'none'}` as MessageKey)}</td>
      <td>
        <code class="hash break">{e.sha256}</code>
        {check && (
          <p class={check.match ? 'ok' : 'error'} role="status" data-testid="integrity">
            {t(check.match ? 'evidence.match' : 'evidence.mismatch')}
          </p>
        )}
        <ErrorMessage error={error} />
      </td>
      <td class="row-actions">
        <button type="button" class="secondary" onClick={onView}>
          {t('evidence.view')}
        </button>
        <button type="button" class="secondary" onClick={() => run(rpc('evidence.verify', { id: e.id }).then(setCheck))}>
          {t('evidence.verify')}
        </button>
        <button type="button" class="secondary" onClick={() => run(rpc('evidence.delete', { id: e.id }))}>
          {t('action.delete')}
        </button>
      </td>
    </tr>
  );
}
