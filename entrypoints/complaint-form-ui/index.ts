import { USER_SITE_CHANNEL } from '@/utils/sites/detect-ids';
import {
  PANEL_ATTACH,
  PANEL_CHECK,
  PANEL_COVER,
  PANEL_FOCUS_LOST,
  PANEL_FRAME,
  PANEL_INSERT,
  PANEL_WHERE,
  type Actor,
  type AttachMessage,
  type CheckMessage,
  type CoverMessage,
  type FocusLostMessage,
  type FrameMessage,
  type InsertMessage,
  type WhereMessage,
  type WhereResult,
} from '@/utils/sites/panel-messages';
import { HANDOFF, type DetectorHandoff } from '../complaint-panel.content/handoff';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import { afterPaint, mountLauncher, mountPanelHost, type PanelHost } from '../complaint-panel.content/host';
import { fillField } from '../complaint-panel.content/insert';
import { attachFiles } from '../complaint-panel.content/attach';
import { watchCover } from '../complaint-panel.content/cover';
import { mountAnchors } from '../complaint-panel.content/anchors';
import { openMenu, type InlineMenu } from '../complaint-panel.content/menu';
import { dockPanel, PHONE_W, type Dock } from '../complaint-panel.content/dock';
import { addActGuard, mayAct } from '../complaint-panel.content/may-act';
import { pickField } from '../complaint-panel.content/pick';
import { createGuard, type GuardedPanel, type PanelGuard } from '../complaint-panel.content/guard';
import { watchFocus } from '../complaint-panel.content/guard/focus-watch';
import { perfMark } from '../complaint-panel.content/guard/perf-mark';
import { libraryFields } from '../complaint-panel.content/library-watch';
import { chooseLibraryOption, probeOptions } from '../complaint-panel.content/library-select';

/**
 * The form UI, injected by the background (panel.loadUi) into the isolated
 * world of the detector (entrypoints/complaint-panel.content) once it has
 * recognised a form or the user asked for the helper. It takes the browser
 * API from the detector (one copy of the polyfill per page) and shows:
 * anchors beside each recognised field, each field's inline menu (an
 * extension iframe), the docked panel (another), and it performs insert and
 * attach on the frames' requests, each behind mayAct: the cover check and
 * the click-jacking guard's verdict at the click point (guard/index.ts), for
 * the frame that asked (the docked panel or the inline menu). Everything showing the
 * user's data is in the extension iframes, which the page cannot read.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  const d = g[HANDOFF] as DetectorHandoff | undefined;
  if (!d || d.show) return; // no detector here, or the UI already runs
  const { browser, registryId } = d;
  const label = (key: 'panelTitle' | 'panelLoading' | 'panelLauncher' | 'anchorTitle', fallback: string) =>
    browser.i18n.getMessage(key) || fallback;

  let panel: PanelHost | undefined;
  let dock: Dock | undefined;
  let menu: InlineMenu | undefined;
  const covers = new Map<Actor, ReturnType<typeof watchCover>>();
  const guards = new Map<Actor, PanelGuard>();
  const focusWatch = new Map<Actor, () => void>();
  let dismissed = false;
  /** Fields the user chose by hand (manual mode), kept beside the recognised ones. */
  const manual = new Map<string, { el: Element; field: RecognisedField }>();
  /** Selects and hidden upload inputs that component libraries build (the detector skips them). */
  const lib = libraryFields(registryId, d);
  const fieldsNow = () => [...lib.merged(d.fields()), ...[...manual.values()].map((m) => m.field)];
  const elementOf = (key: string) => manual.get(key)?.el ?? lib.target(key) ?? d.element(key);
  /** Where a field's anchor sits: the library's visible box for its hidden control. */
  const anchorOf = (key: string) => lib.anchor(key) ?? elementOf(key);
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({
      channel: registryId ?? USER_SITE_CHANNEL,
      lang: document.documentElement.lang,
      url: location.origin + location.pathname,
      fields: JSON.stringify(fieldsNow()),
      ...extra,
    }).toString();
  // Tells a frame whether it may take clicks (see cover.ts); only extension contexts receive this.
  const tellFrame = (frame: Actor, covered: boolean) =>
    void browser.runtime
      .sendMessage({ type: PANEL_COVER, frame, covered, filtered: guards.get(frame)?.filtered() ?? false } satisfies CoverMessage)
      .catch(() => {});
  /** Cover watch, click-jacking guard and focus watch for one of our frames. */
  const watch = (actor: Actor, target: GuardedPanel) => {
    stopWatch(actor);
    const g = createGuard(target);
    guards.set(actor, g);
    focusWatch.set(
      actor,
      watchFocus(
        target.host,
        () => void browser.runtime.sendMessage({ type: PANEL_FOCUS_LOST, frame: actor } satisfies FocusLostMessage).catch(() => {}),
      ),
    );
    // A dark-mode filter coming or going is told to the frame too (it explains an IOv2 "not visible").
    let filtered = false;
    const w = watchCover(
      target.host,
      (c) => tellFrame(actor, c),
      (rect, clear) => {
        g.note(rect, clear);
        if (g.filtered() !== filtered) {
          filtered = !filtered;
          tellFrame(actor, !clear);
        }
      },
    );
    covers.set(actor, w);
    return w;
  };
  const stopWatch = (actor: Actor) => {
    covers.get(actor)?.stop();
    covers.delete(actor);
    focusWatch.get(actor)?.();
    focusWatch.delete(actor);
    guards.delete(actor);
  };
  addActGuard((actor) => ((covers.get(actor)?.covered() ?? true) ? 'covered' : null));
  // Checked again at the click point: a click that reached a covered, hidden, just-moved or see-through frame does nothing.
  addActGuard((actor, point) => {
    const v = guards.get(actor)?.verdict(point) ?? { ok: false as const, reason: 'covered' as const };
    return v.ok ? null : v.reason;
  });

  /** This page's address as the panel's window records it (a window acts only while the tab still shows it). */
  const here = () => location.href.split('#')[0] ?? location.href;
  const closeMenu = () => {
    stopWatch('menu');
    menu?.remove();
    menu = undefined;
  };
  const openFor = (key: string, extra: Record<string, string> = {}) => {
    const wasOpen = menu?.key === key;
    closeMenu();
    if (wasOpen) return;
    // Not a registry host: no in-page frame; the toolbar popup opens the panel's window (a content script cannot).
    if (!registryId) return;
    const m = openMenu(
      key,
      browser.runtime.getURL(`/panel-frame.html?${query({ field: key, ...extra })}`),
      label('panelTitle', 'Negotiation Guard'),
    );
    menu = m;
    m.place(anchors.rect(key) ?? anchors.fieldRect(anchorOf(key) ?? document.body));
    const w = watch('menu', m);
    m.onLoad(() => tellFrame('menu', w.covered()));
  };
  const anchors = mountAnchors(label('anchorTitle', 'Negotiation Guard'), (key) => {
    if (!lib.optionsLater(key) || menu?.key === key) return openFor(key);
    // The menu suggests among the select's options: read them first (the user's click opens this field).
    void probeOptions(lib.target(key)).then(() => {
      lib.refresh(d.fields());
      openFor(key);
    });
  });
  const rects = () =>
    fieldsNow()
      .map((f) => anchorOf(f.key))
      .filter((e): e is Element => !!e?.isConnected)
      .map(anchors.fieldRect);
  addEventListener('scroll', () => menu?.place(anchors.rect(menu.key)), { passive: true, capture: true });
  // A click anywhere on the page (not in our frames: those never reach it) closes the menu.
  document.addEventListener('mousedown', (e) => menu && e.target !== menu.host && e.target !== anchors.host && closeMenu(), true);
  const unmount = () => {
    stopWatch('panel');
    dock?.release();
    dock = undefined;
    panel?.remove();
    panel = undefined;
  };

  /** The docked panel on a registry host; on any other site, the note that points to the toolbar. */
  const mountPanel = () => {
    if (registryId) {
      const src = browser.runtime.getURL(`/panel-frame.html?${query(innerWidth < PHONE_W ? { collapsed: '1' } : {})}`);
      if (panel) return (panel.setSrc(src), dock?.update());
      const p = mountPanelHost(src, { title: label('panelTitle', 'Negotiation Guard'), loading: label('panelLoading', '…') });
      panel = p;
      dock = dockPanel(p, rects, () => anchors.placeSoon());
      // Measured in the next frame, before the anchors are placed beside the fields it may move: measuring
      // now, right after attaching the panel, would force a layout that the frame's rendering does again.
      requestAnimationFrame(() => dock?.update());
      const w = watch('panel', p);
      p.onFrameLoad(() => tellFrame('panel', w.covered()));
      return;
    }
    // Not a registry host: the iframe is not web-accessible here. A note says to open the panel's own
    // window from the toolbar button (an extension page: the page cannot click-jack or script it).
    if (panel) return;
    panel = mountLauncher(label('panelLauncher', 'Negotiation Guard'));
  };

  const show = (fields: RecognisedField[] | null) => {
    if (dismissed) return anchors.set([]);
    lib.refresh(fields);
    const wanted = fields !== null || d.forced || manual.size > 0;
    // The panel before the anchors: the room its dock gives the page moves the fields they sit beside.
    if (wanted) mountPanel();
    anchors.set(
      fieldsNow().flatMap((f) => {
        const el = anchorOf(f.key);
        return el ? [{ key: f.key, el, multiline: f.multiline }] : [];
      }),
    );
    if (fields) afterPaint(() => perfMark('ng:anchors-visible'));
    if (!wanted) unmount();
  };
  d.show = (fields) => {
    if (d.forced) dismissed = false;
    show(fields);
  };
  // Layout changes (a wizard step, a resize) can bring fields under the panel: the dock looks again.
  // A library select or upload rendered without any change the detector reports is picked up here too.
  setInterval(() => {
    if (document.hidden) return;
    if (lib.refresh(d.fields())) show(d.fields());
    dock?.update();
  }, 500);

  // Only the background can reach this listener (runtime messages); the page cannot forge or read them.
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const m = msg as InsertMessage | AttachMessage | FrameMessage | CheckMessage | WhereMessage | undefined;
    if (m?.type === PANEL_WHERE) return Promise.resolve({ url: here(), query: query() } satisfies WhereResult);
    const actor: Actor = m?.actor === 'menu' || m?.actor === 'window' ? m.actor : 'panel';
    if (m?.type === PANEL_CHECK) {
      const refused = actor === 'window' ? null : mayAct(actor, m.point);
      return Promise.resolve(refused ? { ok: false, reason: refused } : { ok: true });
    }
    if (m?.type === PANEL_INSERT || m?.type === PANEL_ATTACH) {
      // Asked again now, at the click point: a click that reached a covered or see-through frame fills nothing.
      // The panel's window is the extension's own top-level page (the page cannot cover it), but it may
      // act only while this tab still shows the address it was opened for.
      const refused = actor === 'window' ? (m.expectUrl === here() ? null : 'moved') : mayAct(actor, m.point);
      // 'unsure' alone is lifted when the user confirmed this very text or these files in the panel (covered, hidden, wait never are).
      const confirmed = refused === 'unsure' && m.confirmed === true;
      if (refused && !confirmed) return Promise.resolve({ ok: false, reason: refused });
      let el = elementOf(m.key);
      if (!el?.isConnected) {
        lib.refresh(d.rescan());
        el = elementOf(m.key);
      }
      if (m.type === PANEL_ATTACH) return Promise.resolve(attachFiles(el, m.files));
      if (lib.isSelect(m.key)) return chooseLibraryOption(el, m.text).then((ok) => (ok ? { ok: true } : { ok: false, reason: 'no-field' }));
      return fillField(el, m.text);
    }
    if (m?.type === PANEL_FRAME && actor !== 'window') {
      if (m.action === 'close-menu') closeMenu();
      else if (m.action === 'pick') {
        pickField((el, field) => {
          const key = `m${manual.size}`;
          manual.set(key, { el, field: { ...field, key } });
          show(d.fields());
          openFor(key, { manual: '1' });
        });
      } else if (panel && m.action === 'dismiss') {
        dismissed = true;
        anchors.set([]);
        closeMenu();
        unmount();
      } else if (panel) {
        panel.collapse(m.action === 'collapse');
        dock?.userCollapse(m.action === 'collapse');
      }
      return Promise.resolve({ ok: true });
    }
    return undefined;
  });
  show(d.fields());
});
