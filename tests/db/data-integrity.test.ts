/**
 * Integrity of the shipped datasets in data/: headers match the schema, real numbers match
 * their source files, everything else is labelled as example data, hierarchies hold, the
 * real 2018 activity counts are intact, and the generator is deterministic.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_SOURCE, TABLES } from '../../src/lib/db/schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DATA = join(ROOT, 'data');
const SOURCES = join(DATA, 'sources');

/** Minimal RFC-4180 parser (quoted fields, doubled quotes, \n or \r\n line ends). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every column name of every table; a row read from a file has them as properties. */
type Column =
  | 'kommunkod' | 'name' | 'kind' | 'region' | 'bra_region_id' | 'kommungrupp'
  | 'category_id' | 'bra_id' | 'parent_id' | 'youth_relevant' | 'police_initiated' | 'sort_order'
  | 'year' | 'count' | 'preliminary' | 'source' | 'population'
  | 'venue_id' | 'type' | 'description'
  | 'promise_id' | 'year_from' | 'year_to' | 'title' | 'focus' | 'focus_categories' | 'primary_category' | 'outcome_indicators' | 'text'
  | 'activity_id' | 'quarter' | 'month' | 'date' | 'actor' | 'activity_type' | 'target_group' | 'participants'
  | 'area' | 'question_id' | 'question' | 'subgroup' | 'respondents' | 'positive' | 'share'
  | 'index_value' | 'index_low' | 'index_high' | 'deff' | 'better' | 'matched_by';
type Row = Record<Column, string>;

/** Field i of a parsed record; fails loudly instead of yielding undefined. */
function at(record: readonly string[], i: number): string {
  const v = record[i];
  if (v === undefined) throw new Error(`missing field ${i} in ${JSON.stringify(record)}`);
  return v;
}

function readTable(name: string, dir = DATA): { header: string[]; rows: Row[]; text: string } {
  const text = readFileSync(join(dir, `${name}.csv`), 'utf8');
  const [header = [], ...body] = parseCsv(text);
  const rows = body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])) as Row);
  return { header, rows, text };
}

const table = (name: string) => readTable(name).rows;
const num = (s: string) => Number(s);

const REAL_SOURCES: Record<string, string[]> = {
  crimes: ['BRÅ'],
  population: ['Kolada/SCB', 'SCB via mariestad.se'],
  activities: ['polisen.se: Uppföljning medborgarlöfte Mariestad 2017', 'polisen.se: Uppföljning medborgarlöfte Mariestad 2018'],
};

describe('shipped data files', () => {
  it.each(TABLES.map((t) => [t.name, t] as const))('%s.csv has the schema header and a valid shape', (name, spec) => {
    const { header, rows, text } = readTable(name);
    expect(header).toEqual(spec.columns.map((c) => c.name));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    // crimes_period holds only imported sub-year counts (BRÅ months and quarters): shipped empty.
    if (name === 'crimes_period') expect(rows).toHaveLength(0);
    else expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toHaveLength(spec.columns.length);
      for (const c of spec.columns) {
        const v = (row as Record<string, string | undefined>)[c.name];
        expect(v, `${name}.${c.name}`).toBeDefined();
        if (v === '') continue;
        if (c.type === 'INTEGER') expect(v, `${name}.${c.name}`).toMatch(/^-?\d+$/);
        if (c.type === 'BOOLEAN') expect(['true', 'false'], `${name}.${c.name}`).toContain(v);
        if (c.type === 'DATE') expect(v, `${name}.${c.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (c.type === 'DOUBLE') expect(Number.isFinite(Number(v)), `${name}.${c.name} = ${String(v)}`).toBe(true);
      }
    }
  });

  it('Riket 2000–2016 equals the BRÅ source for every category with a BRÅ id', () => {
    const [header = [], ...src] = parseCsv(readFileSync(join(SOURCES, 'bra-anmalda-brott-hela-landet-2000-2016.csv'), 'utf8'));
    const col = (n: string) => header.indexOf(n);
    const categories = table('crime_categories');
    const idOf = new Map(categories.filter((c) => c.bra_id !== '').map((c) => [c.bra_id, c.category_id]));
    const crimes = new Map(table('crimes').filter((r) => r.kommunkod === '00').map((r) => [`${r.year}:${r.category_id}`, r]));

    let compared = 0;
    for (const s of src) {
      const cat = idOf.get(at(s, col('crime_id')));
      if (!cat) continue;
      const year = at(s, col('timepoint')).slice(0, 4);
      const row = crimes.get(`${year}:${cat}`);
      expect(row, `${year} ${cat}`).toBeDefined();
      expect(num(row!.count)).toBe(num(at(s, col('value'))));
      expect(row!.source).toBe('BRÅ');
      expect(row!.preliminary).toBe(at(s, col('period')).includes('prel.') ? 'true' : 'false');
      compared++;
    }
    expect(compared).toBe(7 * 17);

    // A few spot checks against the source text itself.
    const value = (id: string, period: string) =>
      num(at(src.find((s) => s[col('crime_id')] === id && s[col('period')] === period)!, col('value')));
    expect(num(crimes.get('2000:totalt')!.count)).toBe(value('3144', 'År, 2000'));
    expect(num(crimes.get('2016:skadegorelse')!.count)).toBe(value('3151', 'År, 2016 prel.'));
    expect(crimes.get('2016:skadegorelse')!.preliminary).toBe('true');
    expect(num(crimes.get('2010:misshandel')!.count)).toBe(value('3161', 'År, 2010'));
  });

  it('population real rows equal Kolada and the Mariestad figures', () => {
    const [, ...kolada] = parseCsv(readFileSync(join(SOURCES, 'kolada-invanare-kommuner-2010-2016.csv'), 'utf8'));
    const codeOf = new Map(table('municipalities').map((m) => [m.name, m.kommunkod]));
    const pop = new Map(table('population').map((r) => [`${r.kommunkod}:${r.year}`, r]));
    let compared = 0;
    for (const record of kolada) {
      const [region, year, value] = [at(record, 1), at(record, 2), at(record, 3)];
      const code = codeOf.get(region);
      if (!code) continue;
      const row = pop.get(`${code}:${year}`)!;
      expect(num(row.population)).toBe(num(value));
      expect(row.source).toBe('Kolada/SCB');
      compared++;
    }
    // Every one of the 290 municipalities and Riket, 2010–2016.
    expect(compared).toBe(291 * 7);
    expect(num(pop.get('1493:2022')!.population)).toBe(24768);
    expect(pop.get('1493:2022')!.source).toBe('SCB via mariestad.se');
  });

  it('every row not from a real source is labelled exempeldata', () => {
    for (const [name, real] of Object.entries(REAL_SOURCES)) {
      for (const row of table(name)) {
        expect([...real, EXAMPLE_SOURCE], `${name}: ${JSON.stringify(row)}`).toContain(row.source);
      }
    }
    // Real crime numbers exist only for Riket 2000–2016 in categories with a BRÅ id.
    const braCats = new Set(table('crime_categories').filter((c) => c.bra_id !== '').map((c) => c.category_id));
    for (const r of table('crimes')) {
      const real = r.kommunkod === '00' && num(r.year) <= 2016 && braCats.has(r.category_id);
      expect(r.source, JSON.stringify(r)).toBe(real ? 'BRÅ' : EXAMPLE_SOURCE);
    }
    // Real population: Kolada 2010–2016 and Mariestad 2017–2022, nothing else; example years only
    // where there are crimes to divide (Riket and the nine municipalities).
    const withCrimes = new Set(table('crimes').map((r) => r.kommunkod));
    expect(withCrimes.size).toBe(10);
    for (const r of table('population')) {
      if (!withCrimes.has(r.kommunkod)) expect(r.source, JSON.stringify(r)).toBe('Kolada/SCB');
      const y = num(r.year);
      const real = (y >= 2010 && y <= 2016) || (r.kommunkod === '1493' && y <= 2022);
      expect(r.source === EXAMPLE_SOURCE, JSON.stringify(r)).toBe(!real);
    }
    // Activities: 2017 and 2018 are entirely real, later years entirely example data.
    for (const r of table('activities')) {
      expect(r.source === EXAMPLE_SOURCE, r.activity_id).toBe(num(r.year) >= 2019);
    }
  });

  it('municipalities: all 290 and Riket with län, BRÅ region id and SKR kommungrupp from the sources', () => {
    const rows = table('municipalities');
    expect(rows).toHaveLength(291);
    const kommuner = rows.filter((m) => m.kind === 'kommun');
    expect(kommuner).toHaveLength(290);
    expect(new Set(kommuner.map((m) => m.kommunkod)).size).toBe(290);
    for (const m of kommuner) {
      expect(m.kommunkod, m.name).toMatch(/^\d{4}$/);
      expect(m.region, m.name).toMatch(/ län$/);
      expect(m.kommungrupp, m.name).toMatch(/^[ABC][1-9]$/);
      expect(m.bra_region_id, m.name).toMatch(/^\d+$/);
    }
    const [, ...skr] = parseCsv(readFileSync(join(SOURCES, 'skr-kommungrupper-2017.csv'), 'utf8'));
    const bra = new Map(parseCsv(readFileSync(join(SOURCES, 'bra-region-ids.csv'), 'utf8')).map((r) => [at(r, 1), at(r, 0)]));
    const byCode = new Map(kommuner.map((m) => [m.kommunkod, m]));
    for (const r of skr) {
      const m = byCode.get(at(r, 1).padStart(4, '0'));
      expect(m?.name).toBe(at(r, 2));
      expect(m?.kommungrupp).toBe(at(r, 0));
      expect(m?.bra_region_id).toBe(bra.get(`${at(r, 2)} kommun`));
    }
    // Read by hand from the source files: Boden (2582) is B5 in Norrbotten with BRÅ id 98,
    // Luleå (2580) B3 with id 987, Malung-Sälen (2023) in Dalarna.
    expect(byCode.get('2582')).toMatchObject({ name: 'Boden', region: 'Norrbottens län', bra_region_id: '98', kommungrupp: 'B5' });
    expect(byCode.get('2580')).toMatchObject({ name: 'Luleå', region: 'Norrbottens län', bra_region_id: '987', kommungrupp: 'B3' });
    expect(byCode.get('2023')).toMatchObject({ name: 'Malung-Sälen', region: 'Dalarnas län' });
    expect(byCode.get('1493')).toMatchObject({ name: 'Mariestad', region: 'Västra Götalands län', bra_region_id: '1071', kommungrupp: 'C6' });
    expect(rows.find((m) => m.kommunkod === '00')).toMatchObject({ name: 'Riket', kind: 'riket', region: '' });
  });

  it('crime hierarchy holds in every (year, municipality)', () => {
    const cats = table('crime_categories');
    const parentOf = new Map(cats.map((c) => [c.category_id, c.parent_id]));
    const groups = new Map<string, Map<string, number>>();
    for (const r of table('crimes')) {
      const key = `${r.kommunkod}:${r.year}`;
      if (!groups.has(key)) groups.set(key, new Map());
      groups.get(key)!.set(r.category_id, num(r.count));
    }
    for (const [key, g] of groups) {
      expect(g.size, key).toBe(cats.length);
      const total = g.get('totalt')!;
      for (const [cat, n] of g) {
        expect(n, `${key} ${cat}`).toBeGreaterThanOrEqual(0);
        expect(n, `${key} ${cat} <= totalt`).toBeLessThanOrEqual(total);
        const parent = parentOf.get(cat);
        if (parent) expect(n, `${key} ${cat} <= ${parent}`).toBeLessThanOrEqual(g.get(parent)!);
      }
      expect(g.get('misshandel')!).toBeLessThanOrEqual(g.get('valdsbrott')!);
      expect(g.get('stold')!).toBeLessThanOrEqual(g.get('stold_ran_haleri')!);
    }
    // Riket 2000–2024 and each of the nine municipalities 2010–2024.
    expect(groups.size).toBe(25 + 9 * 15);
  });

  it('the 2018 police counts sum to 6 / 37 / 13 and real rows never invent counts', () => {
    const activities = table('activities');
    const polis2018 = activities.filter((a) => a.year === '2018' && a.actor === 'polis');
    const sum = (type: string) =>
      polis2018.filter((a) => a.activity_type === type).reduce((s, a) => s + (a.count === '' ? 0 : num(a.count)), 0);
    expect(sum('riktad insats')).toBe(6);
    expect(sum('trygghetsskapande besök')).toBe(37);
    expect(sum('informationsmöte')).toBe(13);
    // In 2018 only those three rows carry a count; in 2017 the five quarterly rows.
    expect(activities.filter((a) => a.year === '2018' && a.count !== '').map((a) => num(a.count)).sort((a, b) => a - b)).toEqual([6, 13, 37]);
    expect(activities.filter((a) => a.year === '2017').map((a) => num(a.count)).sort((a, b) => a - b)).toEqual([2, 2, 4, 7, 9]);
    for (const a of activities) {
      expect(['polis', 'kommun', 'samverkan']).toContain(a.actor);
      if (a.promise_id !== '') expect(a.promise_id).toMatch(/^mariestad-\d{4}$/);
    }
  });

  it('activity and promise references resolve', () => {
    const venues = new Set(table('venues').map((v) => v.venue_id));
    const promises = new Set(table('promises').map((p) => p.promise_id));
    const categories = new Set(table('crime_categories').map((c) => c.category_id));
    for (const a of table('activities')) {
      if (a.venue_id !== '') expect(venues, a.activity_id).toContain(a.venue_id);
      if (a.promise_id !== '') expect(promises, a.activity_id).toContain(a.promise_id);
    }
    for (const p of table('promises')) {
      for (const c of p.focus_categories.split(';')) expect(categories, p.promise_id).toContain(c);
      // The primary indicator is one of the promise's own categories, and never a police-initiated one.
      if (p.primary_category !== '') {
        expect(p.focus_categories.split(';'), p.promise_id).toContain(p.primary_category);
        expect(table('crime_categories').find((c) => c.category_id === p.primary_category)?.police_initiated, p.promise_id).toBe('false');
      }
    }
    const municipalities = new Set(table('municipalities').map((m) => m.kommunkod));
    for (const name of ['crimes', 'population', 'venues', 'promises', 'activities', 'survey_results']) {
      for (const r of table(name)) expect(municipalities, name).toContain(r.kommunkod);
    }
  });

  it('survey results are exempeldata, unique per key and follow the layout rules', () => {
    const rows = table('survey_results');
    expect(rows.length).toBe(125);
    const keys = new Set<string>();
    for (const r of rows) {
      const label = JSON.stringify(r);
      expect(r.source, label).toBe(EXAMPLE_SOURCE);
      expect(['higher', 'lower'], label).toContain(r.better);
      const key = [r.year, r.kommunkod, r.area, r.question_id, r.subgroup].join('|');
      expect(keys.has(key), `duplicate ${key}`).toBe(false);
      keys.add(key);
      if (r.deff !== '') expect(num(r.deff), label).toBeGreaterThanOrEqual(1);
      if (r.kind === 'proportion') {
        const [n, x] = [num(r.respondents), num(r.positive)];
        expect(n, label).toBeGreaterThan(0);
        expect(x, label).toBeGreaterThanOrEqual(0);
        expect(x, label).toBeLessThanOrEqual(n);
        expect(Math.abs(num(r.share) - x / n), label).toBeLessThanOrEqual(5e-5);
        expect(r.index_value + r.index_low + r.index_high, label).toBe('');
      } else {
        expect(r.kind, label).toBe('index');
        expect(r.positive + r.share, label).toBe('');
        expect(num(r.index_low), label).toBeLessThanOrEqual(num(r.index_value));
        expect(num(r.index_value), label).toBeLessThanOrEqual(num(r.index_high));
      }
    }
    // Both directions of better are represented, and the youth subgroup is a part of the whole.
    expect(new Set(rows.map((r) => r.better))).toEqual(new Set(['higher', 'lower']));
    const whole = new Map(rows.filter((r) => r.subgroup === '').map((r) => [[r.year, r.kommunkod, r.area, r.question_id].join('|'), num(r.respondents)]));
    for (const r of rows.filter((r) => r.subgroup !== '')) {
      expect(num(r.respondents)).toBeLessThan(whole.get([r.year, r.kommunkod, r.area, r.question_id].join('|')) ?? 0);
    }
  });

  it("promises' outcome indicators are survey questions, and mapped survey areas and venues exist", () => {
    const questions = new Set(table('survey_results').map((r) => r.question_id));
    for (const p of table('promises')) {
      for (const q of p.outcome_indicators.split(';').filter(Boolean)) expect(questions, p.promise_id).toContain(q);
    }
    const venues = new Map(table('venues').map((v) => [v.venue_id, v.kommunkod]));
    const areas = new Set(table('survey_results').filter((r) => r.area !== '').map((r) => `${r.kommunkod}|${r.area}`));
    const mapping = table('survey_area_venues');
    expect(mapping.length).toBeGreaterThan(0);
    for (const m of mapping) {
      expect(venues.get(m.venue_id), m.venue_id).toBe(m.kommunkod);
      expect(areas, m.area).toContain(`${m.kommunkod}|${m.area}`);
      expect(['namn', 'manuell']).toContain(m.matched_by);
      // The example areas are not real districts, so their mapping is example data too.
      expect(m.source).toBe(EXAMPLE_SOURCE);
    }
  });

  it('boundaries: one feature per municipality, named as in municipalities.csv, rings wound for d3-geo', () => {
    const fc = JSON.parse(readFileSync(join(DATA, 'municipality-boundaries.json'), 'utf8')) as {
      features: { properties: { kommunkod: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
    };
    const names = new Map(table('municipalities').map((m) => [m.kommunkod, m.name]));
    expect(fc.features).toHaveLength(290);
    for (const f of fc.features) expect(f.properties.name, f.properties.kommunkod).toBe(names.get(f.properties.kommunkod));
    // Planar signed area of every exterior ring is negative (clockwise), as d3-geo wants.
    type Ring = [number, number][];
    const area = (r: Ring) => r.slice(0, -1).reduce((a, p, i) => a + p[0] * r[i + 1]![1] - r[i + 1]![0] * p[1], 0) / 2;
    for (const f of fc.features) {
      const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Ring[][];
      for (const p of polygons) expect(area(p[0]!), f.properties.name).toBeLessThan(0);
    }
  });

  it('the generator is deterministic and reproduces data/', () => {
    const out = mkdtempSync(join(tmpdir(), 'medborgarlofte-data-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-data.mjs'), out], { stdio: 'pipe' });
      for (const spec of TABLES) {
        const fresh = readFileSync(join(out, `${spec.name}.csv`));
        const shipped = readFileSync(join(DATA, `${spec.name}.csv`));
        expect(fresh.equals(shipped), `${spec.name}.csv differs from a fresh run`).toBe(true);
      }
      const boundaries = 'municipality-boundaries.json';
      expect(readFileSync(join(out, boundaries)).equals(readFileSync(join(DATA, boundaries))), `${boundaries} differs from a fresh run`).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
