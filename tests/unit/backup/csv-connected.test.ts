import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { contactsCsv } from '@/utils/domain/backup/csv';
import { contact } from '../domain/findings/build';

const rows = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('CSV "connected" column', () => {
  it('is blank for SMS and other non-call channels, yes/no only for calls', () => {
    const list = [
      contact({ channel: 'sms', connected: true, at: 1 }),
      contact({ channel: 'call', connected: true, at: 2 }),
      contact({ channel: 'missed-call', connected: false, at: 3 }),
      contact({ channel: 'app', connected: true, at: 4 }),
    ];
    const [head, ...body] = rows(contactsCsv(list, { lenders: [], agreements: [] }, 'en'));
    const col = head!.indexOf('Connected');
    expect(col).toBeGreaterThan(-1);
    expect(body.map((r) => r[col])).toEqual(['', 'Yes', 'No', '']);
  });
});
