import './charts.css';
import type { ContactPattern } from '@/utils/domain/charts/contact-pattern';
import { t } from '@/utils/i18n/translate';

/** Lender colours: distinct hues with distinct lightness, so they stay apart in black-and-white print too. */
export const LENDER_COLOURS = ['#1f5fa8', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#0f766e'] as const;
const UNKNOWN = '#57606a';

const CELL_W = 18;
const CELL_H = 13;
const LABEL_W = 84;
const BAR_GAP = 10;
const BAR_W = 140;
const HEAD_H = 30;

/** Legend keys are SVG, not CSS backgrounds: browsers drop backgrounds when printing unless asked not to. */
function Key({ fill, cls }: { fill: string; cls?: string }) {
  return (
    <svg class={`swatch${cls ? ` ${cls}` : ''}`} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <rect x="0.5" y="0.5" width="11" height="11" fill={fill} stroke-width="1" style={{ stroke: 'var(--muted)' }} />
    </svg>
  );
}

interface Props {
  pattern: ContactPattern;
  lenderName: (id: string) => string;
  /** Heading id prefix (the dashboard and the report each have one). */
  id: string;
}

/**
 * Calendar heatmap of incoming contacts (days × hours, night hours shaded,
 * agreement days marked, colour by lender, darker = more) with each day's
 * calls and SMS as a bar beside its row. Plain SVG, no library; a table with
 * the same numbers follows for screen readers and for reading exact values.
 */
export function ContactPatternChart({ pattern: p, lenderName, id }: Props) {
  if (p.rows.length === 0) return <p class="muted">{t('everyday.chart.none')}</p>;
  const colour = (lenderId: string) => (lenderId ? LENDER_COLOURS[p.lenderIds.indexOf(lenderId) % LENDER_COLOURS.length]! : UNKNOWN);
  const maxBar = Math.max(1, ...p.rows.map((r) => r.calls + r.sms));
  const gridW = 24 * CELL_W;
  const width = LABEL_W + gridW + BAR_GAP + BAR_W;
  const height = HEAD_H + p.rows.length * CELL_H + 4;
  const barX = LABEL_W + gridW + BAR_GAP;
  return (
    <figure class="pattern-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        {t('everyday.chart.caption')}
        {p.truncated && ` ${t('everyday.chart.truncated', { days: p.rows.length })}`}
      </figcaption>
      <ul class="chart-legend" aria-label={t('everyday.chart.legend')}>
        {p.lenderIds.map((l) => (
          <li key={l}>
            <Key fill={colour(l)} /> {lenderName(l)}
          </li>
        ))}
        <li>
          <Key fill="currentColor" cls="night" /> {t('everyday.chart.night')}
        </li>
        <li>
          <span class="swatch agreement" aria-hidden="true">
            ◆
          </span>{' '}
          {t('everyday.chart.agreementDay')}
        </li>
        <li>
          <Key fill="currentColor" /> {t('everyday.chart.calls')} <Key fill={`url(#${id}-hatch)`} /> {t('everyday.chart.sms')}
        </li>
      </ul>
      <svg
        class="pattern-svg"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={`${id}-caption`}
        data-testid="pattern-svg"
      >
        <defs>
          <pattern id={`${id}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" class="bar-sms-bg" />
            <line x1="0" y1="0" x2="0" y2="4" class="bar-sms-line" />
          </pattern>
        </defs>
        {p.night.map(
          (n, h) =>
            n && <rect key={h} class="night-col" x={LABEL_W + h * CELL_W} y={HEAD_H - 4} width={CELL_W} height={height - HEAD_H + 4} />,
        )}
        {[0, 6, 8, 12, 18, 22].map((h) => (
          <text key={h} class="axis" x={LABEL_W + h * CELL_W + 2} y={HEAD_H - 10}>{`${String(h).padStart(2, '0')}`}</text>
        ))}
        <text class="axis" x={barX} y={HEAD_H - 10}>
          {t('everyday.chart.perDay')}
        </text>
        {p.rows.map((r, i) => {
          const y = HEAD_H + i * CELL_H;
          const callsW = (r.calls / maxBar) * (BAR_W - 28);
          const smsW = (r.sms / maxBar) * (BAR_W - 28);
          return (
            <g key={r.date} data-date={r.date}>
              <text class={r.agreement ? 'axis agreement-day' : 'axis'} x={0} y={y + CELL_H - 3}>
                {r.agreement ? `◆ ${r.date.slice(5)}` : r.date.slice(5)}
              </text>
              {r.agreement && <line class="agreement-line" x1={LABEL_W} x2={barX + BAR_W} y1={y} y2={y} />}
              {r.cells.map(
                (c) =>
                  c.count > 0 && (
                    <rect
                      key={c.hour}
                      class="cell"
                      x={LABEL_W + c.hour * CELL_W + 1}
                      y={y + 1}
                      width={CELL_W - 2}
                      height={CELL_H - 2}
                      fill={colour(c.lenderId)}
                      fill-opacity={0.35 + 0.65 * (c.count / p.max)}
                    >
                      <title>{`${r.date} ${String(c.hour).padStart(2, '0')}:00 · ${c.count} · ${lenderName(c.lenderId)}`}</title>
                    </rect>
                  ),
              )}
              {r.calls > 0 && <rect class="bar-calls" x={barX} y={y + 2} width={callsW} height={CELL_H - 4} />}
              {r.sms > 0 && (
                <rect x={barX + callsW} y={y + 2} width={smsW} height={CELL_H - 4} fill={`url(#${id}-hatch)`} class="bar-sms" />
              )}
              {r.calls + r.sms > 0 && (
                <text class="axis" x={barX + callsW + smsW + 3} y={y + CELL_H - 3}>
                  {r.calls + r.sms}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>{t('everyday.chart.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('everyday.chart.col.date')}</th>
              <th scope="col">{t('everyday.chart.calls')}</th>
              <th scope="col">{t('everyday.chart.sms')}</th>
              <th scope="col">{t('everyday.chart.col.night')}</th>
              <th scope="col">{t('everyday.chart.col.hours')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows
              .filter((r) => r.agreement || r.cells.some((c) => c.count > 0))
              .map((r) => (
                <tr key={r.date}>
                  <th scope="row">{r.agreement ? `${r.date} ◆ ${t('everyday.chart.agreementDay')}` : r.date}</th>
                  <td>{r.calls}</td>
                  <td>{r.sms}</td>
                  <td>{r.cells.filter((c) => p.night[c.hour]).reduce((s, c) => s + c.count, 0)}</td>
                  <td>
                    {r.cells
                      .filter((c) => c.count > 0)
                      .map((c) => `${String(c.hour).padStart(2, '0')}:00×${c.count}`)
                      .join(', ')}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
