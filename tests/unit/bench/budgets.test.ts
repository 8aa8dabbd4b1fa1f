import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, ciFailures, type MeasureResult } from '../../../bench/lib/budgets';
import { summarize } from '../../../bench/lib/stats';

const result = (id: string, samples: number[]): MeasureResult => ({ id, label: id, unit: 'ratio', summary: summarize(samples), samples });

describe('benchmark budgets', () => {
  it('gate in CI only what does not depend on the machine: sizes, and our script against an empty one', () => {
    expect(BUDGETS.filter((b) => b.ci).map((b) => b.measure)).toEqual(['page.loadVsFloor', 'contentScript.gzip', 'outside.injected']);
    // Ours against no script at all is still a budget, shown in full runs.
    expect(BUDGETS.find((b) => b.measure === 'page.loadRatio')).toMatchObject({ max: 1.05, ci: false });
  });

  it('fail CI on a gated figure over its budget or not measured, never on an ungated one', () => {
    const verdicts = checkBudgets([
      result('page.loadVsFloor', [1.02, 1.06, 1.07]),
      result('page.loadRatio', [1.2, 1.3, 1.4]),
      result('outside.injected', [0, 0]),
    ]);
    expect(ciFailures(verdicts).map((v) => [v.budget.measure, v.status])).toEqual([
      ['page.loadVsFloor', 'over'],
      ['contentScript.gzip', 'missing'],
    ]);
    const ok = checkBudgets([
      result('page.loadVsFloor', [0.97, 0.99, 1.01]),
      result('contentScript.gzip', [9.9]),
      result('outside.injected', [0]),
    ]);
    expect(ciFailures(ok)).toEqual([]);
  });
});
