import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serveFixture, type Session } from './harness';
import { fixtureHtml } from '../fixtures/pages';
import { channelById } from '../../utils/sites';
import { openSection } from './extension-pages';
import { panelFrame } from './form-helpers';

// One profile editor (components/ProfileEditor.tsx) in the dashboard's Settings and the complaint panel:
// what is saved in one is what the other shows.

let s: Session;
let dash: Page;
beforeAll(async () => {
  s = await launch();
  dash = await s.openPage('dashboard.html');
  await dash.waitForSelector('nav a[href^="#/"]');
});
afterAll(async () => {
  await s?.close();
});

describe('the complainant’s profile', () => {
  it('saved in Settings, shown and edited in the panel, and back', async () => {
    await openSection(dash, 'settings');
    const form = dash.locator('[data-testid="settings-profile"]');
    await form.locator('input[name="settings-profile-name"]').fill('Li Ming');
    await form.locator('input[name="settings-profile-phone"]').fill('13800000000');
    await form.locator('button[type="submit"]').click();
    await form.locator('[role="status"]').waitFor();

    const c = channelById('nfra')!;
    await serveFixture(s.context, c.testUrls[0]!, fixtureHtml(c.fixture));
    const page = await s.context.newPage();
    await page.goto(c.testUrls[0]!);
    // The profile is shown once the drafts are open (staged loading).
    const frame = await panelFrame(page);
    await frame.click('details.profile summary');
    expect(await frame.inputValue('input[name="profile-name"]')).toBe('Li Ming');
    expect(await frame.inputValue('input[name="profile-phone"]')).toBe('13800000000');
    await frame.fill('input[name="profile-address"]', 'Road 1');
    await frame.click('details.profile button[type="submit"]');
    await frame.waitForSelector('details.profile [role="status"]');
    await page.close();

    await dash.reload();
    await openSection(dash, 'settings');
    expect(await dash.inputValue('input[name="settings-profile-address"]')).toBe('Road 1');
    expect(await dash.inputValue('input[name="settings-profile-name"]')).toBe('Li Ming');
  });
});
