/**
 * Mounts the panel: a host element with a closed shadow root holding an
 * extension iframe. The page can see the host element but not into it, and
 * cannot read the iframe (cross-origin). Styles are inline in the shadow root
 * so page CSS cannot restyle the panel.
 */
export function mountPanelHost(frameSrc: string): HTMLElement {
  const host = document.createElement('ng-complaint-panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; display: block; }
    iframe { width: 360px; height: 420px; border: 1px solid #8c959f; border-radius: 10px; background: #fff;
             box-shadow: 0 6px 24px rgba(0,0,0,.2); color-scheme: light dark; }
  `;
  const frame = document.createElement('iframe');
  frame.src = frameSrc;
  frame.setAttribute('allow', 'clipboard-write');
  shadow.append(style, frame);
  document.documentElement.append(host);
  return host;
}
