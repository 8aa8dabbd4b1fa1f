import { browser } from 'wxt/browser';
import { handleRuntimeMessage } from '@/utils/background/rpc-listener';
import { registerOnboarding } from '@/utils/background/onboarding';
import { registerCapture } from '@/utils/background/capture';
import { registerReminders } from '@/utils/background/reminders';
import { registerBackupReminder } from '@/utils/background/backup-reminder';
import { registerComplaintSites } from '@/utils/background/complaint-sites';
import { registerRegistryInjection } from '@/utils/background/registry-injection';
import { registerFindingsSnapshot } from '@/utils/background/findings-snapshot';
import { restrictLocalStorage } from '@/utils/background/storage-access';

// The service worker only registers listeners, synchronously, at start: it is
// stopped after 30 s idle, so no state lives in globals and every event must
// find its listener registered on wake-up.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(handleRuntimeMessage);
  registerOnboarding();
  registerCapture();
  registerReminders();
  registerBackupReminder();
  registerComplaintSites();
  registerRegistryInjection();
  registerFindingsSnapshot();
  void restrictLocalStorage();
});
