import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 19, items 1 and 3: when the page's guard cannot check a click ('unsure'), the panel shows the
// text and inserts only after the user confirms it; every other refusal stays a refusal.
const rpc = vi.fn();
const confirmUnsure = vi.fn();
vi.mock('@/utils/rpc/client', () => ({ rpc: (...a: unknown[]) => rpc(...a) }));
vi.mock('@/entrypoints/panel-frame/guard/ConfirmUnsure', () => ({ confirmUnsure: (...a: unknown[]) => confirmUnsure(...a) }));
vi.mock('@/entrypoints/panel-frame/guard/may-act', () => ({ mayAct: vi.fn(async () => null), refusalText: (r: string) => `refused:${r}` }));
vi.mock('@/utils/i18n/translate', () => ({ t: (k: string) => k }));

const { panelActions } = await import('@/entrypoints/panel-frame/actions');
const actions = () =>
  panelActions(
    [],
    () => true,
    () => {},
  );
const point = { x: 5, y: 5 };

describe('Insert when the guard is unsure', () => {
  beforeEach(() => {
    rpc.mockReset();
    confirmUnsure.mockReset();
  });

  it('asks to confirm the exact text, then inserts with confirmed: true', async () => {
    rpc.mockResolvedValueOnce({ ok: false, reason: 'unsure' }).mockResolvedValueOnce({ ok: true });
    confirmUnsure.mockResolvedValue(true);
    expect(await actions().insert('f0', 'Li Ming', point)).toBe('panel.inserted');
    expect(confirmUnsure).toHaveBeenCalledWith('Insert', 'Li Ming');
    expect(rpc).toHaveBeenLastCalledWith('panel.insert', { key: 'f0', text: 'Li Ming', confirmed: true, point });
  });

  it('Cancel inserts nothing and says why', async () => {
    rpc.mockResolvedValueOnce({ ok: false, reason: 'unsure' });
    confirmUnsure.mockResolvedValue(false);
    expect(await actions().insert('f0', 'Li Ming', point)).toBe('refused:unsure');
    expect(rpc).toHaveBeenCalledTimes(1);
  });

  it('covered, hidden and wait are refused without a confirmation', async () => {
    for (const reason of ['covered', 'hidden', 'wait'] as const) {
      rpc.mockResolvedValueOnce({ ok: false, reason });
      expect(await actions().insert('f0', 'x', point)).toBe(`refused:${reason}`);
    }
    expect(confirmUnsure).not.toHaveBeenCalled();
  });
});
