import { useEffect, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { channelById } from '@/utils/sites';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { PanelSummary } from '@/utils/rpc/methods/panel';

/** The complaint helper, inside the extension iframe the content script mounts. */
export function PanelApp({ channelId }: { channelId: string }) {
  const [summary, setSummary] = useState<PanelSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const channel = channelById(channelId);

  useEffect(() => {
    rpc('panel.summary', { channelId }).then(setSummary, setError);
  }, [channelId]);

  return (
    <main class="panel-main">
      <h1>{t('panel.title')}</h1>
      {channel && <p class="muted">{channel.name[getLocale()]}</p>}
      <ErrorMessage error={error} />
      {summary && <p data-testid="contact-count">{t('contact.count', { count: summary.contactCount })}</p>}
    </main>
  );
}
