import type { MeasureResult, Verdict } from './budgets';

// Printing a run: one row per measure with median (min–max) and p95, then the budgets.

function fmt(x: number, unit: string): string {
  if (unit === 'ratio') return x.toFixed(3);
  if (unit === 'count') return String(Math.round(x));
  return x >= 100 ? x.toFixed(0) : x.toFixed(1);
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function resultsTable(results: readonly MeasureResult[]): string {
  const rows = [['measure', 'unit', 'n', 'median', 'min', 'max', 'p95']];
  for (const r of results) {
    const s = r.summary;
    rows.push([r.label, r.unit, String(s.n), fmt(s.median, r.unit), fmt(s.min, r.unit), fmt(s.max, r.unit), fmt(s.p95, r.unit)]);
  }
  return pad(rows);
}

export function budgetTable(verdicts: readonly Verdict[]): string {
  const rows = [['budget', 'stat', 'limit', 'value', 'status', 'CI gate']];
  for (const v of verdicts) {
    rows.push([
      v.budget.measure,
      v.budget.stat,
      String(v.budget.max),
      v.value === undefined ? '—' : v.value.toFixed(3),
      v.status === 'ok' ? 'ok' : v.status === 'over' ? 'OVER' : 'not measured',
      v.budget.ci ? 'yes' : 'no',
    ]);
  }
  return pad(rows);
}
