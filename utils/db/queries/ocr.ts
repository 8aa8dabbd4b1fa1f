import { getDb } from '../connection';
import { AUTO_READ_SETTING } from '../repos/ocr-texts';
import type { OcrText } from '../../model/ocr-text';
import type { Evidence } from '../../model/records';

// The OCR feature's reads for extension pages (liveQuery callers).

export function ocrTextOf(evidenceId: string): Promise<OcrText | undefined> {
  return getDb().ocrTexts.get(evidenceId);
}

export function allOcrTexts(): Promise<OcrText[]> {
  return getDb().ocrTexts.toArray();
}

export async function autoReadOn(): Promise<boolean> {
  return (await getDb().settings.get(AUTO_READ_SETTING))?.value === true;
}

/** The screenshot a contact was created from, if any. */
export async function screenshotOfContact(contactId: string): Promise<Evidence | undefined> {
  const row = await getDb().ocrTexts.where('contactIds').equals(contactId).first();
  return row ? getDb().evidence.get(row.id) : undefined;
}

/** Image evidence added after `since` that has no text yet: what auto-read picks up. */
export async function unreadImagesSince(since: number): Promise<Evidence[]> {
  const db = getDb();
  const fresh = await db.evidence
    .where('createdAt')
    .above(since)
    .filter((e) => e.mime.startsWith('image/'))
    .toArray();
  const read = await db.ocrTexts.bulkGet(fresh.map((e) => e.id));
  return fresh.filter((_, i) => !read[i]);
}

/** Every image evidence item without text: what "read all" reads. */
export async function unreadImages(): Promise<Evidence[]> {
  return unreadImagesSince(0);
}

/** One evidence record with its file, for opening a search hit. */
export function evidenceById(id: string, db = getDb()): Promise<Evidence | undefined> {
  return db.evidence.get(id);
}
