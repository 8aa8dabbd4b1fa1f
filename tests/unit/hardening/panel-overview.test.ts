import { beforeEach, describe, expect, it } from 'vitest';
import type { NgDatabase } from '@/utils/db/schema';
import { contract } from '@/utils/rpc/contract';
import { handlers } from '@/utils/rpc/handlers';
import { createRouter, type Handler } from '@/utils/rpc/router';
import { ENVELOPE_TAG } from '@/utils/rpc/envelope';
import type { Caller } from '@/utils/rpc/define';
import type { PanelOverview } from '@/utils/rpc/methods/panel-overview';
import { loadSample } from '@/utils/db/repos/sample';
import { saveProfile } from '@/utils/db/repos/complaint-profile';
import { setJurisdiction } from '@/utils/db/repos/jurisdiction';
import { loadPanelContext } from '@/utils/db/repos/panel-context';
import { defaultSelection, selectRecords } from '@/utils/domain/complaints/select';
import { checklistFor, checklistFromFacts } from '@/utils/domain/complaints/checklist';
import { freshDb, testContext } from '../helpers/db';

// Staged loading: the panel's first call carries the checklist's summary, never the records' text.
const NOW = Date.UTC(2026, 10, 22, 4, 0);
const route = createRouter(contract, handlers as unknown as Record<string, Handler>);
const CHANNEL = { expectsLenderRef: true, prerequisites: [{ id: 'address' }] } as never;
let db: NgDatabase;

async function overview(input: unknown, caller: Caller = 'panel') {
  return route({ tag: ENVELOPE_TAG, method: 'panel.overview', input }, caller, (c) => testContext(db, c, NOW));
}

beforeEach(async () => {
  db = await freshDb();
  await loadSample(db, 'zh-CN', NOW, 480);
  await setJurisdiction(db, 'CN');
  await saveProfile(db, { name: '李明测试', phone: '13912345678', address: '' });
});

describe('panel.overview', () => {
  it('returns the pickers, the default choice and its checklist facts', async () => {
    const res = await overview({});
    expect(res.ok).toBe(true);
    const o = (res as { value: PanelOverview }).value;
    const pool = await loadPanelContext(db, undefined, NOW);
    const sel = defaultSelection(pool);
    expect(o.selection).toEqual({ lenderId: sel.lenderId, agreementId: sel.agreementId });
    expect(sel.agreementId).not.toBe('');
    expect(o.jurisdiction).toBe('CN');
    expect(o.lenders.map((l) => l.id).sort()).toEqual(pool.lenders.map((l) => l.id).sort());
    expect(o.agreements.map((a) => a.id).sort()).toEqual(pool.agreements.map((a) => a.id).sort());
    // The same checklist the full records give, item for item.
    const records = selectRecords(pool, sel);
    expect(records.contacts.length).toBeGreaterThan(0);
    expect(checklistFromFacts(CHANNEL, { ...o.facts, demands: sel.demands.length })).toEqual(checklistFor(CHANNEL, records));
    expect(o.facts.contacts).toBe(records.contacts.length);
    expect(o.facts.findings).toBe(records.findings.length);
    expect(o.facts.profile).toEqual({ name: true, phone: true, address: false });
  });

  it('carries no contact, complaint, evidence or profile text, nor agreement terms', async () => {
    const o = ((await overview({})) as { value: PanelOverview }).value;
    const text = JSON.stringify(o);
    const pool = await loadPanelContext(db, undefined, NOW);
    const secrets = [
      ...pool.contacts.flatMap((c) => [c.summary, c.person?.name, c.person?.phone]),
      ...pool.complaints.flatMap((c) => Object.values(c.sections)),
      ...pool.evidence.map((e) => e.name),
      ...pool.agreements.flatMap((a) => [a.notes, a.counterpart.name, a.counterpart.phone, a.accountRef, a.promises.other]),
      '李明测试',
      '13912345678',
    ].filter((s): s is string => typeof s === 'string' && s.trim().length > 1);
    expect(secrets.length).toBeGreaterThan(10);
    for (const s of secrets) expect(text).not.toContain(s);
    // Exactly these parts; the facts are counts and yes/no answers (the lender's reference number aside).
    expect(Object.keys(o).sort()).toEqual(['agreements', 'facts', 'jurisdiction', 'lenders', 'selection']);
    const { profile, lenderComplaintRef: _ref, ...counts } = o.facts;
    for (const x of [...Object.values(counts), ...Object.values(profile)]) expect(['number', 'boolean']).toContain(typeof x);
    for (const a of o.agreements) expect(Object.keys(a).sort()).toEqual(['id', 'lenderId', 'negotiatedOn', 'product', 'status']);
    for (const l of o.lenders) expect(Object.keys(l).every((k) => ['id', 'name', 'kind', 'catalogId'].includes(k))).toBe(true);
  });

  it('answers for another choice with that choice’s facts', async () => {
    const pool = await loadPanelContext(db, undefined, NOW);
    const none = ((await overview({ selection: { lenderId: '', agreementId: '' } })) as { value: PanelOverview }).value;
    expect(none.facts.agreement).toBe(false);
    expect(none.facts.contacts).toBe(selectRecords(pool, { lenderId: '', agreementId: '', demands: [] }).contacts.length);
  });

  it('is for the panel only, with a strict input', async () => {
    expect(await overview({}, 'content')).toMatchObject({ ok: false });
    expect(await overview({}, 'page')).toMatchObject({ ok: false });
    expect(await overview({ lenderId: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await overview({ selection: { lenderId: '../x', agreementId: '' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
