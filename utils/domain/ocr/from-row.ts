import type { ContactInput } from '../../model/inputs';
import type { OcrText } from '../../model/ocr-text';
import { pageOfText, type OcrPage } from './lines';
import type { Proposal } from './propose';

/** The stored text as a page: with its boxes while it is the machine's reading, as plain lines once edited. */
export function pageOfRow(row: OcrText): OcrPage {
  if (!row.machine || !row.lines) return pageOfText(row.text);
  return { ...(row.width !== undefined ? { width: row.width } : {}), lines: row.lines.map(({ text, ...box }) => ({ text, box })) };
}

/** A reviewed proposal as the contact to create. */
export function contactOfProposal(p: Proposal, tzOffsetMin: number): ContactInput {
  return {
    at: p.at,
    channel: p.channel,
    direction: p.direction,
    connected: p.connected,
    person: { name: p.name.slice(0, 200), phone: p.phone.slice(0, 200), staffId: '', agency: '', party: 'unknown' },
    summary: p.text.slice(0, 20_000),
    flags: p.flags,
    tzOffsetMin,
  };
}
