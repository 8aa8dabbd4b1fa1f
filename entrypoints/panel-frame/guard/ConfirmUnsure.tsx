import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/** As the guard's enable delay: a confirmation that appears under the pointer cannot be taken by a double click. */
export const CONFIRM_DELAY_MS = 600;
export type ConfirmKind = 'Insert' | 'Copy' | 'Record' | 'Attach';

/** The title and the explanation: what will go into the page, be recorded, or be attached. */
const WORDS = {
  Insert: ['hardening.guard.confirmTitle', 'hardening.confirm.body'],
  Copy: ['hardening.guard.confirmTitle', 'hardening.confirm.body'],
  Record: ['panelStage.recordTitle', 'panelStage.recordBody'],
  Attach: ['panelStage.attachTitle', 'panelStage.attachBody'],
} as const;

function Confirm(props: { kind: ConfirmKind; text: string; done: (yes: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    ref.current?.showModal();
    const timer = setTimeout(() => setReady(true), CONFIRM_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <dialog
      ref={ref}
      class="guard-confirm"
      data-testid="guard-confirm"
      aria-labelledby="guard-confirm-title"
      onCancel={() => props.done(false)}
    >
      <h2 id="guard-confirm-title">{t(WORDS[props.kind][0])}</h2>
      <p>{t(WORDS[props.kind][1])}</p>
      <blockquote
        data-testid="guard-confirm-text"
        data-kind={props.kind}
        style={{ whiteSpace: 'pre-wrap', maxHeight: '40vh', overflow: 'auto' }}
      >
        {props.text}
      </blockquote>
      <div class="row">
        <button type="button" data-action="confirm" disabled={!ready} onClick={() => props.done(true)}>
          {t(`hardening.guard.confirm${props.kind}`)}
        </button>
        <button type="button" class="secondary" data-action="cancel" onClick={() => props.done(false)}>
          {t('hardening.guard.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/**
 * When the page's guard could not check a click ('unsure': e.g. a rotated or
 * skewed frame), the panel shows the exact text in its own document (which
 * the page cannot read or script) and acts only on the user's Confirm.
 */
export function confirmUnsure(kind: ConfirmKind, text: string): Promise<boolean> {
  const host = document.createElement('div');
  document.body.append(host);
  return new Promise((resolve) => {
    const done = (yes: boolean) => {
      render(null, host);
      host.remove();
      resolve(yes);
    };
    render(<Confirm kind={kind} text={text} done={done} />, host);
  });
}
