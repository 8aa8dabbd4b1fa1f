import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db/connection';
import { t } from '@/utils/i18n/translate';

/**
 * Durability for an extension page:
 * - when another context upgrades the database (a new version of the
 *   extension), this page's old connection would block the upgrade and then
 *   fail; instead it closes its connection and reloads;
 * - when the browser refuses IndexedDB (site data blocked, some private
 *   modes), it says so instead of failing on every save.
 */
export function useDbDurability(): { unavailable: boolean; reloading: boolean } {
  const [unavailable, setUnavailable] = useState(false);
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    const db = getDb();
    const onVersionChange = () => {
      setReloading(true);
      db.close();
      location.reload();
      return false;
    };
    db.on('versionchange', onVersionChange);
    if (typeof indexedDB === 'undefined') setUnavailable(true);
    else void db.open().catch(() => setUnavailable(true));
    return () => db.on('versionchange').unsubscribe(onVersionChange);
  }, []);
  return { unavailable, reloading };
}

/** Put once near the top of a page: shows nothing while storage works. */
export function StorageStatus() {
  const { unavailable, reloading } = useDbDurability();
  if (reloading) return <p role="status">{t('backup.reloading')}</p>;
  if (unavailable) {
    return (
      <p class="error" role="alert" data-testid="storage-unavailable">
        {t('backup.storage.unavailable')}
      </p>
    );
  }
  return null;
}
