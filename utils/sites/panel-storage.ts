/** storage.local key: hosts where the user chose "don't show on this site". */
export const HIDDEN_HOSTS_KEY = 'ng.panel.hiddenHosts';
/** Set in the content script's world by the toolbar fallback before injecting it: show even without a recognised form. */
export const FORCE_FLAG = '__ngComplaintForce';
