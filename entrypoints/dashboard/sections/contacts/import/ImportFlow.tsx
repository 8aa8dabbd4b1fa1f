import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sampleRows } from '@/utils/domain/import/csv';
import { guessMapping, mappingProblem, shapeKey, type CsvMapping } from '@/utils/domain/import/csv-mapping';
import type { GroupDecision, NumberGroup } from '@/utils/domain/import/number-groups';
import { parsePasted } from '@/utils/domain/import/pasted';
import type { ImportPlan } from '@/utils/domain/import/plan';
import { suggestFlags } from '@/utils/domain/findings/words/suggest';
import { normalizeNumber, type NumberRegion } from '@/utils/domain/phone/normalize';
import { defaultRegion, savedMapping } from '@/utils/db/queries/import';
import { commit, defaultDecisions, numberGroups, numberIssues, parseFile, planAgainstLog, type ParsedFile } from '@/utils/import/pipeline';
import { sniffEncoding } from '@/utils/import/read-file';
import type { ContactFlag, Lender } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';
import { CsvMappingStep } from './CsvMappingStep';
import { FlagReview, type FlaggedMessage } from './FlagReview';
import { importErrorText, percent } from './import-text';
import { NumberGroupsView } from './NumberGroupsView';
import { PreviewView } from './PreviewView';
import { SourceStep } from './SourceStep';

type Step = 'choose' | 'mapping' | 'reading' | 'review' | 'writing' | 'done';
type Parsed = ParsedFile & { moreIssues: number; file: Blob; name: string };

/** The import, step by step: choose, (map columns), read, review, write. Nothing is written before "confirm". */
export function ImportFlow({ lenders }: { lenders: readonly Lender[] }) {
  const [step, setStep] = useState<Step>('choose');
  const [region, setRegion] = useState<NumberRegion>('CN');
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState(0);
  const [encoding, setEncoding] = useState('');
  const [csv, setCsv] = useState<{ file: File; rows: string[][]; mapping: CsvMapping; remembered: boolean } | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [groups, setGroups] = useState<NumberGroup[]>([]);
  const [decisions, setDecisions] = useState<Map<string, GroupDecision>>(new Map());
  const [flags, setFlags] = useState<Map<number, ContactFlag[]>>(new Map());
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => void defaultRegion().then(setRegion, () => undefined), []);
  const lenderMap = useMemo(() => new Map(lenders.map((l) => [l.id, l])), [lenders]);

  const fail = (e: unknown) => {
    const cancelled = e instanceof Error && (e.name === 'ImportCancelled' || e.name === 'ImportAborted');
    setMessage(cancelled ? t('import.cancelled') : importErrorText(e));
    setStep('choose');
  };
  const review = async (p: Parsed) => {
    const g = await numberGroups(p.records, region);
    const d = defaultDecisions(g);
    setParsed({ ...p, issues: [...p.issues, ...numberIssues(p.records, region)] });
    setGroups(g);
    setDecisions(d);
    setFlags(new Map());
    setPlan(await planAgainstLog(p.records, { region, decisions: d }));
    setStep('review');
  };
  const read = async (file: File, spec: Parameters<typeof parseFile>[1]) => {
    abort.current = new AbortController();
    setStep('reading');
    setProgress(0);
    const p = await parseFile(file, spec, { signal: abort.current.signal, onProgress: (x) => setProgress(percent(x.bytes, x.total)) });
    await review({ ...p, file, name: file.name });
  };
  const chooseFile = async (file: File) => {
    setMessage('');
    try {
      const { encoding: enc, head } = await sniffEncoding(file);
      setEncoding(enc === 'utf-8-bom' ? 'UTF-8 (BOM)' : enc === 'gb18030' ? 'GB18030' : 'UTF-8');
      if (head.trimStart().startsWith('<')) return await read(file, { format: 'sbr-xml' });
      const rows = sampleRows(head);
      const saved = await savedMapping(shapeKey(rows[0] ?? []));
      setCsv({ file, rows, mapping: { ...guessMapping(rows[0] ?? []), ...saved }, remembered: !!saved });
      setStep('mapping');
    } catch (e) {
      fail(e);
    }
  };
  const paste = async (text: string, number: string) => {
    setMessage('');
    try {
      const { records, issues } = parsePasted(text, { number, now: Date.now() });
      const file = new Blob([text], { type: 'text/plain' });
      const hash = bytesToHex(sha256(new TextEncoder().encode(text)));
      setEncoding('');
      await review({
        format: 'pasted',
        records,
        issues,
        moreIssues: 0,
        sha256: hash,
        encoding: 'utf-8',
        size: file.size,
        file,
        name: `pasted-${new Date().toISOString().slice(0, 16)}.txt`,
      });
    } catch (e) {
      fail(e);
    }
  };
  const decide = async (number: string, d: GroupDecision) => {
    const next = new Map(decisions).set(number, d);
    setDecisions(next);
    setPlan(await planAgainstLog(parsed!.records, { region, decisions: next }));
  };
  const flagged: FlaggedMessage[] = useMemo(() => {
    if (!parsed) return [];
    const out: FlaggedMessage[] = [];
    for (const r of parsed.records) {
      if (r.kind !== 'sms' || r.direction !== 'incoming' || !r.body) continue;
      if (decisions.get(normalizeNumber(r.number, region))?.include === false) continue;
      const suggestions = suggestFlags(r.body);
      if (suggestions.length) out.push({ position: r.position, body: r.body, suggestions });
    }
    return out;
  }, [parsed, decisions, region]);
  const confirm = async () => {
    if (!parsed) return;
    abort.current = new AbortController();
    setStep('writing');
    setProgress(0);
    try {
      const final = await planAgainstLog(parsed.records, { region, decisions, flags });
      const numbers = [...decisions]
        .filter(([n, d]) => n && d.remember)
        .map(([number, d]) => ({
          number,
          ...(d.lenderId ? { lenderId: d.lenderId } : {}),
          agency: d.agency,
          party: d.party,
          updatedAt: Date.now(),
        }));
      const mapping = parsed.format === 'csv' && csv ? { shape: shapeKey(csv.rows[0] ?? []), columns: csv.mapping } : undefined;
      const result = await commit(
        {
          file: parsed.file,
          name: parsed.name,
          format: parsed.format,
          encoding: parsed.encoding,
          sha256: parsed.sha256,
          plan: final,
          numbers,
          ...(mapping ? { mapping } : {}),
        },
        { signal: abort.current.signal, onProgress: (p) => setProgress(percent(p.written, p.total)) },
      );
      setMessage(result ? t('import.done', { added: final.contacts.length, merged: final.merged }) : t('import.nothing'));
      setStep('done');
    } catch (e) {
      fail(e);
    }
  };
  const range = useMemo(() => {
    if (!parsed?.records.length) return undefined;
    let from = Infinity,
      to = -Infinity;
    for (const r of parsed.records) ({ from, to } = { from: Math.min(from, r.at), to: Math.max(to, r.at) });
    return { from, to };
  }, [parsed]);

  return (
    <div class="import-flow" data-import-step={step}>
      {message && (
        <p role="status" data-import-message="">
          {message}
        </p>
      )}
      {encoding && step !== 'choose' && (
        <p class="muted" data-import-encoding="">
          {t('import.encoding', { encoding })}
        </p>
      )}
      {(step === 'choose' || step === 'done') && <SourceStep region={region} onRegion={setRegion} onFile={chooseFile} onPaste={paste} />}
      {step === 'mapping' && csv && (
        <CsvMappingStep
          rows={csv.rows}
          mapping={csv.mapping}
          remembered={csv.remembered}
          problem={mappingProblem(csv.mapping, csv.rows[0]?.length ?? 0)}
          onChange={(mapping) => setCsv({ ...csv, mapping })}
          onBack={() => setStep('choose')}
          onContinue={() => read(csv.file, { format: 'csv', mapping: csv.mapping }).catch(fail)}
        />
      )}
      {(step === 'reading' || step === 'writing') && (
        <div>
          <progress
            max={100}
            value={progress}
            aria-label={t(step === 'reading' ? 'import.reading' : 'import.writing', { percent: progress })}
          />{' '}
          <span>{t(step === 'reading' ? 'import.reading' : 'import.writing', { percent: progress })}</span>{' '}
          <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {step === 'review' && parsed && plan && (
        <div>
          <PreviewView
            plan={plan}
            issues={parsed.issues}
            moreIssues={parsed.moreIssues}
            lenders={lenderMap}
            {...(range ? { range } : {})}
          />
          <NumberGroupsView groups={groups} decisions={decisions} lenders={lenders} onChange={(n, d) => void decide(n, d).catch(fail)} />
          <FlagReview messages={flagged} confirmed={flags} onChange={setFlags} />
          <button type="button" data-import-confirm="" onClick={() => void confirm()}>
            {t('import.confirm', { count: plan.contacts.length })}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setStep('choose');
              setMessage(t('import.cancelled'));
            }}
          >
            {t('import.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
