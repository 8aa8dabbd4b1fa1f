import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { rpcFromPage } from './extension-pages';
import { seedEvidence, serveLibraries } from './form-helpers';

/**
 * A browser with the extension for the complaint-form e2e files: the real
 * libraries served from node_modules, the sample data loaded (zh-CN) and two
 * evidence files seeded.
 */
export async function launchForForms(): Promise<Session> {
  const s = await launch();
  await serveLibraries(s.context);
  const dash = await s.openPage('dashboard.html');
  await rpcFromPage(dash, 'sample.load', { locale: 'zh-CN', tzOffsetMin: 480 });
  await seedEvidence(dash);
  await dash.close();
  return s;
}

/** A fixture form page of tests/fixtures/pages/forms/. */
export const formHtml = (name: string) => readFileSync(`tests/fixtures/pages/forms/${name}`, 'utf8');

/** Serves `html` at the real host `url` and opens it in a new tab of that size. */
export async function openForm(s: Session, url: string, html: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  await serveFixture(s.context, url, html);
  const page = await s.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  return page;
}
