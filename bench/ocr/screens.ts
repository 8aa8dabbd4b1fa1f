import { STATUS_TIME, TUNING, type Bubble, type Content, type Script, type Stamp } from './content';
import { HELDOUT } from './content-heldout';

// HTML of realistic phone screens: the Android messages app, WeChat and the
// recent-calls list, light and dark. Every text element that is expected to be
// read carries data-expect (in reading order); bubbles and call rows carry
// data-item so that the renderer can drop those that do not fit.

export type Kind = 'sms' | 'wechat' | 'call-log';
export type Theme = 'light' | 'dark';
export type SetName = 'tuning' | 'heldout';
export interface ScreenSpec {
  kind: Kind;
  script: Script;
  theme: Theme;
  size: '1080x2400' | '750x1334';
  seed: number;
  set?: SetName;
}
const CONTENT: Record<SetName, Content> = { tuning: TUNING, heldout: HELDOUT };

/** Expected messages, one per bubble (or call row), in screen order. */
export interface ExpectedItem {
  wall: string;
  text: string;
  direction: 'incoming' | 'outgoing';
  missed?: boolean;
  who?: string;
}
export interface Screen {
  html: string;
  items: ExpectedItem[];
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const FONT: Record<Script, string> = {
  sim: "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  tra: "'Noto Sans CJK TC', 'Noto Sans TC', sans-serif",
};

const COLORS = {
  light: {
    bg: '#ffffff',
    chat: '#ededed',
    text: '#111111',
    muted: '#888888',
    inBubble: '#ffffff',
    outBubble: '#95ec69',
    smsIn: '#e9e9eb',
    smsOut: '#1a73e8',
    smsOutText: '#ffffff',
    bar: '#f7f7f7',
    missed: '#e53935',
  },
  dark: {
    bg: '#121212',
    chat: '#111111',
    text: '#e8e8e8',
    muted: '#8a8a8a',
    inBubble: '#2c2c2c',
    outBubble: '#3eb575',
    smsIn: '#303134',
    smsOut: '#8ab4f8',
    smsOutText: '#0b1a33',
    bar: '#1e1e1e',
    missed: '#ff6b6b',
  },
};

function frame(spec: ScreenSpec, body: string, bg: string): string {
  const c = COLORS[spec.theme];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  *{box-sizing:border-box;margin:0;padding:0}
  html,body{width:100%;height:100%;overflow:hidden;background:${bg};color:${c.text};font-family:${FONT[spec.script]};font-size:16px}
  .status{height:28px;display:flex;justify-content:space-between;align-items:center;padding:0 16px;font-size:13px;background:${c.bar}}
  .battery{display:inline-block;width:22px;height:11px;border:1.5px solid ${c.text};border-radius:3px;margin-left:6px}
  .title{height:52px;display:flex;align-items:center;justify-content:center;font-size:17px;font-weight:600;background:${c.bar};position:relative}
  .title::before{content:'';position:absolute;left:18px;top:20px;width:10px;height:10px;border-left:2px solid ${c.text};border-bottom:2px solid ${c.text};transform:rotate(45deg)}
  .stamp{text-align:center;font-size:12px;color:${c.muted};margin:14px 0 8px}
  .row{display:flex;margin:6px 12px;align-items:flex-start}
  .row.out{flex-direction:row-reverse}
  .avatar{width:38px;height:38px;border-radius:5px;flex:none}
  .bubble{max-width:70%;padding:9px 12px;border-radius:6px;line-height:1.45;font-size:16px;margin:0 8px}
  .input{position:absolute;left:0;right:0;bottom:0;height:56px;background:${c.bar};display:flex;align-items:center;padding:0 12px;gap:10px}
  .field{flex:1;height:38px;border-radius:19px;background:${spec.theme === 'dark' ? '#2c2c2c' : '#ffffff'};display:flex;align-items:center;padding:0 14px;color:${c.muted};font-size:15px}
  .circle{width:30px;height:30px;border-radius:50%;border:2px solid ${c.muted};flex:none}
  </style></head><body>${body}</body></html>`;
}

const statusBar = (theme: Theme) =>
  `<div class="status"><span data-expect>${STATUS_TIME}</span><span>▮▮▮ <span class="battery" style="border-color:${COLORS[theme].text}"></span></span></div>`;

function pick<T>(list: readonly T[], seed: number, n: number): T[] {
  return Array.from({ length: n }, (_, i) => list[(seed + i) % list.length]!);
}

/** Groups of one or two bubbles under each stamp, mixing in the user's replies. */
function chatGroups(c: Content, stamps: readonly Stamp[], seed: number): { stamp: Stamp; bubbles: Bubble[] }[] {
  const incoming = pick(c.incoming, seed, stamps.length + 1);
  return stamps.map((stamp, i) => {
    const bubbles = [incoming[i]!];
    if ((i + seed) % 3 === 1) bubbles.push(c.outgoing[(i + seed) % c.outgoing.length]!);
    else if (i === stamps.length - 1) bubbles.push(incoming[i + 1]!);
    return { stamp, bubbles };
  });
}

function chat(spec: ScreenSpec): Screen {
  const c = COLORS[spec.theme];
  const wechat = spec.kind === 'wechat';
  const k = CONTENT[spec.set ?? 'tuning'];
  const title = wechat ? k.wechatNames[spec.seed % k.wechatNames.length]![spec.script] : k.smsSenders[spec.seed % k.smsSenders.length]!;
  const groups = chatGroups(k, wechat ? k.wechatStamps : k.smsStamps, spec.seed);
  const items: ExpectedItem[] = [];
  let body = `${statusBar(spec.theme)}<div class="title" data-expect>${esc(title)}</div>`;
  for (const g of groups) {
    const group = items.length;
    body += `<div data-item="${group}" data-group><div class="stamp" data-expect>${esc(g.stamp.shown[spec.script])}</div>`;
    for (const b of g.bubbles) {
      const out = b.out === true;
      const bg = wechat ? (out ? c.outBubble : c.inBubble) : out ? c.smsOut : c.smsIn;
      const fg = !wechat && out ? c.smsOutText : spec.theme === 'dark' && wechat && out ? '#0a2a12' : c.text;
      const avatar = wechat ? `<div class="avatar" style="background:${out ? '#6a8cff' : '#f0a04b'}"></div>` : '';
      body += `<div class="row${out ? ' out' : ''}" data-bubble="${items.length}">${avatar}<div class="bubble" style="background:${bg};color:${fg};border-radius:${wechat ? 6 : 18}px" data-expect>${esc(b.text[spec.script])}</div></div>`;
      items.push({ wall: g.stamp.wall, text: b.text[spec.script], direction: out ? 'outgoing' : 'incoming' });
    }
    body += '</div>';
  }
  const placeholder = wechat ? '' : `<span data-expect>${spec.script === 'sim' ? '短信' : '簡訊'}</span>`;
  body += `<div class="input"><div class="circle"></div><div class="field">${placeholder}</div><div class="circle"></div></div>`;
  return { html: frame(spec, body, wechat ? c.chat : c.bg), items };
}

function calls(spec: ScreenSpec): Screen {
  const c = COLORS[spec.theme];
  const title = spec.script === 'sim' ? '通话记录' : '通話記錄';
  const items: ExpectedItem[] = [];
  let body = `${statusBar(spec.theme)}<div class="title" data-expect>${title}</div>`;
  const k = CONTENT[spec.set ?? 'tuning'].callRows;
  const rows = pick(k, spec.seed, k.length).sort((a, b) => (a.stamp.wall < b.stamp.wall ? 1 : -1));
  for (const r of rows) {
    const color = r.missed ? c.missed : c.text;
    body += `<div data-item="${items.length}" style="display:flex;justify-content:space-between;align-items:center;padding:12px 18px;border-bottom:1px solid ${spec.theme === 'dark' ? '#2a2a2a' : '#eeeeee'}">
      <div><div style="font-size:17px;color:${color}" data-expect>${esc(r.who)}</div>
      <div style="font-size:13px;color:${c.muted};margin-top:4px" data-expect>${esc(`${r.marker[spec.script]} ${r.detail[spec.script]}`)}</div></div>
      <div style="font-size:13px;color:${c.muted}" data-expect>${esc(r.stamp.shown[spec.script])}</div></div>`;
    items.push({
      wall: r.stamp.wall,
      text: '',
      direction: r.outgoing ? 'outgoing' : 'incoming',
      missed: r.missed,
      who: r.who.replace(/\s/g, ''),
    });
  }
  return { html: frame(spec, body, c.bg), items };
}

export function screenHtml(spec: ScreenSpec): Screen {
  return spec.kind === 'call-log' ? calls(spec) : chat(spec);
}

/** One whole test set: every kind, script, theme and size (the held-out set starts at other seeds, so other pairings). */
export function allSpecs(set: SetName = 'tuning'): ScreenSpec[] {
  const out: ScreenSpec[] = [];
  let seed = set === 'tuning' ? 0 : 7;
  for (const kind of ['sms', 'wechat', 'call-log'] as const)
    for (const script of ['sim', 'tra'] as const)
      for (const theme of ['light', 'dark'] as const)
        for (const size of ['1080x2400', '750x1334'] as const) out.push({ kind, script, theme, size, seed: seed++, set });
  return out;
}
