import type { BrowserContext } from 'playwright-core';
import { FLOOR_HOST } from './floor-extension';

// A realistic complaint page for the page-load measures: a regulator's portal
// with navigation, notices, styles, a script that builds part of the page, and
// the complaint form. Styles and script are inline: one response per load keeps
// Playwright's routing (a round trip through Node) out of the figures' noise. The same bytes are served at a registry host (our
// content script runs), at the floor extension's host (an empty content script
// runs) and at a plain host (no extension code at all).

export const PAGE_PATH = '/bench/complaint.html';
export const HOSTS = {
  registry: 'www.nfra.gov.cn',
  floor: FLOOR_HOST,
  plain: 'plain.bench-site.example',
} as const;
export type HostKind = keyof typeof HOSTS;

export function pageUrl(kind: HostKind): string {
  return `https://${HOSTS[kind]}${PAGE_PATH}`;
}

const NOTICE = '为保护金融消费者合法权益，规范金融机构催收行为，现就有关事项公告如下。';

const CSS = `body{font:14px/1.6 sans-serif;margin:0}header{background:#036;color:#fff;padding:8px}
nav li{display:inline-block;margin:0 6px}article{border-bottom:1px solid #ddd;padding:6px 12px}
form{display:grid;gap:8px;max-width:640px;padding:12px}textarea{min-height:120px}.w{padding:4px;border:1px solid #ccc}`;

// Stands in for the site's own framework: builds widgets and does some layout work.
const JS = `(function(){var box=document.getElementById('widgets');var s=0;
for(var i=0;i<400;i++){var d=document.createElement('div');d.className='w';d.textContent='服务窗口 '+i;box.appendChild(d);s+=d.offsetHeight;}
var t=0;for(var j=0;j<200000;j++){t+=Math.sqrt(j)%7;}window.__siteReady=s+t;})();`;

function pageHtml(): string {
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/bench/n${i}.html">栏目${i + 1}</a></li>`).join('');
  const notices = Array.from(
    { length: 120 },
    (_, i) => `<article><h3>公告第${i + 1}号</h3><p>${NOTICE.repeat(3)}</p><time>2025-0${(i % 9) + 1}-1${i % 10}</time></article>`,
  ).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>国家金融监督管理总局 消费投诉</title>
<style>${CSS}</style></head>
<body>
<header><h1>国家金融监督管理总局</h1><nav><ul>${nav}</ul></nav></header>
<main>
  <h2>消费投诉</h2>
  <form id="complaint">
    <label>投诉人姓名 <input name="name"></label>
    <label>被投诉机构 <input name="institution"></label>
    <label>投诉事项及事实经过 <textarea name="facts" maxlength="2000"></textarea></label>
    <label>投诉请求 <textarea name="demands" maxlength="500"></textarea></label>
    <button type="submit">提交</button>
  </form>
  <section id="notices">${notices}</section>
  <aside id="widgets"></aside>
</main>
<footer>版权所有</footer>
<script>${JS}</script>
</body></html>`;
}

/** Serves the page at all three hosts (later routes win over the catch-all abort). */
export async function serveSite(context: BrowserContext): Promise<void> {
  const html = pageHtml();
  for (const host of Object.values(HOSTS)) {
    await context.route(`https://${host}${PAGE_PATH}`, (r) =>
      r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
}
