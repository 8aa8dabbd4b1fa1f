import { parseHTML } from 'linkedom';
import { fixtureHtml } from '../../fixtures/pages';
import { describeForm } from '@/entrypoints/complaint-panel.content/describe';
import type { FormDescription } from '@/utils/domain/complaints/form';

/** A fixture page as the content script would describe it, with field keys "f<index>". */
export function describeFixture(name: string): FormDescription {
  return describeHtml(fixtureHtml(name));
}

export function describeHtml(html: string): FormDescription {
  const { document } = parseHTML(html);
  return describeForm(document as unknown as Document, (_el, i) => `f${i}`);
}
