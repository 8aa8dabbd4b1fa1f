import { useEffect, useRef, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import type { Complaint } from '@/utils/model/records';

/** The section key a field's text is kept under in the complaint record: "facts", "identity:name". */
export const sectionKey = (f: { section: string; part?: string | undefined }) => (f.part ? `${f.section}:${f.part}` : f.section);

/**
 * The user's edits of this page's drafts, kept in the page's draft complaint
 * (complaints.saveEdit), so they survive closing the panel or reloading the
 * page. Saving waits for a pause in typing.
 */
export function useDraftEdits(channelId: string, url: string) {
  const [draft, setDraft] = useState<Complaint | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    rpc('complaints.draftOnPage', { channelId, url }).then(
      (c) => {
        setDraft(c);
        if (c) setEdits(c.sections);
      },
      () => undefined,
    );
  }, [channelId, url]);

  const save = (key: string, text: string) => rpc('complaints.saveEdit', { channelId, url, key, text }).then(setDraft, () => undefined);

  /** Text typed by the user; '' goes back to the generated draft. */
  const edit = (key: string, text: string) => {
    setEdits((e) => {
      const next = { ...e };
      if (text === '') delete next[key];
      else next[key] = text;
      return next;
    });
    clearTimeout(timers.current.get(key));
    timers.current.set(
      key,
      setTimeout(() => void save(key, text), text === '' ? 0 : 500),
    );
  };
  return { draft, setDraft, edits, edit };
}
