import { describe, expect, it } from 'vitest';
import { sectionIdOf, sectionModules } from '@/entrypoints/dashboard/section-modules';
import { sections, sectionFor } from '@/entrypoints/dashboard/sections';

// section-modules.ts holds each section's module (some in the page's bundle, the rest loaded on first
// visit); the navigation is built in sections.ts. The two must name the same sections.
describe('section modules and the navigation', () => {
  it('name the same sections, each once', () => {
    expect(sections.map((s) => s.id).sort()).toEqual(Object.keys(sectionModules).sort());
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
  });

  it('send an empty, unknown or inherited id to the overview, as the navigation does', () => {
    for (const id of ['', 'nope', 'toString', '__proto__', 'constructor']) {
      expect(sectionIdOf(id)).toBe('home');
      expect(sectionFor(id).id).toBe('home');
    }
    expect(sectionIdOf('contacts')).toBe('contacts');
    expect(sectionFor('findings').id).toBe('findings');
  });

  it('each module exports the component its section renders', async () => {
    for (const s of sections) expect(typeof (await s.load())).toBe('function');
  });
});
