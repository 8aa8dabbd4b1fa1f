/** storage.local key: hosts where the user chose "don't show on this site". */
export const HIDDEN_HOSTS_KEY = 'ng.panel.hiddenHosts';
/** Set in the content script's world by the toolbar fallback before injecting it: show even without a recognised form. */
export const FORCE_FLAG = '__ngComplaintForce';
/** In the content script's world: what it did ("form:<n>", "manual", "window", "none"), read by the toolbar's "show here". */
export const STATUS_FLAG = '__ngComplaintStatus';
/** In the content script's world: shows the helper when the script is injected a second time. */
export const SHOW_FLAG = '__ngComplaintShow';
