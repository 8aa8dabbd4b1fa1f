import { contactMethods } from './methods/contacts';
import { panelMethods } from './methods/panel';
import { complaintMethods } from './methods/complaints';
import { complaintDraftMethods } from './methods/complaint-drafts';
import { agreementMethods } from './methods/agreements';
import { planMethods } from './methods/plan';
import { sampleMethods } from './methods/sample';
import { evidenceMethods } from './methods/evidence';
import { backupMethods } from './methods/backup';
import { findingsMethods } from './methods/findings';
import { dataMethods } from './methods/data';
import { jurisdictionMethods } from './methods/jurisdiction';
import { ocrMethods } from './methods/ocr';
import { panelOverviewMethods } from './methods/panel-overview';

/**
 * The one RPC contract: every method the background serves, its input schema
 * and who may call it. Each feature keeps its methods in rpc/methods/<feature>.ts
 * and its handlers in rpc/handlers/<feature>.ts; both are merged here.
 */
export const contract = {
  ...contactMethods,
  ...panelMethods,
  ...complaintMethods,
  ...complaintDraftMethods,
  ...agreementMethods,
  ...planMethods,
  ...sampleMethods,
  ...evidenceMethods,
  ...backupMethods,
  ...findingsMethods,
  ...dataMethods,
  ...jurisdictionMethods,
  ...ocrMethods,
  ...panelOverviewMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
