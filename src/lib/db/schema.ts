/**
 * The shipped tables: one spec per CSV file in data/. Both DuckDB twins (browser and Node)
 * load the files with these explicit column types, so nothing is guessed from the data.
 */
export interface ColumnSpec {
  name: string;
  type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
}

export interface TableSpec {
  /** Table name in DuckDB, and the CSV file name in data/ (without .csv). */
  name: string;
  columns: ColumnSpec[];
  /**
   * The order the shipped rows are stored in (the build sorts by these columns): municipality
   * first, so one municipality's series lies in few of DuckDB's row groups and their min/max
   * statistics let a query skip the rest. Tables without it keep the file's order.
   */
  order?: readonly string[];
}

const col = (name: string, type: ColumnSpec['type']): ColumnSpec => ({ name, type });

export const TABLES: readonly TableSpec[] = [
  {
    name: 'municipalities',
    // kind: 'kommun' or 'riket' (kommunkod '00' = Sweden as a whole); kommungrupp: SKR's 2017 group (A1 … C9)
    columns: [col('kommunkod', 'VARCHAR'), col('name', 'VARCHAR'), col('kind', 'VARCHAR'), col('region', 'VARCHAR'), col('bra_region_id', 'INTEGER'), col('kommungrupp', 'VARCHAR')],
  },
  {
    name: 'crime_categories',
    columns: [
      col('category_id', 'VARCHAR'),
      col('bra_id', 'INTEGER'),
      col('name', 'VARCHAR'),
      col('parent_id', 'VARCHAR'),
      col('youth_relevant', 'BOOLEAN'),
      col('police_initiated', 'BOOLEAN'),
      col('sort_order', 'INTEGER'),
      // BRÅ's own classification where a file gave it: Brottsnivå (1–5) and Förälder_ID; empty for the shipped eight.
      col('bra_level', 'INTEGER'),
      col('bra_parent_id', 'INTEGER'),
    ],
  },
  {
    name: 'crimes',
    columns: [
      col('year', 'INTEGER'),
      col('kommunkod', 'VARCHAR'),
      col('category_id', 'VARCHAR'),
      col('count', 'INTEGER'),
      col('preliminary', 'BOOLEAN'),
      col('source', 'VARCHAR'),
    ],
    order: ['kommunkod', 'category_id', 'year'],
  },
  {
    // Sub-year counts (BRÅ's Periodtyp Månad or Kvartal), never stored as years: period_type
    // 'manad' or 'kvartal', period_key '2026-08' or '2026-K3'; status is BRÅ's Status_Antal.
    name: 'crimes_period',
    columns: [
      col('period_type', 'VARCHAR'),
      col('period_key', 'VARCHAR'),
      col('year', 'INTEGER'),
      col('month', 'INTEGER'),
      col('quarter', 'INTEGER'),
      col('kommunkod', 'VARCHAR'),
      col('category_id', 'VARCHAR'),
      col('count', 'INTEGER'),
      col('preliminary', 'BOOLEAN'),
      col('status', 'VARCHAR'),
      col('source', 'VARCHAR'),
    ],
    order: ['kommunkod', 'category_id', 'period_type', 'period_key'],
  },
  {
    name: 'population',
    columns: [col('year', 'INTEGER'), col('kommunkod', 'VARCHAR'), col('population', 'INTEGER'), col('source', 'VARCHAR')],
    order: ['kommunkod', 'year'],
  },
  {
    name: 'venues',
    columns: [col('venue_id', 'VARCHAR'), col('name', 'VARCHAR'), col('type', 'VARCHAR'), col('kommunkod', 'VARCHAR'), col('description', 'VARCHAR')],
  },
  {
    name: 'promises',
    columns: [
      col('promise_id', 'VARCHAR'),
      col('kommunkod', 'VARCHAR'),
      col('year_from', 'INTEGER'),
      col('year_to', 'INTEGER'),
      col('title', 'VARCHAR'),
      col('focus', 'VARCHAR'),
      col('focus_categories', 'VARCHAR'),
      col('primary_category', 'VARCHAR'),
      col('outcome_indicators', 'VARCHAR'),
      col('text', 'VARCHAR'),
      col('source', 'VARCHAR'),
    ],
  },
  {
    name: 'activities',
    columns: [
      col('activity_id', 'VARCHAR'),
      col('promise_id', 'VARCHAR'),
      col('kommunkod', 'VARCHAR'),
      col('year', 'INTEGER'),
      col('quarter', 'INTEGER'),
      col('month', 'INTEGER'),
      col('date', 'DATE'),
      col('actor', 'VARCHAR'),
      col('activity_type', 'VARCHAR'),
      col('venue_id', 'VARCHAR'),
      col('target_group', 'VARCHAR'),
      col('count', 'INTEGER'),
      col('participants', 'INTEGER'),
      col('description', 'VARCHAR'),
      col('source', 'VARCHAR'),
    ],
  },
  {
    // Survey results, one row per year, place, question and subgroup: a share of respondents
    // ('proportion': positive of respondents, or a share with its respondents) or an index
    // published with its own interval ('index', kept as given). See data/README.md.
    name: 'survey_results',
    columns: [
      col('year', 'INTEGER'),
      col('kommunkod', 'VARCHAR'),
      col('area', 'VARCHAR'),
      col('question_id', 'VARCHAR'),
      col('question', 'VARCHAR'),
      col('subgroup', 'VARCHAR'),
      col('kind', 'VARCHAR'),
      col('respondents', 'INTEGER'),
      col('positive', 'INTEGER'),
      col('share', 'DOUBLE'),
      col('index_value', 'DOUBLE'),
      col('index_low', 'DOUBLE'),
      col('index_high', 'DOUBLE'),
      col('deff', 'DOUBLE'),
      col('better', 'VARCHAR'),
      col('source', 'VARCHAR'),
    ],
    order: ['kommunkod', 'area', 'question_id', 'subgroup', 'year'],
  },
  {
    // Which dashboard venue lies in which survey area (survey_results.area), so the Platser view
    // can show trygghet where young people meet. matched_by: 'namn' (the rule in
    // src/lib/shape/area-match.ts) or 'manuell' (chosen by a person).
    name: 'survey_area_venues',
    columns: [col('kommunkod', 'VARCHAR'), col('area', 'VARCHAR'), col('venue_id', 'VARCHAR'), col('matched_by', 'VARCHAR'), col('source', 'VARCHAR')],
  },
];

/** The value every generated (artificial) row carries in its `source` column. */
export const EXAMPLE_SOURCE = 'exempeldata';
