import { liveQuery, type Observable } from 'dexie';
import type { Jurisdiction } from '../../model/records';
import { getDb } from '../connection';
import { getJurisdiction } from '../repos/jurisdiction';

/** UI read of the user's jurisdiction (undefined: not chosen yet), kept live. */
export function jurisdictionQuery(): Observable<Jurisdiction | undefined> {
  return liveQuery(() => getJurisdiction(getDb()));
}

export function readJurisdiction(): Promise<Jurisdiction | undefined> {
  return getJurisdiction(getDb());
}
