import { fact } from '../../../data/facts';
import type { Finding, LegalBasis } from '../../findings/types';
import type { DraftUnit } from '../fit';
import type { ComplaintRecords } from '../records';
import type { Ctx, DraftJurisdiction } from './context';
import { dateText, joinList, monthText, phrase } from './text';

/**
 * The rules, cited by the document's name and what it says. Only through the
 * rule data (utils/domain/findings): never an unconfirmed basis, never one of
 * another jurisdiction, article numbers only at "text" confidence, and the
 * "as reported" note once per document rather than on every line.
 */

type Basis = LegalBasis & { jurisdiction?: DraftJurisdiction; confidence: string; says?: Record<string, string>; factId?: string };

const ARTICLE_ZH =
  /第[一二三四五六七八九十百千零〇两\d]+[条條](之[一二三四五六七八九十]+)?(第[一二三四五六七八九十百千零〇两\d]+[款])?(第?[（(][一二三四五六七八九十\d]+[)）][项項])?/gu;
const ARTICLE_EN = /,?\s*(Article|Art\.|§)\s*\d+[A-Za-z]*(\(\d+\))*/g;
/** Notes meant for the app's user (and a superseded text), never for the regulator. */
const USER_NOTE = /[（(][^（）()]*(请核对|請核對|check the|已于|已於|revised)[^（）()]*[）)]/giu;
const SUPERSEDED = /2012年文本|2012 text/;

/** A document's name as the draft cites it. */
export function documentName(b: Basis, locale: Ctx['locale']): string {
  let name = b.citation[locale].replace(USER_NOTE, '');
  name = name.split(/：|: /u)[0]!;
  if (b.confidence !== 'text') name = name.replace(ARTICLE_ZH, '').replace(ARTICLE_EN, '');
  return name
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export function citable(b: Basis, j: DraftJurisdiction | undefined): boolean {
  if (b.confidence !== 'text' && b.confidence !== 'reported') return false;
  // The lender's own written promise is the user's record: it holds wherever the user lives.
  if (b.kind === 'own-record') return true;
  // Rule data without a tag is mainland data (utils/domain/findings/sources.ts).
  if (j && (b.jurisdiction ?? 'CN') !== j) return false;
  return !SUPERSEDED.test(b.citation['zh-CN'] + b.citation.en);
}

/** Documents whose content is the same whatever the rule: what they say, from the knowledge sheets' text-level wording. */
const DOCS: [RegExp, string][] = [
  [/个人信息保护法|Personal Information Protection Law/, 'pipl10'],
  [/民法典|Civil Code/, 'civil1033'],
  [/信用卡|Credit Card/i, 'card70'],
];

const LOCALE_INDEX = { 'zh-CN': 0, 'zh-TW': 1, en: 2 } as const;
/** Words addressed to the app's user ("请报警", "check in the app"): such a fact's wording is not for a regulator. */
const TO_THE_USER = /请|請|你|您|\byou\b|\byour\b|check in/iu;

/** What the fact behind a basis says, in the registry's own words, without the document's name before the colon. */
function factSays(b: Basis, ctx: Ctx): string | undefined {
  if (!b.factId) return undefined;
  let what: string;
  try {
    what = fact(b.factId).what[LOCALE_INDEX[ctx.locale]];
  } catch {
    return undefined;
  }
  const colon = what.search(/：|: /u);
  let body = (colon >= 0 ? what.slice(colon + (what[colon] === '：' ? 1 : 2)) : what).trim();
  if (b.confidence !== 'text') body = body.replace(ARTICLE_ZH, '').replace(ARTICLE_EN, '');
  body = body
    .replace(/[（(]\s*[）)]/gu, '')
    .replace(/[。.;；]+$/u, '')
    .trim();
  return body && !TO_THE_USER.test(body) ? body : undefined;
}

function says(ctx: Ctx, b: Basis, ruleId: string): string {
  const own = b.says?.[ctx.locale] ?? factSays(b, ctx);
  if (own) return withoutNamedHedge(own, documentName(b, ctx.locale));
  const doc = DOCS.find(([re]) => re.test(b.citation['zh-CN'] + b.citation.en));
  return phrase(ctx.locale, doc ? `draft.doc.${doc[1]}` : `draft.says.${ruleId}`);
}

/**
 * A closing hedge the document's name already carries ("…严禁催收（约束会员机构）"
 * after "…指引（行业自律，约束会员机构）", "(recommended standard)" after
 * "Recommended national standard …") is said once, with the name.
 */
export function withoutNamedHedge(says: string, name: string): string {
  const m = /\s*[（(]([^（）()]+)[）)]$/u.exec(says);
  if (!m) return says;
  const hedge = m[1]!.toLowerCase();
  const lower = name.toLowerCase();
  const words = hedge.split(/[\s,，、]+/u).filter(Boolean);
  const inName = lower.includes(hedge) || (/^[\x20-\x7e]+$/.test(hedge) && words.every((w) => lower.includes(w)));
  return inName ? says.slice(0, m.index).trim() : says;
}

/** A document named before in the same draft: without the qualifier in brackets at the end of its name (said with the first mention). */
export function shortName(name: string): string {
  return name.replace(/\s*[（(][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]$/u, '').trim() || name;
}

function reportDate(ctx: Ctx, date: string): string {
  if (date.length === 10) return dateText(ctx.locale, date);
  if (date.length === 7) return monthText(ctx.locale, date);
  return date;
}

function reportedNote(ctx: Ctx, b: Basis): string {
  const by = b.reportedIn?.[ctx.locale] ?? b.reportedBy ?? '';
  const date = b.reportedOn ?? '';
  if (!by && !date) return phrase(ctx.locale, 'draft.reportedPlain');
  const key = date ? 'draft.reported' : 'draft.reportedUndated';
  return phrase(ctx.locale, key, { by: by || phrase(ctx.locale, 'draft.reportedBySome'), date: reportDate(ctx, date) });
}

/** What earlier citations in the draft have said: a document's reported note and qualifiers, and what it says, are given once. */
interface Said {
  noted: Set<string>;
  said: Set<string>;
}

/**
 * The citation of one rule. 'full' gives the reported note's source and date, 'short' says "as reported";
 * 'first' is 'short' with the first document only (the promise, else the first document the rule data names):
 * where the room is short, every rule is cited once rather than a few with all their documents.
 */
function ruleSentence(
  ctx: Ctx,
  ruleId: string,
  bases: Basis[],
  before: Said,
  notes: 'full' | 'short' | 'first',
  r: ComplaintRecords,
): string {
  const l = ctx.locale;
  const own = bases.find((b) => b.kind === 'own-record');
  const docs = bases.filter((b) => b.kind !== 'own-record');
  const parts: string[] = [];
  if (own && r.agreement?.promises.stopCollection) {
    parts.push(phrase(l, 'draft.rule.promise', { the: ctx.The, date: dateText(l, r.agreement.negotiatedOn) }));
  }
  const noted = new Set(before.noted);
  // Documents that say the same are cited together; each document with what it says.
  const bySays = new Map<string, string[]>();
  for (const b of docs) {
    const name = documentName(b, l);
    const text = says(ctx, b, ruleId);
    // A document saying the same for several rules (the guideline's list of conduct) is cited once.
    if (before.said.has(`${name}|${text}`)) continue;
    // Reported, not read: said once per document, in full or as "据报道", with the document's full name.
    const first = !noted.has(name);
    const note = b.confidence === 'reported' && first ? (notes === 'full' ? reportedNote(ctx, b) : phrase(l, 'draft.reportedPlain')) : '';
    noted.add(name);
    const cited = first ? name : shortName(name);
    bySays.set(text, [...(bySays.get(text) ?? []), note ? `${cited}${note}` : cited]);
  }
  for (const [text, names] of bySays) parts.push(phrase(l, 'draft.rule.cite', { docs: joinList(l, names), says: text }));
  return (notes === 'first' ? parts.slice(0, 1) : parts).join(l === 'en' ? ' ' : '');
}

/**
 * One unit per rule (findings of the same rule on many days are one citation).
 * A rule citing a document an earlier rule cited leans on that earlier unit
 * (the reported note, the full name, what it says): those variants need it
 * present; standalone variants, which say it all again, serve when it is not.
 */
export function citationUnits(ctx: Ctx, r: ComplaintRecords): DraftUnit[] {
  const byRule = new Map<string, Basis[]>();
  for (const f of r.findings as Finding[]) {
    let bases = (f.basis as Basis[]).filter((b) => citable(b, ctx.jurisdiction));
    // No report has the guideline saying collection stops after an agreement: only the promise or the card rule backs it.
    if (f.ruleId === 'collection-despite-agreement') bases = bases.filter((b) => b.kind === 'own-record' || b.kind === 'law');
    if (!bases.length) continue;
    const known = byRule.get(f.ruleId) ?? [];
    for (const b of bases) if (!known.some((k) => k.citation.en === b.citation.en)) known.push(b);
    byRule.set(f.ruleId, known);
  }
  const earlier: Said = { noted: new Set(), said: new Set() };
  const none: Said = { noted: new Set(), said: new Set() };
  const cited: { unit: DraftUnit; names: Set<string> }[] = [];
  let i = 0;
  for (const [ruleId, bases] of byRule) {
    const names = new Set(bases.filter((b) => b.kind !== 'own-record').map((b) => documentName(b, ctx.locale)));
    const sentence = (before: Said) => (['full', 'short', 'first'] as const).map((n) => ruleSentence(ctx, ruleId, bases, before, n, r));
    const dependent = sentence(earlier);
    const alone = sentence(none);
    for (const b of bases)
      if (b.kind !== 'own-record') {
        earlier.noted.add(documentName(b, ctx.locale));
        earlier.said.add(`${documentName(b, ctx.locale)}|${says(ctx, b, ruleId)}`);
      }
    if (!alone[0]) continue;
    const needs = cited.filter((c) => [...c.names].some((n) => names.has(n))).map((c) => c.unit);
    const leans = needs.length > 0 && dependent.join() !== alone.join();
    // Everything this rule would cite was said before: with the earlier unit it adds nothing ('').
    const variants = leans ? (dependent[0] ? [...new Set(dependent)] : ['']) : [...new Set(alone)];
    const unit: DraftUnit = {
      variants: leans ? [...variants, ...new Set(alone)] : variants,
      // English needs about twice the characters: there every rule's shortest citation comes before the digest's
      // full list, the first night call and the agencies, or a 1,500-character draft cites nothing but the promise.
      priority: (ctx.locale === 'en' ? 14.6 : 15) + i++ / (ctx.locale === 'en' ? 100 : 10),
      essential: variants.length - 1,
    };
    if (leans) Object.assign(unit, { needs, standaloneFrom: variants.length });
    cited.push({ unit, names });
  }
  const units = cited.map((c) => c.unit);
  return units.length ? [{ variants: [phrase(ctx.locale, 'draft.rules.intro')], heading: true }, ...units] : [];
}
