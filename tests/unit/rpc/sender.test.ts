import { describe, expect, it } from 'vitest';
import { classifySender } from '@/utils/rpc/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it('recognises extension pages, the panel frame and content scripts', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe('page');
    expect(classifySender({ id: ID, url: `${ORIGIN}dashboard.html#/contacts`, tab: { id: 3 } }, ID, ORIGIN)).toBe('page');
    expect(classifySender({ id: ID, url: `${ORIGIN}panel-frame.html?channel=nfra`, tab: { id: 3 } }, ID, ORIGIN)).toBe('panel');
    expect(classifySender({ id: ID, url: 'https://www.nfra.gov.cn/x', tab: { id: 3 } }, ID, ORIGIN)).toBe('content');
  });

  it('rejects other extensions, missing urls and tab-less web urls', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'not a url', tab: { id: 1 } }, ID, ORIGIN)).toBeNull();
  });

  it('does not treat a look-alike web url as the panel frame', () => {
    expect(classifySender({ id: ID, url: 'https://evil.example/panel-frame.html', tab: { id: 1 } }, ID, ORIGIN)).toBe('content');
  });
});

describe('classifySender in frames', () => {
  it('refuses an extension page other than the panel inside a subframe of a web tab', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}dashboard.html`, tab: { id: 3 }, frameId: 5 }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: `${ORIGIN}dashboard.html`, tab: { id: 3 }, frameId: 0 }, ID, ORIGIN)).toBe('page');
    expect(classifySender({ id: ID, url: `${ORIGIN}panel-frame.html?channel=nfra`, tab: { id: 3 }, frameId: 5 }, ID, ORIGIN)).toBe('panel');
  });

  it('accepts Firefox extension origins (moz-extension, per-install uuid)', () => {
    const ff = 'moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/';
    expect(classifySender({ id: ID, url: `${ff}popup.html` }, ID, ff)).toBe('page');
    expect(classifySender({ id: ID, url: `${ff}panel-frame.html?x=1`, tab: { id: 2 }, frameId: 1 }, ID, ff)).toBe('panel');
    expect(classifySender({ id: ID, url: `${ff}dashboard.html`, tab: { id: 2 }, frameId: 3 }, ID, ff)).toBeNull();
  });
});
