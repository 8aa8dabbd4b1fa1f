import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { rpc } from '@/utils/rpc/client';
import { t } from '@/utils/i18n/translate';
import { ErrorMessage } from '@/components/ErrorMessage';

/**
 * Screenshots the tab the popup was opened over. Opening the popup is the
 * user gesture that grants activeTab, so no host permission is needed. A
 * contact saved just before gets the screenshot attached.
 */
export function CaptureButton({ contactId }: { contactId: string | null }) {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function capture() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined || tab.windowId === undefined) throw new Error('no active tab');
      const e = await rpc('evidence.capture', {
        tabId: tab.id,
        windowId: tab.windowId,
        ...(contactId ? { owner: { ownerType: 'contact' as const, ownerId: contactId } } : {}),
      });
      setDone(e.source?.title || e.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="capture">
      <button type="button" class="secondary" name="capture" disabled={busy} onClick={capture}>
        {t('contact.capture')}
      </button>
      {done !== null && (
        <p class="ok" role="status" data-testid="capture-done">
          {t('contact.captured', { title: done })}
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
