import { useEffect, useMemo, useState } from 'preact/hooks';
import { rpc } from '@/utils/rpc/client';
import { getLocale, t } from '@/utils/i18n/translate';
import { channelById } from '@/utils/sites';
import { userSiteDetect } from '@/utils/sites/detect';
import { readHiddenHosts, writeHiddenHosts } from '@/utils/storage/items';
import { checklistFor, checklistFromFacts } from '@/utils/domain/complaints/checklist';
import { draftForField } from '@/utils/domain/complaints/drafts';
import { getCurrency } from '@/utils/i18n/format';
import { selectRecords } from '@/utils/domain/complaints/select';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useRequestKey } from '@/components/useRequestKey';
import type { RecognisedField } from '@/utils/domain/complaints/form';
import type { PanelParams } from './params';
import { Checklist } from './Checklist';
import { ChannelFacts } from './ChannelFacts';
import { JurisdictionNote } from './JurisdictionNote';
import { Choices, ProfileForm } from './Choices';
import { OpenDrafts } from './OpenDrafts';
import { FieldDrafts } from './FieldDrafts';
import { PanelHeader } from './PanelHeader';
import { useVisibility } from './useVisibility';
import { useCovered } from './cover-state';
import { panelActions } from './actions';
import { InlineMenu } from './InlineMenu';
import { SubmitRecord } from './SubmitRecord';
import { sectionKey, useDraftEdits } from './useDraftEdits';
import { draftOptions } from '@/utils/domain/complaints/drafts/for-channel';
import { pointOf } from './guard/may-act';
import { useFocusStolen } from './guard/focus-steal';
import { FocusWarning } from './guard/FocusWarning';
import type { FramePoint } from '@/utils/sites/panel-messages';
import { useStatus } from './useStatus';
import { opensDraftsAtOnce, usePanelData, type Preloaded } from './usePanelData';

const NO_PREREQS = { expectsLenderRef: true, prerequisites: [] };

/** The complaint helper, inside the extension iframe the content script mounts (or its own window). */
export function PanelApp({ params, preloaded }: { params: PanelParams; preloaded?: Preloaded }) {
  const channel = channelById(params.channelId);
  const draftLocale = params.pageLang ?? channel?.defaultLocale ?? getLocale();
  const data = usePanelData(opensDraftsAtOnce(params), preloaded);
  const { ctx, setCtx, sel, setSel, error, setError } = data;
  // The pickers and the jurisdiction: from the drafts' records once opened, else from the summary.
  const pickers = ctx ?? data.overview;
  const edits = useDraftEdits(params.channelId, params.url);
  const [notice, setNotice] = useStatus();
  const [requestKey, renewKey] = useRequestKey();
  const covered = useCovered();
  const [focusStolen, resumeInput] = useFocusStolen();
  const [clearedAt, setClearedAt] = useState(0);
  useEffect(() => void (covered || setClearedAt(Date.now())), [covered]);
  const isVisible = useVisibility(clearedAt);

  const records = useMemo(() => (ctx && sel ? selectRecords(ctx, sel) : null), [ctx, sel]);
  const checklist = records
    ? checklistFor(channel ?? NO_PREREQS, records)
    : data.overview && sel
      ? checklistFromFacts(channel ?? NO_PREREQS, { ...data.overview.facts, demands: sel.demands.length })
      : [];
  const tz = -new Date().getTimezoneOffset();
  const drafts = useMemo(
    () =>
      records
        ? params.fields.map((f) => draftForField(f, records, draftOptions(params, draftLocale, tz, getCurrency(), ctx?.jurisdiction)))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: tz is the machine's offset, fixed for the frame's life
    [records, params.fields, draftLocale],
  );

  // Insert, Copy, select, attach: behind the frame guard (guard/may-act.ts) with their click point, in the panel and the inline menu alike.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberate: isVisible reads the frame's current visibility when called; the actions need not be rebuilt when it changes
  const actions = useMemo(() => panelActions(params.fields, isVisible, setError), [params.fields]);
  const guarded = actions.guarded;
  const record = (point?: FramePoint) => {
    const sections: Record<string, string> = {};
    params.fields.forEach((f, i) => {
      const d = drafts[i];
      const key = sectionKey(f);
      const text = edits.edits[key] ?? (d && !d.empty ? (d.fits ? d.text : d.full) : '');
      if (text) sections[key] = text;
    });
    // When the page cannot check the click, the user sees what will be recorded and confirms it here.
    const toConfirm = { kind: 'Record' as const, text: Object.values(sections).join('\n\n') || params.url };
    return guarded(
      point,
      async () => {
        const c = await rpc('complaints.record', {
          channelId: params.channelId,
          url: params.url,
          sections,
          contactIds: records?.contacts.map((x) => x.id).slice(0, 500) ?? [],
          ...(records?.lender ? { lenderId: records.lender.id } : {}),
          ...(records?.agreement ? { agreementId: records.agreement.id } : {}),
          requestKey,
        });
        edits.setDraft(c);
        renewKey();
        return c.status === 'draft'
          ? t('draftPanel.recordedDraft')
          : c.answerDue
            ? t('panel.recorded', { due: c.answerDue })
            : t('panel.recordedNoDue');
      },
      true,
      toConfirm,
    ).then(setNotice);
  };
  // A form submit has no click point: the content script hit-tests the submit button's box.
  const markSubmitted = (referenceNo: string, point?: FramePoint) =>
    guarded(
      point,
      async () => {
        const c = await rpc('complaints.markSubmitted', { id: edits.draft!.id, url: params.url, referenceNo });
        edits.setDraft(c);
        return c.answerDue ? t('draftPanel.markedSubmittedDue', { due: c.answerDue }) : t('draftPanel.markedSubmitted');
      },
      true,
      { kind: 'Record', text: referenceNo ? `${params.url}\n${referenceNo}` : params.url },
    );

  const fieldEdits = {
    edited: (f: RecognisedField) => edits.edits[sectionKey(f)],
    onEdit: (f: RecognisedField, text: string) => edits.edit(sectionKey(f), text),
  };

  const hideSite = async () => {
    const host = new URL(params.url).hostname;
    await writeHiddenHosts([...(await readHiddenHosts()), host]);
    await rpc('panel.frame', { action: 'dismiss' });
  };

  if (params.field) {
    const i = params.fields.findIndex((f) => f.key === params.field);
    return (
      <InlineMenu
        params={params}
        field={params.fields[i]!}
        records={records}
        draftFor={(f) => draftForField(f, records!, draftOptions(params, draftLocale, tz, getCurrency(), ctx?.jurisdiction))}
        actions={actions}
        edits={fieldEdits}
        covered={covered}
        focusStolen={focusStolen}
        onResume={resumeInput}
        error={error}
      />
    );
  }

  return (
    <main class="panel-main" data-ready={pickers ? '' : undefined} data-drafts={records ? '' : undefined}>
      <PanelHeader
        channelName={channel?.name[getLocale()] ?? (params.channelId === userSiteDetect.id ? params.url : '')}
        inWindow={params.inWindow}
        startCollapsed={params.collapsed}
        onHideSite={hideSite}
      />
      {params.inWindow && <p class="muted small">{t('panel.windowNote')}</p>}
      {pickers && (
        <JurisdictionNote
          channel={channel?.jurisdiction}
          user={pickers.jurisdiction}
          agreement={pickers.agreements.find((a) => a.id === sel?.agreementId)?.jurisdiction}
        />
      )}
      {channel && <ChannelFacts channel={channel} />}
      <ErrorMessage error={error} />
      {covered && (
        <p class="error" role="alert" data-testid="covered">
          {t('panel.covered')}
        </p>
      )}
      {pickers && sel && (
        <>
          <Choices
            lenders={pickers.lenders}
            agreements={pickers.agreements.filter((a) => !sel.lenderId || a.lenderId === sel.lenderId)}
            sel={sel}
            onChange={setSel}
          />
          <Checklist items={checklist} />
          {focusStolen && <FocusWarning onResume={resumeInput} />}
          {ctx && records ? (
            <>
              {/* While the page steals focus, the panel takes no typing (inert). */}
              <div inert={focusStolen}>
                <ProfileForm profile={ctx.profile} onSaved={(profile) => setCtx({ ...ctx, profile })} />
              </div>
              <FieldDrafts
                fields={params.fields}
                drafts={drafts}
                records={records}
                actions={actions}
                disabled={covered}
                edits={fieldEdits}
              />
            </>
          ) : (
            <OpenDrafts opening={data.opening} onOpen={data.openDrafts} />
          )}
          {!params.inWindow && (
            <p class="row">
              <button
                type="button"
                class="secondary"
                data-action="pick"
                disabled={covered}
                onClick={() => void rpc('panel.frame', { action: 'pick' }).then(() => setNotice(t('hints.picking')))}
              >
                {t('hints.pick')}
              </button>
            </p>
          )}
          {records && (
            <div class="row">
              <button type="button" onClick={(e) => void record(pointOf(e))} data-testid="record" disabled={covered}>
                {t('panel.record')}
              </button>
            </div>
          )}
          {notice && (
            <p role="status" data-testid="record-status">
              {notice}
            </p>
          )}
          {edits.draft && notice && <SubmitRecord draft={edits.draft} disabled={covered} onSubmit={markSubmitted} />}
          <p class="muted small" data-testid="contact-count">
            {t('contact.count', { count: records?.contacts.length ?? data.overview?.facts.contacts ?? 0 })}
          </p>
        </>
      )}
    </main>
  );
}
