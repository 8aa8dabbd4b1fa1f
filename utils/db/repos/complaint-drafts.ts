import * as v from 'valibot';
import { invalid, notFound } from '../../model/errors';
import { newId } from '../../model/ids';
import { ComplaintSchema, type Complaint } from '../../model/records';
import type { NgDatabase } from '../schema';
import { updateComplaint } from './complaints';

/**
 * Complaints recorded from a complaint page. A page has at most one draft: the
 * record is created the first time the user records (or edits a draft) there,
 * and later recordings from the same page update it instead of adding another.
 * It stays a draft until the user says it was submitted.
 */

/** The page a complaint was written on: origin and path, without query or fragment (session tokens, SPA routes). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

export interface PageRecord {
  channelId: string;
  url: string;
  lenderId?: string | undefined;
  agreementId?: string | undefined;
  sections: Record<string, string>;
  contactIds: string[];
  notes?: string | undefined;
}

async function onPage(db: NgDatabase, channelId: string, url: string): Promise<Complaint[]> {
  const key = pageKey(url);
  const all = await db.complaints.where('channelId').equals(channelId).toArray();
  return all.filter((c) => pageKey(c.url) === key).sort((a, b) => b.updatedAt - a.updatedAt);
}

/** This page's draft, if any: what the panel restores the user's edits from. */
export async function draftOnPage(db: NgDatabase, channelId: string, url: string): Promise<Complaint | undefined> {
  return (await onPage(db, channelId, url)).find((c) => c.status === 'draft');
}

const sameSections = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, t]) => b[k] === t);

async function checkContacts(db: NgDatabase, ids: string[]): Promise<void> {
  if ((await db.contacts.bulkGet(ids)).some((x) => !x)) throw invalid('contactIds', 'error.notFound', 'unknown contact');
}

/**
 * "Record this complaint": updates this page's draft, or returns the complaint
 * already recorded here with the same text, or creates a new draft. One
 * transaction, so two quick clicks cannot make two records.
 */
export async function recordFromPage(db: NgDatabase, p: PageRecord, now = Date.now()): Promise<Complaint> {
  return db.transaction('rw', [db.complaints, db.contacts, db.lenders, db.agreements], async () => {
    await checkContacts(db, p.contactIds);
    if (p.lenderId && !(await db.lenders.get(p.lenderId))) throw invalid('lenderId', 'error.notFound', 'unknown lender');
    if (p.agreementId && !(await db.agreements.get(p.agreementId))) throw invalid('agreementId', 'error.notFound', 'unknown agreement');
    const existing = await onPage(db, p.channelId, p.url);
    const same = existing.find((c) => c.status !== 'draft' && sameSections(c.sections, p.sections));
    if (same) return same;
    const draft = existing.find((c) => c.status === 'draft');
    const links = { ...(p.lenderId ? { lenderId: p.lenderId } : {}), ...(p.agreementId ? { agreementId: p.agreementId } : {}) };
    const next: Complaint = draft
      ? {
          ...draft,
          ...links,
          url: p.url,
          sections: p.sections,
          contactIds: [...new Set(p.contactIds)],
          notes: p.notes ?? draft.notes,
          updatedAt: now,
        }
      : {
          id: newId(),
          channelId: p.channelId,
          url: p.url,
          createdAt: now,
          referenceNo: '',
          status: 'draft',
          sections: p.sections,
          contactIds: [...new Set(p.contactIds)],
          notes: p.notes ?? '',
          updatedAt: now,
          ...links,
        };
    v.parse(ComplaintSchema, next);
    await db.complaints.put(next);
    return next;
  });
}

/** Keeps one edited section of this page's draft (empty text: back to the generated draft). */
export async function saveDraftEdit(
  db: NgDatabase,
  channelId: string,
  url: string,
  key: string,
  text: string,
  now = Date.now(),
): Promise<Complaint> {
  return db.transaction('rw', [db.complaints], async () => {
    const draft = await draftOnPage(db, channelId, url);
    const sections = { ...(draft?.sections ?? {}) };
    if (text === '') delete sections[key];
    else sections[key] = text;
    const next: Complaint = draft
      ? { ...draft, sections, updatedAt: now }
      : {
          id: newId(),
          channelId,
          url,
          createdAt: now,
          referenceNo: '',
          status: 'draft',
          sections,
          contactIds: [],
          notes: '',
          updatedAt: now,
        };
    v.parse(ComplaintSchema, next);
    await db.complaints.put(next);
    return next;
  });
}

/** The user says the draft recorded on this page was submitted, with the channel's reference number when they have it. */
export async function markSubmitted(db: NgDatabase, id: string, url: string, referenceNo: string, now = Date.now()): Promise<Complaint> {
  return db.transaction('rw', [db.complaints, db.reminders, db.lenders, db.agreements, db.contacts], async () => {
    const c = await db.complaints.get(id);
    // The panel may change only the draft of its own page.
    if (!c || c.status !== 'draft' || pageKey(c.url) !== pageKey(url)) throw notFound('complaint', id);
    return updateComplaint(db, id, { status: 'submitted', referenceNo: referenceNo.trim() }, now);
  });
}
