import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

// The large SMS Backup & Restore files of the import benchmarks (Node:
// bench/import.ts; browser: bench/measures/import-ui.ts). Same seed and order
// (calls first, then SMS, in one process), same files.

let seed = 7;
/** mulberry32: enough spread that no two generated records repeat by accident. */
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const NUMBERS = Array.from({ length: 400 }, (_, i) => `+86175${String(10_000_000 + i * 7919).slice(0, 8)}`);
const TEXTS = [
  '【桔多多】尊敬的用户，您的借款已逾期，请尽快还款。',
  '今天不处理明天安排人员上门，并通知你的紧急联系人。',
  '你的案件已提交法务部，三日内不还款将起诉立案。',
  '晚上回家吃饭吗？',
];

/** An SMS Backup & Restore file of `n` calls or SMS over the year before `now`, from 400 numbers (streamed to disk). */
export async function writeSbrXml(path: string, kind: 'calls' | 'smses', n: number, now: number): Promise<void> {
  const out = createWriteStream(path);
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.22.004 on 01/12/2026 08:15:42-->\n<${kind} count="${n}" backup_set="bench" backup_date="${now}" type="full">\n`,
  );
  for (let i = 0; i < n; i++) {
    const at = now - Math.floor(rnd() * 365 * 86_400_000) - 3_600_000;
    const num = NUMBERS[Math.floor(rnd() * NUMBERS.length)]!;
    if (kind === 'calls')
      await put(
        `  <call number="${num}" duration="${Math.floor(rnd() * 300)}" date="${at}" type="${1 + Math.floor(rnd() * 6)}" presentation="1" subscription_id="1" post_dial_digits="" readable_date="" contact_name="(Unknown)" />\n`,
      );
    else
      await put(
        `  <sms protocol="0" address="${num}" date="${at}" type="1" subject="null" body="${TEXTS[i % TEXTS.length]} ${i}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="" contact_name="(Unknown)" />\n`,
      );
  }
  await put(`</${kind}>\n`);
  out.end();
  await once(out, 'finish');
}
