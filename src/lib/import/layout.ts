/**
 * Recognises the layouts agencies publish and maps them onto the dashboard's tables: BRÅ's
 * yearly municipality file, BRÅ's statistics-database export, Kolada KPI values, SCB population
 * tables and our own data/*.csv. Anything else gets an empty mapping for the user to fill in.
 */
import { yearFromFileName } from './numbers';
import { categoryFromFileName, normalise } from './names';
import type { Better } from '../stats/proportion-compare';
import { emptySurveyColumns, type SurveyMapping } from './survey-types';
import type { ImportContext, LayoutId, Mapping, RawTable, Target } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport-tables';

/** Kolada KPIs the dashboard understands. */
export const KOLADA_KPIS: Readonly<Record<string, { target: Target; category?: string; rate?: boolean }>> = {
  N01951: { target: 'population' },
  N07403: { target: 'crimes', category: 'valdsbrott', rate: true },
};

/**
 * Kolada KPIs that are survey results (a share in percent of the respondents), with the KPI's
 * title and which direction is better. None is listed yet: Kolada's values response has no
 * title, so a survey KPI is imported with a mapping that gives them (`asKoladaSurvey`).
 */
export const KOLADA_SURVEY_KPIS: Readonly<Record<string, { title: string; better: Better }>> = {};

/**
 * A detected Kolada mapping read as a survey KPI instead: the KPI's id and title kept as the
 * question, the value a share in percent of all respondents (gender T), which direction is
 * better as given. What the mapping dialog does when the user says a KPI is a survey result.
 */
export function asKoladaSurvey(m: Mapping, kpi: string, title: string, better: Better): Mapping {
  const survey: SurveyMapping = { columns: { ...emptySurveyColumns(), share: m.count }, questionId: kpi, question: title, better, sharePercent: true };
  return { ...m, target: 'survey_results', category: null, categoryValue: null, ratePer100k: false, sourceLabel: `Kolada ${kpi}`, survey };
}

export function emptyMapping(target: Target = 'crimes', layout: LayoutId = 'okand'): Mapping {
  return {
    layout,
    target,
    year: null,
    yearValue: null,
    municipality: null,
    category: null,
    categoryValue: null,
    count: null,
    preliminary: null,
    ratePer100k: false,
    dashIsZero: false,
    sourceLabel: 'Import',
  };
}

function finder(columns: readonly string[]) {
  const norm = columns.map(normalise);
  return (...names: string[]): number | null => {
    for (const n of names) {
      const i = norm.indexOf(n);
      if (i >= 0) return i;
    }
    return null;
  };
}

/** The mapping for a raw table, as complete as the layout allows. */
export function detectLayout(raw: RawTable, fileName: string, ctx: Pick<ImportContext, 'categories'>, hasHeader: boolean): Mapping {
  const col = finder(raw.columns);
  const fileYear = yearFromFileName(fileName);
  const fileCategory = categoryFromFileName(fileName, ctx.categories);

  if (hasHeader && col('year') !== null && col('kommunkod') !== null && col('question_id') !== null) {
    const columns = {
      ...emptySurveyColumns(),
      area: col('area'),
      questionId: col('question_id'),
      question: col('question'),
      subgroup: col('subgroup'),
      kind: col('kind'),
      respondents: col('respondents'),
      positive: col('positive'),
      share: col('share'),
      indexValue: col('index_value'),
      indexLow: col('index_low'),
      indexHigh: col('index_high'),
      deff: col('deff'),
      better: col('better'),
    };
    return {
      ...emptyMapping('survey_results', 'enkat'),
      year: col('year'),
      municipality: col('kommunkod'),
      count: columns.positive ?? columns.share ?? columns.indexValue,
      sourceLabel: 'Enkät',
      survey: { columns, questionId: null, question: null, better: null, sharePercent: false },
    };
  }
  if (hasHeader && col('year') !== null && col('kommunkod') !== null) {
    const population = col('population');
    const m = emptyMapping(population !== null ? 'population' : 'crimes', 'egen');
    return {
      ...m,
      year: col('year'),
      municipality: col('kommunkod'),
      category: col('category_id'),
      count: population ?? col('count'),
      preliminary: col('preliminary'),
      sourceLabel: 'Egen fil',
    };
  }
  // BRÅ's statistics database as scraped (data/sources/bra-anmalda-brott-…): crime, crime_id, period ("År, 2000"), periodicity, region, value.
  if (hasHeader && col('crime_id') !== null && col('region') !== null && col('period') !== null && col('value') !== null) {
    return {
      ...emptyMapping('crimes', 'bra-databas'),
      year: col('period'),
      municipality: col('region'),
      category: col('crime_id'),
      count: col('value'),
      preliminary: col('period'),
      periodType: col('periodicity'),
      dashIsZero: true,
      sourceLabel: 'BRÅ',
    };
  }
  if (hasHeader && col('kpi') !== null && col('period') !== null) {
    const kpi = raw.rows[0]?.[col('kpi') ?? 0] ?? '';
    const known = KOLADA_KPIS[kpi];
    const survey = KOLADA_SURVEY_KPIS[kpi];
    if (survey) {
      const m = { ...emptyMapping('survey_results', 'kolada'), year: col('period'), municipality: col('municipality'), count: col('value') };
      return asKoladaSurvey(m, kpi, survey.title, survey.better);
    }
    const m = emptyMapping(known?.target ?? 'crimes', 'kolada');
    return {
      ...m,
      year: col('period'),
      municipality: col('municipality'),
      count: col('value'),
      categoryValue: known?.category ?? null,
      ratePer100k: known?.rate ?? false,
      sourceLabel: `Kolada ${kpi}`.trim(),
    };
  }
  if (hasHeader && col('år') !== null && col('kommun') !== null && (col('brott_id') !== null || col('brott') !== null)) {
    return {
      ...emptyMapping('crimes', 'bra-databas'),
      year: col('år'),
      municipality: col('kommun'),
      category: col('brott_id') ?? col('brott'),
      count: col('antal'),
      preliminary: col('preliminär'),
      periodType: col('periodtyp'),
      dashIsZero: true,
      sourceLabel: 'BRÅ',
    };
  }
  const braHeader = hasHeader && col('kommun') !== null && col('antal') !== null;
  const braHeaderless = !hasHeader && (raw.columns.length === 2 || raw.columns.length === 3);
  if (braHeader || braHeaderless) {
    return {
      ...emptyMapping('crimes', 'bra-kommun'),
      municipality: braHeader ? col('kommun') : 0,
      count: braHeader ? col('antal') : 1,
      yearValue: fileYear,
      categoryValue: fileCategory,
      dashIsZero: true,
      sourceLabel: 'BRÅ',
    };
  }
  const region = col('region', 'kommun');
  const tid = col('tid', 'år');
  if (hasHeader && region !== null && tid !== null) {
    // Kolada's web export: Nyckeltal, Region, År, Invånare.
    const kolada = col('nyckeltal') !== null;
    return { ...emptyMapping('population', kolada ? 'kolada' : 'scb'), municipality: region, year: tid, count: col('value', 'värde', 'folkmängd', 'invånare'), sourceLabel: kolada ? 'Kolada' : 'SCB' };
  }
  return { ...emptyMapping(), yearValue: fileYear, categoryValue: fileCategory };
}

export type MappingField = 'year' | 'municipality' | 'category' | 'count' | 'question' | 'better';

/** The fields the user still has to give before the file can be read. */
export function missingFields(m: Mapping): MappingField[] {
  const missing: MappingField[] = [];
  if (m.year === null && m.yearValue === null) missing.push('year');
  if (m.municipality === null) missing.push('municipality');
  if (m.target === 'crimes' && m.category === null && m.categoryValue === null) missing.push('category');
  if (m.count === null) missing.push('count');
  if (m.target === 'survey_results') {
    const s = m.survey;
    if (!s || (s.columns.questionId === null && s.questionId === null) || (s.columns.question === null && s.question === null)) missing.push('question');
    if (!s || (s.columns.better === null && s.better === null)) missing.push('better');
  }
  return missing;
}

/** A field as "give …" and "missing: …" name it, in the page's language. */
export function fieldLabel(f: MappingField): string {
  return t(`dataimport.field.${f}`);
}
