import { useEffect, useRef, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { defaultSelection, type Selection } from '@/utils/domain/complaints/select';
import type { PanelContext } from '@/utils/rpc/methods/panel';
import type { PanelOverview } from '@/utils/rpc/methods/panel-overview';

/** What main.tsx asked the background for as the frame opened (one of the two). */
export interface Preloaded {
  overview?: Promise<PanelOverview>;
  context?: Promise<PanelContext>;
}

/** The inline menu and the panel's own window open a draft at once; the docked panel starts with the summary. */
export const opensDraftsAtOnce = (p: { field?: string | undefined; inWindow: boolean }) => p.field !== undefined || p.inWindow;

/**
 * Staged loading. The docked panel first has only the
 * checklist's summary (panel.overview: pickers, counts, yes/no facts); the
 * records the drafts are written from (contacts, complaints, evidence names,
 * the profile) arrive only when the user opens the drafts (panel.context).
 * While only the summary is here, a new lender or agreement choice asks the
 * background for that choice's facts.
 */
export function usePanelData(atOnce: boolean, preloaded: Preloaded | undefined) {
  const [overview, setOverview] = useState<PanelOverview | null>(null);
  const [ctx, setCtx] = useState<PanelContext | null>(null);
  const [sel, setSelState] = useState<Selection | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opening, setOpening] = useState(false);
  const asked = useRef(0);

  useEffect(() => {
    if (atOnce)
      (preloaded?.context ?? rpc('panel.context', {})).then((c) => {
        setCtx(c);
        setSelState(defaultSelection(c));
      }, setError);
    else
      (preloaded?.overview ?? rpc('panel.overview', {})).then((o) => {
        setOverview(o);
        setSelState(defaultSelection(o));
      }, setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: the first read happens once, when the frame opens
  }, []);

  const setSel = (next: Selection) => {
    setSelState(next);
    if (ctx) return; // the drafts' records are here: the frame selects from them itself
    const n = ++asked.current;
    rpc('panel.overview', { selection: { lenderId: next.lenderId, agreementId: next.agreementId } }).then(
      (o) => n === asked.current && setOverview(o),
      setError,
    );
  };

  const openDrafts = () => {
    if (ctx || opening) return;
    setOpening(true);
    rpc('panel.context', {})
      .then(setCtx, setError)
      .finally(() => setOpening(false));
  };

  return { overview, ctx, setCtx, sel, setSel, error, setError, openDrafts, opening };
}
