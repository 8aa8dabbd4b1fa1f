import { beforeEach, describe, expect, it, vi } from 'vitest';

// Issue 19, items 1 and 3: when the page's guard cannot check a click ('unsure'), the panel shows the
// text and inserts only after the user confirms it; every other refusal stays a refusal.
const rpc = vi.fn();
const confirmUnsure = vi.fn();
vi.mock('@/utils/rpc/client', () => ({ rpc: (...a: unknown[]) => rpc(...a) }));
vi.mock('@/entrypoints/panel-frame/guard/ConfirmUnsure', () => ({ confirmUnsure: (...a: unknown[]) => confirmUnsure(...a) }));
const mayAct = vi.fn(async (): Promise<string | null> => null);
vi.mock('@/entrypoints/panel-frame/guard/may-act', () => ({ mayAct: () => mayAct(), refusalText: (r: string) => `refused:${r}` }));
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
    mayAct.mockReset().mockResolvedValue(null);
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

describe('Record and attach when the guard is unsure', () => {
  beforeEach(() => {
    rpc.mockReset();
    confirmUnsure.mockReset();
    mayAct.mockReset().mockResolvedValue(null);
  });

  it('Record: shows what will be recorded; records only on Confirm', async () => {
    const record = vi.fn(async () => 'recorded');
    mayAct.mockResolvedValue('unsure');
    confirmUnsure.mockResolvedValueOnce(true);
    expect(await actions().guarded(point, record, true, { kind: 'Record', text: '事实：深夜来电' })).toBe('recorded');
    expect(confirmUnsure).toHaveBeenCalledWith('Record', '事实：深夜来电');
    confirmUnsure.mockResolvedValueOnce(false);
    expect(await actions().guarded(point, record, true, { kind: 'Record', text: '事实：深夜来电' })).toBe('refused:unsure');
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('Record: covered, hidden and wait are refused without a confirmation', async () => {
    const record = vi.fn(async () => 'recorded');
    for (const reason of ['covered', 'hidden', 'wait']) {
      mayAct.mockResolvedValueOnce(reason);
      expect(await actions().guarded(point, record, true, { kind: 'Record', text: 'x' })).toBe(`refused:${reason}`);
    }
    expect(confirmUnsure).not.toHaveBeenCalled();
    expect(record).not.toHaveBeenCalled();
  });

  const files = [
    { id: 'e1', name: 'call-1.png' },
    { id: 'e2', name: 'sms-2.png' },
  ];

  it('attach: asks to confirm the files by name, then attaches with confirmed: true', async () => {
    rpc.mockResolvedValueOnce({ ok: false, reason: 'unsure' }).mockResolvedValueOnce({ ok: true, count: 2 });
    confirmUnsure.mockResolvedValue(true);
    expect(await actions().attach('f3', files, false, point)).toBe('hints.attached');
    expect(confirmUnsure).toHaveBeenCalledWith('Attach', 'call-1.png\nsms-2.png');
    expect(rpc).toHaveBeenLastCalledWith('panel.attach', { key: 'f3', ids: ['e1', 'e2'], reencode: false, confirmed: true, point });
  });

  it('attach: Cancel attaches nothing; other refusals are never confirmed', async () => {
    rpc.mockResolvedValueOnce({ ok: false, reason: 'unsure' });
    confirmUnsure.mockResolvedValue(false);
    expect(await actions().attach('f3', files, false, point)).toBe('refused:unsure');
    expect(rpc).toHaveBeenCalledTimes(1);
    for (const reason of ['covered', 'hidden', 'wait'] as const) {
      rpc.mockResolvedValueOnce({ ok: false, reason });
      expect(await actions().attach('f3', files, false, point)).toBe(`refused:${reason}`);
    }
    expect(confirmUnsure).toHaveBeenCalledTimes(1);
  });
});
