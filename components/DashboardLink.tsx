import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';

/**
 * A link that opens the dashboard in a new tab. From the popup a plain link
 * would navigate the popup itself, so the click opens a tab instead; the href
 * keeps it a real, focusable link. `hash` picks the section or item, e.g.
 * "#/agreements/abc".
 */
export function DashboardLink(props: { class?: string; hash?: string; children: ComponentChildren }) {
  const path = `/dashboard.html${props.hash ?? ''}` as '/dashboard.html';
  return (
    <a
      href={path}
      class={props.class}
      onClick={(e) => {
        e.preventDefault();
        void browser.tabs.create({ url: browser.runtime.getURL(path) });
      }}
    >
      {props.children}
    </a>
  );
}
