/** The loaded datasets as the Data view lists them: one row per table and source. */
import type { Query } from '../db/types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/dataimport-tables';

export interface DatasetRow {
  table_name: string;
  source: string;
  rows: number;
  min_year: number | null;
  max_year: number | null;
  municipalities: number;
}

/** The tables the dataset list shows, in its order. */
export const DATASET_TABLES = ['crimes', 'crimes_period', 'population', 'activities', 'survey_results'] as const;
export type DatasetTable = (typeof DATASET_TABLES)[number];

/** A table's name as the dataset list shows it, in the page's language. */
export function tableLabel(table: string): string {
  return (DATASET_TABLES as readonly string[]).includes(table) ? t(`dataimport.table.${table as DatasetTable}`) : table;
}

export function datasetsQuery(): Query {
  const part = (t: string) =>
    `SELECT '${t}' AS table_name, source, count(*)::INTEGER AS rows, min(year)::INTEGER AS min_year,
            max(year)::INTEGER AS max_year, count(DISTINCT kommunkod)::INTEGER AS municipalities
     FROM ${t} GROUP BY source`;
  return { sql: `${DATASET_TABLES.map(part).join(' UNION ALL ')} ORDER BY table_name, source`, params: [] };
}

/** A checksum of the tables an import can change, to prove a failed import changed nothing. */
export function checksumQuery(): Query {
  return {
    sql: `SELECT (SELECT count(*) FROM crimes)::INTEGER AS crimes_rows, (SELECT sum(hash(year, kommunkod, category_id, count, preliminary, source)) FROM crimes)::VARCHAR AS crimes_hash,
                 (SELECT count(*) FROM crimes_period)::INTEGER AS period_rows, (SELECT sum(hash(period_type, period_key, kommunkod, category_id, count, preliminary, status, source)) FROM crimes_period)::VARCHAR AS period_hash,
                 (SELECT count(*) FROM crime_categories)::INTEGER AS category_rows,
                 (SELECT count(*) FROM population)::INTEGER AS population_rows, (SELECT sum(hash(year, kommunkod, population, source)) FROM population)::VARCHAR AS population_hash,
                 (SELECT count(*) FROM survey_results)::INTEGER AS survey_rows, (SELECT sum(hash(year, kommunkod, area, question_id, question, subgroup, kind, respondents, positive, share, index_value, index_low, index_high, deff, better, source)) FROM survey_results)::VARCHAR AS survey_hash`,
    params: [],
  };
}
