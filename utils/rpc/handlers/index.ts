import type { Contract } from '../contract';
import type { HandlersFor } from './types';
import { contactHandlers } from './contacts';
import { panelHandlers } from './panel';
import { complaintHandlers } from './complaints';
import { complaintDraftHandlers } from './complaint-drafts';
import { agreementHandlers } from './agreements';
import { planHandlers } from './plan';
import { sampleHandlers } from './sample';
import { evidenceHandlers } from './evidence';
import { backupHandlers } from './backup';
import { findingsHandlers } from './findings';
import { dataHandlers } from './data';
import { jurisdictionHandlers } from './jurisdiction';
import { ocrHandlers } from './ocr';
import { panelOverviewHandlers } from './panel-overview';

/** Every handler, one per contract method (the type makes a missing one a compile error). */
export const handlers: HandlersFor<Contract> = {
  ...contactHandlers,
  ...panelHandlers,
  ...complaintHandlers,
  ...complaintDraftHandlers,
  ...agreementHandlers,
  ...planHandlers,
  ...sampleHandlers,
  ...evidenceHandlers,
  ...backupHandlers,
  ...findingsHandlers,
  ...dataHandlers,
  ...jurisdictionHandlers,
  ...ocrHandlers,
  ...panelOverviewHandlers,
};
