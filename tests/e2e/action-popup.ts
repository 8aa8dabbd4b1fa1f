import type { CDPSession, Page } from 'playwright-core';
import type { Session } from './harness';

/**
 * Clicks the extension's toolbar action for `page`'s tab, as a user would:
 * Chrome opens the real popup attached to that tab and grants activeTab for it
 * (needs --enable-unsafe-extension-debugging). Playwright does not list action
 * popups as pages, so the returned handle evaluates script in the popup
 * through the browser's CDP connection.
 */
export async function clickActionFor(s: Session, page: Page): Promise<{ evaluate: (expression: string) => Promise<unknown> }> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  const url = page.url();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await page.bringToFront();
  await cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tab.targetId } as never);
  const popupTarget = await waitFor(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'page' && t.url.endsWith(`${s.extensionId}/popup.html`));
  });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popupTarget.targetId, flatten: false });
  return { evaluate: (expression) => evaluateIn(cdp, sessionId, expression) };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

let nextId = 1;
/** Runtime.evaluate inside an attached (non-flat) target session, awaiting promises. */
async function evaluateIn(cdp: CDPSession, sessionId: string, expression: string): Promise<unknown> {
  const id = nextId++;
  const answer = new Promise<unknown>((resolve, reject) => {
    const on = (e: { sessionId: string; message: string }) => {
      const msg = JSON.parse(e.message) as {
        id?: number;
        result?: { result?: { value?: unknown }; exceptionDetails?: unknown };
        error?: unknown;
      };
      if (e.sessionId !== sessionId || msg.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', on);
      if (msg.error || msg.result?.exceptionDetails) reject(new Error(JSON.stringify(msg.error ?? msg.result?.exceptionDetails)));
      else resolve(msg.result?.result?.value);
    };
    cdp.on('Target.receivedMessageFromTarget', on);
  });
  const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message });
  return answer;
}
