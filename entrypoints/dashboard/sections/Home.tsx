import { t } from '@/utils/i18n/translate';
import { useLive } from '@/components/useLive';
import { contactCount } from '@/utils/db/queries/contacts';
import type { SectionProps } from '../sections';

/** The landing section: what is recorded so far, at a glance. */
export function Home(_props: SectionProps) {
  const count = useLive(() => contactCount(), []);
  return (
    <section aria-labelledby="home-title">
      <h2 id="home-title">{t('dashboard.nav.home')}</h2>
      <p>{t('app.tagline')}</p>
      {count !== undefined && <p data-testid="home-contact-count">{t('contact.count', { count })}</p>}
    </section>
  );
}
