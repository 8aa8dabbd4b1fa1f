import * as v from 'valibot';
import { id } from '../../model/fields';
import { EVIDENCE_OWNERS } from '../../model/records';
import type { DeletedEvidence, IntegrityResult } from '../../db/repos/evidence';
import type { EvidenceMeta } from '../../db/repos/evidence-meta';
import { method } from '../define';

const owner = v.strictObject({ ownerType: v.picklist(EVIDENCE_OWNERS), ownerId: id });
const tabRef = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31));

// Blobs cannot cross runtime messaging: files are added by the page calling
// the repository directly; screenshots are taken and stored by the background.
export const evidenceMethods = {
  /** Screenshot of the visible tab of that window (activeTab from the user's click on our action). */
  'evidence.capture': method<EvidenceMeta>()(v.strictObject({ tabId: tabRef, windowId: tabRef, owner: v.optional(owner) }), ['page']),
  'evidence.verify': method<IntegrityResult>()(v.strictObject({ id }), ['page']),
  'evidence.attach': method<null>()(v.strictObject({ id, owner: v.nullable(owner) }), ['page']),
  /** Returns what else the delete detached; the page undoes it with restoreEvidence (it holds the Blob). */
  'evidence.delete': method<DeletedEvidence>()(v.strictObject({ id }), ['page']),
};
