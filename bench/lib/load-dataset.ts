import type { Page } from 'playwright-core';
import type { Dataset } from './dataset';
import { callPage } from './page-bundle';

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the dataset into the extension's IndexedDB from an extension page (same origin), with Dexie. */
export async function loadDataset(page: Page, code: string, data: Dataset): Promise<Record<string, number>> {
  await callPage(page, code, 'clearAll');
  await callPage(page, code, 'put', 'lenders', data.lenders);
  for (const c of chunks(data.agreements, 500)) await callPage(page, code, 'put', 'agreements', c);
  for (const c of chunks(data.installments, 2000)) await callPage(page, code, 'put', 'installments', c);
  for (const c of chunks(data.contacts, 2000)) await callPage(page, code, 'put', 'contacts', c);
  // Blobs are made in the page from their seeds: 40 MB should not cross the DevTools protocol.
  for (const c of chunks(data.evidence, 20)) await callPage(page, code, 'putEvidence', c);
  return callPage(page, code, 'counts');
}
