/**
 * A promise's survey indicators (its `outcome_indicators`) as evidence beside the crime cards,
 * under the same rules: the survey before the municipality's first promise against the survey
 * during the promise (or the year after it), relative to the comparison group when the group has
 * surveys in both years, with a dispersion from the surveys' own variation, what the data can
 * detect, and "går inte att avgöra" / "för få svar" otherwise. Indices are kept as published.
 */
import type { SurveyRow } from '../queries/survey';
import type { Periods } from './build';
import { holmAdjust } from '../stats';
import { proportionCI } from '../stats/proportion';
import type { SurveyCount } from '../stats/proportion-compare';
import { surveyChange, surveyDispersion, type SurveyChange, type SurveyVerdict } from '../stats/proportion-did';
import { t } from '../i18n/catalogue';
import { dispersionSentence, holmSentence, indexSentence, missingSurveySentence, shareOnlySentence, surveyDetectableSentence, surveyGroupSentence, surveyMainSentence } from './survey-sentences';
import '../i18n/messages/survey';

export interface SurveyShown {
  year: number;
  /** A share 0–1, or the index value as published. */
  value: number;
  low: number | null;
  high: number | null;
  /** 'wilson' (computed, design effect included) or 'publicerat' (the index's own interval); null: none. */
  interval: 'wilson' | 'publicerat' | null;
  respondents: number | null;
  deff: number;
}

export interface SurveyEvidence {
  key: string;
  questionId: string;
  question: string;
  subgroup: string | null;
  /** The question, with the subgroup in brackets when there is one. */
  label: string;
  kind: 'proportion' | 'index';
  better: 'higher' | 'lower';
  before: SurveyShown | null;
  after: SurveyShown | null;
  group: { label: string; before: SurveyShown; after: SurveyShown } | null;
  change: SurveyChange | null;
  /** p the verdict used: Holm-adjusted across the promise's survey indicators. */
  pUsed: number;
  verdict: SurveyVerdict;
  sentence: string;
  detectableSentence: string | null;
  groupSentence: string | null;
  dispersionSentence: string | null;
  warnings: string[];
  example: boolean;
  source: string;
}

/** The promise's outcome question ids, in the order it names them. */
export function outcomeIndicators(promise: { outcome_indicators?: string | null }): string[] {
  return [...new Set((promise.outcome_indicators ?? '').split(';').map((s) => s.trim()).filter(Boolean))];
}

/**
 * The two surveys compared: before = the latest survey up to the end of the baseline (before the
 * first promise, or the user's baseline); after = the latest survey during the promise, else the
 * first one in the year after it (a survey often measures the year before it).
 */
export function surveyYears(years: readonly number[], periods: Pick<Periods, 'baseline' | 'period'>): { before: number | null; after: number | null } {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const before = sorted.filter((y) => y <= periods.baseline[1]).at(-1) ?? null;
  const during = sorted.filter((y) => y >= periods.period[0] && y <= periods.period[1]).at(-1);
  const after = during ?? (sorted.includes(periods.period[1] + 1) ? periods.period[1] + 1 : null);
  return { before, after };
}

const countOf = (r: SurveyRow): SurveyCount | null =>
  r.kind === 'proportion' && r.positive !== null && r.respondents !== null && r.respondents > 0 ? { x: r.positive, n: r.respondents, deff: r.deff ?? 1 } : null;

function shown(r: SurveyRow): SurveyShown {
  const deff = r.deff ?? 1;
  if (r.kind === 'index') {
    const has = r.index_low !== null && r.index_high !== null;
    return { year: r.year, value: r.index_value ?? Number.NaN, low: r.index_low, high: r.index_high, interval: has ? 'publicerat' : null, respondents: r.respondents, deff };
  }
  const c = countOf(r);
  if (!c) return { year: r.year, value: r.share ?? Number.NaN, low: null, high: null, interval: null, respondents: r.respondents, deff };
  const ci = proportionCI(c.x, c.n, { deff });
  return { year: r.year, value: ci.share, low: ci.low, high: ci.high, interval: 'wilson', respondents: r.respondents, deff };
}

/** Several municipalities' surveys of one year as one: effective counts summed. */
function pooled(rows: readonly SurveyRow[]): SurveyCount | null {
  const counts = rows.map(countOf);
  if (counts.length === 0 || counts.some((c) => c === null)) return null;
  const eff = counts.filter((c): c is SurveyCount => c !== null).map((c) => ({ x: c.x / (c.deff ?? 1), n: c.n / (c.deff ?? 1) }));
  return { x: eff.reduce((s, c) => s + c.x, 0), n: eff.reduce((s, c) => s + c.n, 0) };
}

function pooledShown(c: SurveyCount, year: number): SurveyShown {
  const ci = proportionCI(c.x, c.n);
  return { year, value: ci.share, low: ci.low, high: ci.high, interval: 'wilson', respondents: null, deff: 1 };
}

interface Built {
  ev: SurveyEvidence;
  rerun: ((p: number) => SurveyVerdict) | null;
}

function buildOne(rows: readonly SurveyRow[], own: string, municipality: string, groupLabel: string, periods: Periods): Built | null {
  const first = rows[0];
  if (!first) return null;
  const mine = rows.filter((r) => r.kommunkod === own);
  const { before: yb, after: ya } = surveyYears(mine.map((r) => r.year), periods);
  const rb = mine.find((r) => r.year === yb);
  const ra = mine.find((r) => r.year === ya);
  const example = rows.some((r) => r.example);
  const base = {
    key: `${first.question_id}|${first.subgroup ?? ''}`,
    questionId: first.question_id,
    question: first.question,
    subgroup: first.subgroup,
    label: first.subgroup ? `${first.question} (${first.subgroup})` : first.question,
    kind: first.kind,
    better: first.better,
    before: rb ? shown(rb) : null,
    after: ra ? shown(ra) : null,
    example,
    source: [...new Set(mine.map((r) => r.source))].join('; '),
  };
  const warnings: string[] = [];
  if (example) warnings.push(t('survey.warn.example'));
  if (ra && ra.year > periods.period[1]) warnings.push(t('survey.warn.yearAfter', { year: ra.year }));
  if (rb && rb.year < periods.baseline[0]) warnings.push(t('survey.warn.earlyBefore', { year: rb.year }));
  const empty = { group: null, change: null, pUsed: Number.NaN, detectableSentence: null, groupSentence: null, dispersionSentence: null };
  if (!rb || !ra) {
    return { ev: { ...base, ...empty, verdict: 'cannot-tell', sentence: missingSurveySentence(!rb), warnings }, rerun: null };
  }
  if (first.kind === 'index') return { ev: { ...base, ...empty, verdict: 'cannot-tell', sentence: indexSentence(), warnings }, rerun: null };
  const cb = countOf(rb);
  const ca = countOf(ra);
  if (!cb || !ca) return { ev: { ...base, ...empty, verdict: 'cannot-tell', sentence: shareOnlySentence(), warnings }, rerun: null };

  const others = [...new Set(rows.filter((r) => r.kommunkod !== own).map((r) => r.kommunkod))];
  const both = others.filter((k) => rows.some((r) => r.kommunkod === k && r.year === yb) && rows.some((r) => r.kommunkod === k && r.year === ya));
  const gb = both.length > 0 ? pooled(rows.filter((r) => both.includes(r.kommunkod) && r.year === yb)) : null;
  const ga = both.length > 0 ? pooled(rows.filter((r) => both.includes(r.kommunkod) && r.year === ya)) : null;
  const group = gb && ga ? { before: gb, after: ga } : null;

  // The variation between surveys: own surveys before the first promise, the group's up to the later survey.
  const places = [
    mine.filter((r) => r.year <= periods.dispersion[1]),
    ...both.map((k) => rows.filter((r) => r.kommunkod === k && r.year <= (ya ?? 0))),
  ].map((list) => list.map(countOf).filter((c): c is SurveyCount => c !== null));
  const disp = surveyDispersion(places);
  const df = disp.df > 0 ? disp.df : Number.POSITIVE_INFINITY;
  const change = surveyChange({ before: cb, after: ca }, group, disp.phi, { better: first.better, df });
  const used = change.relative ?? change.own;
  const label = change.basis === 'relative' ? groupLabel : null;
  const pair = { before: { year: rb.year, value: cb.x / cb.n }, after: { year: ra.year, value: ca.x / ca.n } };
  const shownGroup = group && change.basis === 'relative' ? { label: groupLabel, before: pooledShown(group.before, rb.year), after: pooledShown(group.after, ra.year) } : null;
  if (disp.df === 0) warnings.push(t('survey.warn.noDispersion'));
  const ev: SurveyEvidence = {
    ...base,
    group: shownGroup,
    change,
    pUsed: used?.p ?? Number.NaN,
    verdict: change.verdict,
    sentence: surveyMainSentence(change.verdict, change, pair, label),
    detectableSentence: change.detectable ? surveyDetectableSentence(change.detectable, label) : null,
    groupSentence: shownGroup ? surveyGroupSentence(municipality, groupLabel, pair, { before: { year: rb.year, value: shownGroup.before.value }, after: { year: ra.year, value: shownGroup.after.value } }) : null,
    dispersionSentence: dispersionSentence(disp.phi, disp.df),
    warnings,
  };
  const rerun = (p: number): SurveyVerdict => {
    if (change.verdict === 'too-few' || !used) return change.verdict;
    if (p >= Math.round((1 - change.level) * 1e12) / 1e12 || used.ratio === 1) return 'cannot-tell';
    return (used.ratio > 1) === (first.better === 'higher') ? 'improved' : 'worsened';
  };
  return { ev, rerun };
}

/**
 * The survey cards of a promise, in the order its `outcome_indicators` name the questions, all
 * respondents before subgroups. The p-values of the tested proportions are Holm-adjusted together.
 */
export function buildSurveyEvidence(
  rows: readonly SurveyRow[],
  questionIds: readonly string[],
  periods: Periods,
  kommunkod: string,
  municipality: string,
  groupLabel: string,
): SurveyEvidence[] {
  const built: Built[] = [];
  for (const q of questionIds) {
    const ofQ = rows.filter((r) => r.question_id === q);
    const subgroups = [...new Set(ofQ.filter((r) => r.kommunkod === kommunkod).map((r) => r.subgroup))].sort((a, b) => (a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
    for (const s of subgroups) {
      const b = buildOne(ofQ.filter((r) => r.subgroup === s), kommunkod, municipality, groupLabel, periods);
      if (b) built.push(b);
    }
  }
  const tested = built.map((b, i) => ({ b, i })).filter(({ b }) => b.rerun && b.ev.verdict !== 'too-few' && Number.isFinite(b.ev.pUsed));
  const adjusted = holmAdjust(tested.map(({ b }) => b.ev.pUsed));
  return built.map((b, i) => {
    const k = tested.findIndex((t) => t.i === i);
    const p = adjusted[k];
    if (k < 0 || p === undefined || !b.rerun) return b.ev;
    const verdict = b.rerun(p);
    return { ...b.ev, pUsed: p, verdict, sentence: verdict === b.ev.verdict ? b.ev.sentence : rewrite(b.ev, verdict) };
  });
}

/** After the Holm correction a verdict can only fall to "cannot tell": say so. */
function rewrite(ev: SurveyEvidence, verdict: SurveyVerdict): string {
  return verdict === 'cannot-tell' ? holmSentence(ev.sentence) : ev.sentence;
}

/** The promise Översikt follows up for a chosen year: the one covering the year, else the latest before it. */
export function promiseForYear<P extends { kommunkod: string; year_from: number; year_to: number }>(promises: readonly P[], kommunkod: string, year: number): P | undefined {
  const own = promises.filter((p) => p.kommunkod === kommunkod && p.year_from <= year).sort((a, b) => b.year_from - a.year_from);
  return own.find((p) => p.year_to >= year) ?? own[0];
}
