import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lender, UserSite } from '@/utils/model/records';
import { sitePattern } from '@/utils/domain/complaints/site-pattern';
import { readHiddenHosts, writeHiddenHosts } from '@/utils/storage/items';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { localLenderName } from '@/utils/i18n/lender-name';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useRequestKey } from '@/components/useRequestKey';

function useGranted(sites: UserSite[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  useEffect(() => {
    const check = async () => {
      const origins = (await browser.permissions.getAll()).origins ?? [];
      setGranted(Object.fromEntries(sites.map((s) => [s.id, origins.includes(s.pattern)])));
    };
    void check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [sites]);
  return granted;
}

/** Lenders' own complaint pages: each one https host, asked for on the user's click. */
export function UserSites({ sites, lenders }: { sites: UserSite[]; lenders: Lender[] }) {
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [lenderId, setLenderId] = useState('');
  const [fieldError, setFieldError] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  const granted = useGranted(sites);
  const loadHidden = async () => {
    setHidden(await readHiddenHosts());
  };
  useEffect(() => void loadHidden(), []);

  const [requestKey, renewKey] = useRequestKey();
  const add = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const pat = sitePattern(url);
    if (!pat.ok) return setFieldError(t(`complaint.site.error.${pat.reason}`));
    setFieldError('');
    // The request must be the first thing the click does: browsers allow it only during the user's gesture.
    if (!(await browser.permissions.request({ origins: [pat.pattern] }))) return setFieldError(t('complaint.site.denied'));
    try {
      await rpc('complaints.addSite', { url, label, ...(lenderId ? { lenderId } : {}), requestKey });
      renewKey();
      setUrl('');
      setLabel('');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="us-title">
      <h2 id="us-title">{t('complaint.site.title')}</h2>
      <p class="muted">{t('complaint.site.intro')}</p>
      <ul data-testid="user-sites">
        {sites.map((s) => (
          <li key={s.id}>
            <strong>{s.label}</strong> <code>{s.pattern}</code>{' '}
            <span class={granted[s.id] ? 'ok' : 'error'}>{t(granted[s.id] ? 'complaint.site.granted' : 'complaint.site.notGranted')}</span>{' '}
            {!granted[s.id] && (
              <button type="button" class="secondary" onClick={() => void browser.permissions.request({ origins: [s.pattern] })}>
                {t('complaint.site.grant')}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                await browser.permissions.remove({ origins: [s.pattern] });
                await rpc('complaints.removeSite', { id: s.id }).catch(setError);
              }}
            >
              {t('complaint.site.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          {t('complaint.site.url')}
          <input
            name="site-url"
            value={url}
            required
            maxLength={200}
            aria-invalid={fieldError ? 'true' : undefined}
            aria-describedby="site-url-error"
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        {fieldError && (
          <p id="site-url-error" class="error" role="alert">
            {fieldError}
          </p>
        )}
        <label>
          {t('complaint.site.label')}
          <input name="site-label" value={label} maxLength={200} onInput={(e) => setLabel(e.currentTarget.value)} />
        </label>
        <label>
          {t('complaint.col.lender')}
          <select name="site-lender" value={lenderId} onChange={(e) => setLenderId(e.currentTarget.value)}>
            <option value="">{t('complaint.none')}</option>
            {lenders.map((l) => (
              <option key={l.id} value={l.id}>
                {localLenderName(l, getLocale())}
              </option>
            ))}
          </select>
        </label>
        <ErrorMessage error={error} />
        <button type="submit">{t('complaint.site.add')}</button>
      </form>
      {hidden.length > 0 && (
        <>
          <h3>{t('complaint.hidden.title')}</h3>
          <ul>
            {hidden.map((h) => (
              <li key={h}>
                {h}{' '}
                <button
                  type="button"
                  class="secondary"
                  onClick={async () => {
                    await writeHiddenHosts(hidden.filter((x) => x !== h));
                    await loadHidden();
                  }}
                >
                  {t('complaint.hidden.show')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
