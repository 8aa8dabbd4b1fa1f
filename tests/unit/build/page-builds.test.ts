import { describe, expect, it } from 'vitest';
import { onePagePerBuild } from '@/scripts/page-builds';

// WXT passes its build steps to the `entrypoints:grouped` hook by reference:
// an array is one Vite build of several pages, a single entrypoint (a content
// script, the background) is already built alone.

describe('one build per extension page', () => {
  it('splits each step of several pages into one step per page, keeping the order', () => {
    const groups: (string | string[])[] = ['background', ['popup', 'dashboard', 'report'], 'content-script', ['sandbox']];
    onePagePerBuild(groups);
    expect(groups).toEqual(['background', ['popup'], ['dashboard'], ['report'], 'content-script', ['sandbox']]);
  });

  it('leaves steps that are already single as they are', () => {
    const groups: (string | string[])[] = ['background', ['popup']];
    onePagePerBuild(groups);
    expect(groups).toEqual(['background', ['popup']]);
  });
});
