import { render } from 'preact';
import { initPageLocale } from '@/utils/i18n/page-locale';
import { t } from '@/utils/i18n/translate';
import { ReportApp } from './ReportApp';

void initPageLocale().then(() => {
  document.title = t('report.title');
  render(<ReportApp query={new URLSearchParams(location.search)} />, document.getElementById('app')!);
});
