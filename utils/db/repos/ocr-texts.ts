import * as v from 'valibot';
import { AppError, invalid, notFound } from '../../model/errors';
import type { ContactInput } from '../../model/inputs';
import { OcrTextSchema, type OcrText } from '../../model/ocr-text';
import type { NgDatabase } from '../schema';
import { addContact, contactTables } from './contacts';

// The text read from evidence images lives in its own table, keyed by the
// evidence id: the evidence record, its Blob and its SHA-256 never change.

export interface MachineText {
  id: string;
  text: string;
  langs: string;
  confidence: number;
  lines?: OcrText['lines'] | undefined;
  width?: number | undefined;
}

/** Stores what the machine read; reading again replaces the text but keeps the contacts made from it. */
export async function saveMachineText(db: NgDatabase, input: MachineText, now = Date.now()): Promise<OcrText> {
  return db.transaction('rw', [db.evidence, db.ocrTexts], async () => {
    const e = await db.evidence.get(input.id);
    if (!e) throw notFound('evidence', input.id);
    if (!e.mime.startsWith('image/')) throw invalid('file', 'ocr.error.notImage', 'not an image');
    const before = await db.ocrTexts.get(input.id);
    const row: OcrText = {
      id: input.id,
      text: input.text,
      machine: true,
      langs: input.langs,
      confidence: input.confidence,
      ...(input.lines ? { lines: input.lines } : {}),
      ...(input.width !== undefined ? { width: input.width } : {}),
      contactIds: before?.contactIds ?? [],
      readAt: now,
      updatedAt: now,
    };
    v.parse(OcrTextSchema, row);
    await db.ocrTexts.put(row);
    return row;
  });
}

/** The user's correction: no longer machine-read, and the boxes (which no longer match) are dropped. */
export async function editText(db: NgDatabase, idValue: string, text: string, now = Date.now()): Promise<OcrText> {
  return db.transaction('rw', db.ocrTexts, async () => {
    const before = await db.ocrTexts.get(idValue);
    if (!before) throw notFound('ocr text', idValue);
    const { lines: _lines, width: _width, ...rest } = before;
    const row: OcrText = { ...rest, text, machine: false, updatedAt: now };
    v.parse(OcrTextSchema, row);
    await db.ocrTexts.put(row);
    return row;
  });
}

/**
 * Creates the contacts the user confirmed from a screenshot, all or none (one
 * transaction), and links them to it: the screenshot is their evidence. A
 * screenshot attached to nothing yet is attached to the first of them, so it
 * is listed with that contact and in complaint evidence lists.
 */
export async function confirmContacts(
  db: NgDatabase,
  idValue: string,
  inputs: readonly ContactInput[],
  now = Date.now(),
): Promise<string[]> {
  return db.transaction('rw', [...contactTables(db), db.evidence, db.ocrTexts], async () => {
    const row = await db.ocrTexts.get(idValue);
    const e = await db.evidence.get(idValue);
    if (!row || !e) throw notFound('ocr text', idValue);
    const ids: string[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        ids.push((await addContact(db, input, now)).id);
      } catch (err) {
        // Says which proposal is at fault; the transaction rolls back every contact before it.
        if (err instanceof AppError) throw new AppError({ ...err.data, field: `contacts.${index}.${err.data.field ?? ''}` });
        throw err;
      }
    }
    await db.ocrTexts.put({ ...row, contactIds: [...row.contactIds, ...ids], updatedAt: now });
    if (e.ownerType === undefined && ids.length > 0) await db.evidence.update(idValue, { ownerType: 'contact', ownerId: ids[0] });
    return ids;
  });
}

export const AUTO_READ_SETTING = 'ocr.autoRead';

/** Off unless the user turned it on (reading is slow on slow machines: docs/PERFORMANCE.md). */
export async function setAutoRead(db: NgDatabase, on: boolean): Promise<void> {
  await db.settings.put({ key: AUTO_READ_SETTING, value: on });
}
