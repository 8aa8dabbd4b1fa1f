import type { Jurisdiction } from '../../model/records';
import { CN_CHANNELS } from './cn-channels';
import { CN_COLLECTION } from './cn-collection';
import { CN_COST } from './cn-cost';
import { CN_LAWS } from './cn-laws';
import { HK_FACTS } from './hk';
import { LPR_FACTS } from './lpr';
import { TW_FACTS } from './tw';
import type { Fact } from './types';

export type { Fact, FactConfidence, FactKind, FactSource } from './types';

/** Every fact the extension relies on: one registry, listed on the Sources page. */
export const FACTS: readonly Fact[] = [...CN_COLLECTION, ...CN_LAWS, ...CN_CHANNELS, ...CN_COST, ...LPR_FACTS, ...TW_FACTS, ...HK_FACTS];

const BY_ID = new Map(FACTS.map((f) => [f.id, f]));

/** The fact with this id; throws on an unknown id so a typo fails at load time, not in a complaint. */
export function fact(id: string): Fact {
  const f = BY_ID.get(id);
  if (!f) throw new Error(`unknown fact ${id}`);
  return f;
}

export function factsOf(j: Jurisdiction): Fact[] {
  return FACTS.filter((f) => f.jurisdiction === j);
}
