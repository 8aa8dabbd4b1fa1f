import { channelDetects } from './detect';

/**
 * The content script's match patterns: exactly the registry's hosts, nothing
 * broader. Read by wxt.config.ts and the content script definition at build time.
 */
export const contentScriptMatches: string[] = [...new Set(channelDetects.flatMap((c) => c.matches))];
