import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { mayChangeCover } from '@/entrypoints/complaint-panel.content/guard/cover-changes';

// The cover watch checks again only for changes that can alter what is drawn over the panel
// (the host is the last child of <html>, so nothing inside <body> can be). A busy page's
// re-renders deep in <body> must not count; every way of getting above the panel must.
function page() {
  const { document } = parseHTML(
    `<html><head><title>投诉</title></head><body><main><ul id="feed"><li>动态 1</li></ul><div id="spin"></div>
     <dialog id="d"></dialog><div id="w"></div></main></body><ng-complaint-panel></ng-complaint-panel></html>`,
  );
  return document as unknown as Document;
}
const nodes = (...n: Node[]) => n as unknown as NodeList;
const none = nodes();
function attr(target: Node, attributeName: string): MutationRecord {
  return { type: 'attributes', target, attributeName, addedNodes: none, removedNodes: none } as unknown as MutationRecord;
}
function list(target: Node, added: Node[] = [], removed: Node[] = []): MutationRecord {
  return {
    type: 'childList',
    target,
    attributeName: null,
    addedNodes: nodes(...added),
    removedNodes: nodes(...removed),
  } as unknown as MutationRecord;
}
/** A component's root holding its own style sheet link. */
const withLink = (doc: Document) => {
  const section = doc.createElement('section');
  const link = doc.createElement('link');
  link.setAttribute('rel', 'stylesheet');
  link.setAttribute('href', '/a.css');
  section.append(link);
  return section;
};

describe('cover watch: which changes can alter what is drawn over the panel', () => {
  it('a busy page re-rendering deep in <body> does not count', () => {
    const doc = page();
    const feed = doc.getElementById('feed')!;
    const li = doc.createElement('li');
    expect(mayChangeCover([list(feed, [li], [feed.firstElementChild!])], doc)).toBe(false);
    expect(mayChangeCover([attr(doc.getElementById('spin')!, 'style'), attr(doc.getElementById('spin')!, 'class')], doc)).toBe(false);
    expect(mayChangeCover([attr(doc.getElementById('w')!, 'hidden')], doc)).toBe(false);
    expect(mayChangeCover([], doc)).toBe(false);
  });

  it.each<[string, (doc: Document) => MutationRecord]>([
    ['a new child of <html> (after the panel)', (d) => list(d.documentElement, [d.createElement('div')])],
    ['<html> restyled (filter, transform, opacity)', (d) => attr(d.documentElement, 'style')],
    ['<body> restyled', (d) => attr(d.body, 'class')],
    ['a child added to <body> (where overlays go)', (d) => list(d.body, [d.createElement('div')])],
    ['a style sheet added to <head>', (d) => list(d.head, [d.createElement('style')])],
    ['a modal dialog opened deep in the page', (d) => attr(d.getElementById('d')!, 'open')],
    ['a popover made deep in the page', (d) => attr(d.getElementById('w')!, 'popover')],
    ['a <style> added deep in the page', (d) => list(d.getElementById('w')!, [d.createElement('style')])],
    ['a component with its own <link> sheet added deep in the page', (d) => list(d.getElementById('w')!, [withLink(d)])],
    ['a style sheet removed deep in the page', (d) => list(d.getElementById('w')!, [], [d.createElement('style')])],
    ['the text of a <style> replaced', (d) => list(d.createElement('style'), [d.createTextNode('html::after{content:"x"}')])],
  ])('%s counts', (_name, record) => {
    const doc = page();
    expect(mayChangeCover([record(doc)], doc)).toBe(true);
  });

  it('one record that counts among many that do not is enough', () => {
    const doc = page();
    const deep = Array.from({ length: 50 }, () => attr(doc.getElementById('spin')!, 'style'));
    expect(mayChangeCover([...deep, attr(doc.documentElement, 'style'), ...deep], doc)).toBe(true);
  });
});
