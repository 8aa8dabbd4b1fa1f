import { FUTURE_TOLERANCE_MS } from '../contacts/contact-problems';
import { sitePattern } from '../complaints/site-pattern';
import { refuse } from './refuse';
import type { BackupRows, BackupTable } from './tables';

// The repositories' business rules, applied to a whole backup before anything
// is written. Schemas check each record alone; these check
// what the repositories check on every write: links point at records that
// exist (in the same file: a backup is a snapshot of a consistent database),
// no contact in the future, user sites are one https host. A bad record is
// refused with its table, position, id and field.
//
// Deliberately NOT refused: a complaint's contactIds may name contacts deleted
// after it was sent (updateComplaint and deleteContact keep them on purpose),
// and an import link's contactId may name a contact deleted after the import
// (the link says the file held it; re-importing the file must not add it back).

type Row = Record<string, unknown>;
type Check = (row: Row) => [field: string, detail: string] | undefined;

function idsOf(rows: readonly { id: string }[]): Set<string> {
  return new Set(rows.map((r) => r.id));
}

function link(field: string, ids: Set<string>): Check {
  return (row) => {
    const value = row[field];
    return value !== undefined && !ids.has(String(value))
      ? [field, `links to ${String(value).slice(0, 64)}, which is not in the backup`]
      : undefined;
  };
}

function run(table: BackupTable, rows: readonly object[], checks: Check[]): void {
  rows.forEach((row, index) => {
    for (const check of checks) {
      const bad = check(row as Row);
      if (bad) throw refuse(table, index, row, bad[0], bad[1]);
    }
  });
}

export function checkBusinessRules(rows: BackupRows, now: number): void {
  const lenders = idsOf(rows.lenders);
  const agreements = idsOf(rows.agreements);
  const installments = idsOf(rows.installments);
  const contacts = idsOf(rows.contacts);
  const evidence = idsOf(rows.evidence);
  const complaints = idsOf(rows.complaints);
  const lenderOfAgreement = new Map(rows.agreements.map((a) => [a.id, a.lenderId]));
  const owners: Record<string, Set<string>> = {
    contact: contacts,
    agreement: agreements,
    complaint: complaints,
    installment: installments,
  };
  const targets: Record<string, Set<string> | undefined> = {
    installment: installments,
    agreement: agreements,
    complaint: complaints,
    backup: undefined,
  };

  run('agreements', rows.agreements, [link('lenderId', lenders)]);
  run('installments', rows.installments, [link('agreementId', agreements), link('proofEvidenceId', evidence)]);
  run('contacts', rows.contacts, [
    link('lenderId', lenders),
    link('agreementId', agreements),
    (c) => {
      const owner = c.agreementId === undefined ? undefined : lenderOfAgreement.get(String(c.agreementId));
      return owner !== undefined && c.lenderId !== undefined && c.lenderId !== owner
        ? ['agreementId', 'the agreement belongs to another lender']
        : undefined;
    },
    (c) => ((c.at as number) > now + FUTURE_TOLERANCE_MS ? ['at', 'the contact time is in the future'] : undefined),
  ]);
  run('evidence', rows.evidence, [
    (e) => ((e.ownerType === undefined) !== (e.ownerId === undefined) ? ['ownerId', 'owner type and owner id go together'] : undefined),
    (e) =>
      e.ownerType !== undefined && !owners[String(e.ownerType)]!.has(String(e.ownerId))
        ? ['ownerId', `links to ${String(e.ownerId)}, which is not in the backup`]
        : undefined,
  ]);
  run('complaints', rows.complaints, [link('lenderId', lenders), link('agreementId', agreements)]);
  run('reminders', rows.reminders, [
    (r) => {
      const ids = targets[String(r.targetType)];
      return ids && !ids.has(String(r.targetId))
        ? ['targetId', `links to ${String(r.targetId).slice(0, 64)}, which is not in the backup`]
        : undefined;
    },
  ]);
  const imports = idsOf(rows.imports);
  run('importLinks', rows.importLinks, [link('importId', imports)]);
  run('numberBook', rows.numberBook, [link('lenderId', lenders)]);
  run('userSites', rows.userSites, [
    link('lenderId', lenders),
    (s) => {
      const p = sitePattern(String(s.pattern));
      return !p.ok || p.pattern !== s.pattern ? ['pattern', 'not one https host (https://host/*) outside the registry'] : undefined;
    },
  ]);
}
