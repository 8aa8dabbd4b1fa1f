import type { Evidence } from '../../model/records';

export type EvidenceMeta = Omit<Evidence, 'blob'>;

/** Evidence without its Blob, which cannot cross runtime messaging. */
export function metaOf(e: Evidence): EvidenceMeta {
  const { blob: _blob, ...meta } = e;
  return meta;
}
