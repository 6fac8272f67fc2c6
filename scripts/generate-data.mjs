#!/usr/bin/env node
/**
 * Builds every shipped table in data/*.csv from the real source files in data/sources/
 * plus clearly labelled, deterministic example data (source = 'exempeldata').
 *
 *   node scripts/generate-data.mjs            # writes data/*.csv
 *   node scripts/generate-data.mjs <out-dir>  # writes the CSV files to <out-dir> instead
 *
 * Plain Node ESM, no dependencies. All randomness comes from seeded mulberry32 streams, so
 * running it again gives byte-identical files. Column order must match src/lib/db/schema.ts.
 *
 * Real numbers (copied exactly, with their source):
 *   - BRÅ, anmälda brott hela landet 2000–2016 (7 categories)      -> crimes, kommunkod 00
 *   - SCB/SKR/BRÅ reference data for all 290 municipalities        -> municipalities
 *   - Kolada/SCB, invånare 2010–2016 (290 municipalities + Riket)  -> population
 *   - SCB via mariestad.se, Mariestad invånare 2017–2022           -> population
 *   - polisen.se follow-up pages for Mariestad 2017 and 2018       -> promises, activities
 * Everything else is example data. Nothing in the example data models any effect of a promise.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { buildSurveyAreaVenues, buildSurveyResults, SURVEY_AREA_VENUE_COLUMNS, SURVEY_COLUMNS } from './survey-data.mjs';
import { boundariesText, buildBoundaries } from './boundaries.mjs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'data', 'sources');
const OUT = resolve(process.argv[2] ?? join(ROOT, 'data'));

const EXAMPLE = 'exempeldata';
const SRC_BRA = 'BRÅ';
const SRC_KOLADA = 'Kolada/SCB';
const SRC_MARIESTAD_POP = 'SCB via mariestad.se';
const SRC_2017 = 'polisen.se: Uppföljning medborgarlöfte Mariestad 2017';
const SRC_2018 = 'polisen.se: Uppföljning medborgarlöfte Mariestad 2018';
const SRC_2021 = 'polisen.se: Medborgarlöfte Mariestad 2021';
const MARIESTAD = '1493';

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

const BASE_SEED = 20180101;

/** mulberry32: small, fast, good enough for example data. Returns floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash, so every purpose gets its own independent, stable stream. */
function hash(str) {
  let h = 0x811c9dc5;
  for (const ch of str) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function stream(name) {
  const rand = mulberry32((BASE_SEED ^ hash(name)) >>> 0);
  const normal = () => {
    // Box–Muller; 1 - u avoids log(0).
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  /** Exact Poisson: sum of Knuth samples over chunks of mean <= 20. */
  const poisson = (lambda) => {
    let total = 0;
    let rest = lambda;
    while (rest > 0) {
      const l = Math.min(rest, 20);
      rest -= l;
      const limit = Math.exp(-l);
      let k = 0;
      let p = rand();
      while (p > limit) {
        k++;
        p *= rand();
      }
      total += k;
    }
    return total;
  };
  /** Exact binomial by counting Bernoulli trials (n is at most a few thousand here). */
  const binomial = (n, p) => {
    if (p <= 0) return 0;
    if (p >= 1) return n;
    let k = 0;
    for (let i = 0; i < n; i++) if (rand() < p) k++;
    return k;
  };
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const weighted = (pairs) => {
    const sum = pairs.reduce((s, [, w]) => s + w, 0);
    let r = rand() * sum;
    for (const [item, w] of pairs) {
      r -= w;
      if (r < 0) return item;
    }
    return pairs[pairs.length - 1][0];
  };
  return { rand, normal, poisson, binomial, int, pick, weighted };
}

// ---------------------------------------------------------------------------------------------
// CSV in and out
// ---------------------------------------------------------------------------------------------

/** RFC-4180 parser: returns an array of records (arrays of strings). */
function parseCsv(text) {
  const rows = [];
  let row = [];
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

function readSource(name) {
  return parseCsv(readFileSync(join(SOURCES, name), 'utf8').replace(/^\uFEFF/, ''));
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${value}`);
    return String(value);
  }
  const s = String(value);
  if (s === '') return '';
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function writeTable(name, columns, rows) {
  const lines = [columns.join(',')];
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!columns.includes(key)) throw new Error(`${name}: unknown column ${key}`);
    }
    lines.push(columns.map((c) => csvField(row[c])).join(','));
  }
  writeFileSync(join(OUT, `${name}.csv`), lines.join('\n') + '\n', 'utf8');
}

const round = (x) => Math.round(x);
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// municipalities
// ---------------------------------------------------------------------------------------------

const KOMMUNER = [
  // kommunkod, name, factor (municipal crime level relative to Riket's rate; example data only)
  ['1493', 'Mariestad', 0.9],
  ['1496', 'Skövde', 1.1],
  ['1494', 'Lidköping', 1.0],
  ['1473', 'Töreboda', 0.75],
  ['1447', 'Gullspång', 0.7],
  ['1497', 'Hjo', 0.65],
  ['1472', 'Tibro', 0.8],
  ['1446', 'Karlsborg', 0.6],
  ['1471', 'Götene', 0.7],
];
const RIKET = '00';
/** The 21 counties by länskod (SKR's file names the regions' councils, e.g. "Region Skåne"). */
const LAN = {
  1: 'Stockholms län', 3: 'Uppsala län', 4: 'Södermanlands län', 5: 'Östergötlands län', 6: 'Jönköpings län',
  7: 'Kronobergs län', 8: 'Kalmar län', 9: 'Gotlands län', 10: 'Blekinge län', 12: 'Skåne län', 13: 'Hallands län',
  14: 'Västra Götalands län', 17: 'Värmlands län', 18: 'Örebro län', 19: 'Västmanlands län', 20: 'Dalarnas län',
  21: 'Gävleborgs län', 22: 'Västernorrlands län', 23: 'Jämtlands län', 24: 'Västerbottens län', 25: 'Norrbottens län',
};

/** All 290 municipalities from SKR's file: kommunkod (with its leading zero), name, län, kommungrupp. */
function readKommuner() {
  const [, ...skr] = readSource('skr-kommungrupper-2017.csv');
  return skr.map((r) => {
    const region = LAN[Number(r[7])];
    if (region === undefined) throw new Error(`unknown länskod ${r[7]} for ${r[2]}`);
    return { kommunkod: r[1].padStart(4, '0'), name: r[2], region, kommungrupp: r[0] };
  });
}

function buildMunicipalities() {
  const braIds = new Map(readSource('bra-region-ids.csv').map(([id, name]) => [name, Number(id)]));
  const rows = [{ kommunkod: RIKET, name: 'Riket', kind: 'riket', region: null, bra_region_id: 8291, kommungrupp: null }];
  for (const { kommunkod, name, region, kommungrupp } of readKommuner()) {
    const id = braIds.get(`${name} kommun`);
    if (id === undefined) throw new Error(`no BRÅ region id for ${name}`);
    rows.push({ kommunkod, name, kind: 'kommun', region, bra_region_id: id, kommungrupp });
  }
  for (const [code, name] of KOMMUNER) {
    if (!rows.some((r) => r.kommunkod === code && r.name === name)) throw new Error(`${name} ${code} is not in SKR's list`);
  }
  if (rows.length !== 291) throw new Error(`expected 290 municipalities and Riket, got ${rows.length}`);
  rows.sort((a, b) => cmp(a.kommunkod, b.kommunkod));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// crime_categories
// ---------------------------------------------------------------------------------------------

const CATEGORIES = [
  { category_id: 'totalt', bra_id: 3144, name: 'Totalt antal brott', parent_id: null, youth_relevant: false, police_initiated: false },
  { category_id: 'valdsbrott', bra_id: 3145, name: 'Våldsbrott', parent_id: null, youth_relevant: false, police_initiated: false },
  { category_id: 'misshandel', bra_id: 3161, name: 'Misshandel inkl. grov', parent_id: 'valdsbrott', youth_relevant: true, police_initiated: false },
  { category_id: 'sexualbrott', bra_id: 3147, name: 'Sexualbrott', parent_id: null, youth_relevant: false, police_initiated: false },
  { category_id: 'stold_ran_haleri', bra_id: 3150, name: 'Stöld-, rån- och häleribrott', parent_id: null, youth_relevant: false, police_initiated: false },
  { category_id: 'stold', bra_id: 3369, name: 'Stöld och snatteri', parent_id: 'stold_ran_haleri', youth_relevant: true, police_initiated: false },
  { category_id: 'skadegorelse', bra_id: 3151, name: 'Skadegörelse (inkl. mordbrand)', parent_id: null, youth_relevant: true, police_initiated: false },
  { category_id: 'narkotikabrott', bra_id: null, name: 'Narkotikabrott', parent_id: null, youth_relevant: true, police_initiated: true },
].map((c, i) => ({ ...c, sort_order: i + 1 }));

const CAT_ORDER = new Map(CATEGORIES.map((c) => [c.category_id, c.sort_order]));
/** Categories directly under 'totalt' (disjoint enough to be drawn as shares of the total). */
const TOP_LEVEL = ['valdsbrott', 'sexualbrott', 'stold_ran_haleri', 'skadegorelse', 'narkotikabrott'];
const CHILDREN = [
  ['misshandel', 'valdsbrott'],
  ['stold', 'stold_ran_haleri'],
];

// ---------------------------------------------------------------------------------------------
// population
// ---------------------------------------------------------------------------------------------

const MARIESTAD_POP = { 2017: 24290, 2018: 24372, 2019: 24537, 2020: 24513, 2021: 24723, 2022: 24768 };
const CRIME_YEARS_RIKET = [2000, 2024];
const CRIME_YEARS_KOMMUN = [2010, 2024];
const LAST_YEAR = 2024;

function range(from, to) {
  const out = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** Mean yearly log growth over the given real [year, value] pairs (first to last). */
function meanGrowth(points) {
  const [y0, v0] = points[0];
  const [y1, v1] = points[points.length - 1];
  return Math.log(v1 / v0) / (y1 - y0);
}

function buildPopulation() {
  // Real Kolada figures for every municipality; example continuations only where there are crimes.
  const names = new Map(readKommuner().map((k) => [k.name, k.kommunkod]));
  names.set('Riket', RIKET);
  const withCrimes = new Set([RIKET, ...KOMMUNER.map(([code]) => code)]);
  /** kommunkod -> Map(year -> {population, source}) */
  const pop = new Map([...names.values()].map((code) => [code, new Map()]));
  const rows = readSource('kolada-invanare-kommuner-2010-2016.csv');
  for (const [nyckeltal, region, year, value] of rows.slice(1)) {
    const code = names.get(region);
    if (code === undefined || !nyckeltal.startsWith('Invånare')) continue;
    pop.get(code).set(Number(year), { population: Number(value), source: SRC_KOLADA });
  }
  for (const [year, value] of Object.entries(MARIESTAD_POP)) {
    pop.get(MARIESTAD).set(Number(year), { population: value, source: SRC_MARIESTAD_POP });
  }

  // Example years: smooth geometric continuation of the real series' mean growth,
  // anchored at the nearest real year. No noise.
  for (const [code, series] of pop) {
    if (!withCrimes.has(code)) continue;
    const years = [...series.keys()].sort((a, b) => a - b);
    const realPoints = years.map((y) => [y, series.get(y).population]);
    const g = meanGrowth(realPoints);
    const [firstYear, firstValue] = realPoints[0];
    const [lastYear, lastValue] = realPoints[realPoints.length - 1];
    const from = code === RIKET ? CRIME_YEARS_RIKET[0] : CRIME_YEARS_KOMMUN[0];
    for (const y of range(from, LAST_YEAR)) {
      if (series.has(y)) continue;
      const anchor = y < firstYear ? [firstYear, firstValue] : [lastYear, lastValue];
      series.set(y, { population: round(anchor[1] * Math.exp(g * (y - anchor[0]))), source: EXAMPLE });
    }
  }

  const out = [];
  for (const [code, series] of pop) {
    for (const [year, { population, source }] of series) out.push({ year, kommunkod: code, population, source });
  }
  out.sort((a, b) => cmp(a.kommunkod, b.kommunkod) || a.year - b.year);
  return out;
}

// ---------------------------------------------------------------------------------------------
// crimes
// ---------------------------------------------------------------------------------------------

function readBra() {
  const rows = readSource('bra-anmalda-brott-hela-landet-2000-2016.csv');
  const header = rows[0];
  const col = (name) => header.indexOf(name);
  const [iId, iPeriod, iRegion, iTime, iValue] = ['crime_id', 'period', 'region_id', 'timepoint', 'value'].map(col);
  const byBraId = new Map(CATEGORIES.filter((c) => c.bra_id !== null).map((c) => [String(c.bra_id), c.category_id]));
  /** category_id -> Map(year -> {count, preliminary}) */
  const out = new Map();
  for (const row of rows.slice(1)) {
    const cat = byBraId.get(row[iId]);
    if (cat === undefined || row[iRegion] !== '8291') continue; // subcategories we do not use
    const year = Number(row[iTime].slice(0, 4));
    if (!out.has(cat)) out.set(cat, new Map());
    out.get(cat).set(year, { count: Number(row[iValue]), preliminary: /prel\./.test(row[iPeriod]) });
  }
  return out;
}

function buildRiketCrimes(bra) {
  const rng = stream('crimes:riket');
  const [from, to] = CRIME_YEARS_RIKET;
  const lastReal = 2016;
  /** category_id -> Map(year -> count) */
  const counts = new Map(CATEGORIES.map((c) => [c.category_id, new Map()]));
  for (const [cat, series] of bra) for (const [y, v] of series) counts.get(cat).set(y, v.count);

  // Example continuation 2017–2024 for the real top-level series and the total: a log random
  // walk whose drift is half the real mean growth of 2011–2016, with small noise.
  const walk = (cat) => {
    const s = counts.get(cat);
    const drift = 0.5 * meanGrowth([[2011, s.get(2011)], [lastReal, s.get(lastReal)]]);
    let v = s.get(lastReal);
    for (const y of range(lastReal + 1, to)) {
      v *= Math.exp(drift + 0.03 * rng.normal());
      s.set(y, round(v));
    }
  };
  walk('totalt');
  for (const cat of ['valdsbrott', 'sexualbrott', 'stold_ran_haleri', 'skadegorelse']) walk(cat);

  // Narkotikabrott (no BRÅ id in our sources): example share of the total for every year,
  // rising gently from about 4 % to about 7 % with noise.
  const nark = counts.get('narkotikabrott');
  for (const y of range(from, to)) {
    const share = (0.04 + (0.03 * (y - from)) / (to - from)) * Math.exp(0.04 * rng.normal());
    nark.set(y, round(share * counts.get('totalt').get(y)));
  }

  // Children continue their parent's last real share with a small random walk.
  for (const [child, parent] of CHILDREN) {
    const c = counts.get(child);
    const p = counts.get(parent);
    let share = c.get(lastReal) / p.get(lastReal);
    for (const y of range(lastReal + 1, to)) {
      share = Math.min(0.98, share * Math.exp(0.02 * rng.normal()));
      c.set(y, Math.min(p.get(y), round(share * p.get(y))));
    }
  }

  // The total must stay above its parts in the example years.
  for (const y of range(lastReal + 1, to)) {
    const parts = TOP_LEVEL.reduce((s, cat) => s + counts.get(cat).get(y), 0);
    if (counts.get('totalt').get(y) < parts) counts.get('totalt').set(y, Math.ceil(parts / 0.95));
  }

  const rows = [];
  for (const [cat, series] of counts) {
    for (const [year, count] of series) {
      const real = bra.get(cat)?.get(year);
      rows.push({
        year,
        kommunkod: RIKET,
        category_id: cat,
        count,
        preliminary: real ? real.preliminary : year === LAST_YEAR,
        source: real ? SRC_BRA : EXAMPLE,
      });
    }
  }
  return { rows, counts };
}

/**
 * Example municipal series: expected count = Riket's rate that year for the category
 * × the municipality's fixed factor × a gentle mean-reverting log random walk × population.
 * The total is drawn Poisson; the top-level categories are a multinomial split of it (which is
 * the same as independent Poisson draws, but keeps every category ≤ the total); children are a
 * binomial split of their parent. No promise effect is built in anywhere.
 */
function buildKommunCrimes(riketCounts, population) {
  const popOf = new Map(population.map((r) => [`${r.kommunkod}:${r.year}`, r.population]));
  const [from, to] = CRIME_YEARS_KOMMUN;
  const rows = [];
  for (const [code, , factor] of KOMMUNER) {
    const rng = stream(`crimes:${code}`);
    const walk = new Map(CATEGORIES.map((c) => [c.category_id, 0.08 * rng.normal()]));
    for (const year of range(from, to)) {
      for (const cat of walk.keys()) walk.set(cat, 0.8 * walk.get(cat) + 0.05 * rng.normal());
      const pop = popOf.get(`${code}:${year}`);
      const riketPop = popOf.get(`${RIKET}:${year}`);
      const lambda = (cat) =>
        (riketCounts.get(cat).get(year) / riketPop) * factor * Math.exp(walk.get(cat)) * pop;

      const count = new Map();
      const lamTotal = lambda('totalt');
      count.set('totalt', rng.poisson(lamTotal));
      let shares = TOP_LEVEL.map((cat) => [cat, lambda(cat) / lamTotal]);
      const sum = shares.reduce((s, [, p]) => s + p, 0);
      if (sum > 0.95) shares = shares.map(([cat, p]) => [cat, (p * 0.95) / sum]);
      let remainingN = count.get('totalt');
      let remainingP = 1;
      for (const [cat, p] of shares) {
        const x = rng.binomial(remainingN, Math.min(1, p / remainingP));
        count.set(cat, x);
        remainingN -= x;
        remainingP -= p;
      }
      for (const [child, parent] of CHILDREN) {
        const p = Math.min(0.98, lambda(child) / lambda(parent));
        count.set(child, rng.binomial(count.get(parent), p));
      }
      for (const [category_id, n] of count) {
        rows.push({ year, kommunkod: code, category_id, count: n, preliminary: year === LAST_YEAR, source: EXAMPLE });
      }
    }
  }
  return rows;
}

function buildCrimes(population) {
  const bra = readBra();
  const riket = buildRiketCrimes(bra);
  const rows = [...riket.rows, ...buildKommunCrimes(riket.counts, population)];
  rows.sort(
    (a, b) =>
      cmp(a.kommunkod, b.kommunkod) || a.year - b.year || CAT_ORDER.get(a.category_id) - CAT_ORDER.get(b.category_id),
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------
// venues
// ---------------------------------------------------------------------------------------------

const VENUES = [
  { venue_id: 'skolor', name: 'Skolor (skolans miljö)', type: 'skola', description: 'Kommunens skolor och skolans miljö, där polisen gjort trygghetsskapande besök.' },
  { venue_id: 'vadsboskolan', name: 'Vadsboskolan', type: 'skola', description: 'Skola i Mariestad; nämns i uppföljningen 2017 (riktade insatser andra kvartalet).' },
  { venue_id: 'resecentrum', name: 'Resecentrum', type: 'knutpunkt', description: 'Mariestads resecentrum, en plats där ungdomar vistas.' },
  { venue_id: 'elvarket', name: 'Elvärket', type: 'mötesplats', description: 'Mötesplats för unga i Mariestad.' },
  { venue_id: 'torebodafestivalen', name: 'Törebodafestivalen', type: 'evenemang', description: 'Festival som hålls i Töreboda (inte i Mariestad); Mariestads fältarbetare besöker den eftersom kommunens unga är där.' },
  { venue_id: 'studentveckan', name: 'Studentveckan', type: 'evenemang', description: 'Evenemang under studentveckan i början av sommaren.' },
  { venue_id: 'cruising', name: 'Cruising', type: 'evenemang', description: 'Cruising, bilträffar där många unga samlas.' },
  { venue_id: 'valborg', name: 'Valborgsmässoafton', type: 'evenemang', description: 'Firandet av valborgsmässoafton den 30 april.' },
  { venue_id: 'fritidsgard', name: 'Fritidsgård', type: 'fritidsgård', description: 'Kommunens fritidsgård; kommunen samarbetar med skola och fritidsgård.' },
  { venue_id: 'klassfotbollen', name: 'Klassfotbollen', type: 'evenemang', description: 'Fotbollsturnering för skolklasser; tillfälle att informera föräldrar.' },
].map((v) => ({ ...v, kommunkod: MARIESTAD }));

// ---------------------------------------------------------------------------------------------
// promises
// ---------------------------------------------------------------------------------------------

const PROMISES = [
  {
    promise_id: 'mariestad-2017',
    kommunkod: MARIESTAD,
    year_from: 2017,
    year_to: 2017,
    title: 'Medborgarlöfte Mariestad 2017',
    focus: 'Unga och narkotika',
    focus_categories: 'narkotikabrott',
    primary_category: null,
    outcome_indicators: null,
    text:
      'Härlett ur polisens uppföljning av medborgarlöftet 2017, eftersom själva löftestexten inte finns i våra källor: ' +
      'aktiviteterna gällde unga och narkotika (anmälningar för brott mot narkotikastrafflagen, riktade insatser, ' +
      'bland annat vid Vadsboskolan, informationsmöten och drogtester).',
    source: SRC_2017,
  },
  {
    promise_id: 'mariestad-2018',
    kommunkod: MARIESTAD,
    year_from: 2018,
    year_to: 2018,
    title: 'Medborgarlöfte Mariestad 2018',
    focus: 'Ungdomar i riskzon och platser där ungdomar möts',
    focus_categories: 'narkotikabrott;skadegorelse;misshandel;stold',
    primary_category: 'skadegorelse',
    outcome_indicators: 'trygg_kvall;utsatt_brott;trygghetsindex',
    text: 'Inför 2018 lovade polisen och Mariestads kommun ha särskilt fokus på ungdomar i riskzon och platser där ungdomar möts.',
    source: SRC_2018,
  },
  {
    promise_id: 'mariestad-2019',
    kommunkod: MARIESTAD,
    year_from: 2019,
    year_to: 2019,
    title: 'Medborgarlöfte Mariestad 2019',
    focus: 'Förebygga att ungdomar hamnar i missbruk och kriminalitet',
    focus_categories: 'narkotikabrott;skadegorelse;misshandel;stold',
    primary_category: 'skadegorelse',
    outcome_indicators: 'trygg_kvall;utsatt_brott;trygghetsindex',
    text: 'Vi lovar därför inför 2019 fortsätta arbetet och insatserna för att förebygga att ungdomar hamnar i missbruk och kriminalitet.',
    source: SRC_2018,
  },
  {
    promise_id: 'mariestad-2021',
    kommunkod: MARIESTAD,
    year_from: 2021,
    year_to: 2021,
    title: 'Medborgarlöfte Mariestad 2021',
    focus: 'Skadegörelse',
    focus_categories: 'skadegorelse',
    primary_category: 'skadegorelse',
    outcome_indicators: 'trygg_kvall;trygghetsindex',
    text:
      'Sidan om medborgarlöftet 2021 angav att den anmälda skadegörelsen ökade i kommunen. ' +
      'Löftets fullständiga text finns inte i våra källor.',
    source: SRC_2021,
  },
];

// ---------------------------------------------------------------------------------------------
// activities
// ---------------------------------------------------------------------------------------------

/** The fixed activity_type vocabulary (also listed in data/README.md). */
const ACTIVITY_TYPES = [
  'riktad insats',
  'trygghetsskapande besök',
  'trygghetsskapande arbete',
  'informationsmöte',
  'närvaro på ungas arenor',
  'skolinsats',
  'livsstilsdag',
  'föräldramöte',
  'bekymringssamtal',
  'drogtest',
  'anmälan narkotikabrott',
  'samverkansmöte',
  'samarbete',
  'stöd och vägledning',
  'utbildning',
  'utvecklingsarbete',
  'nätverksarbete',
  'kommunikation',
];

/** Real rows from the 2017 follow-up (via /work/shared/data/README.md), by quarter. */
const REAL_2017 = [
  { quarter: 1, actor: 'polis', activity_type: 'anmälan narkotikabrott', count: 9, description: 'Nio personer anmälda för brott mot narkotikastrafflagen.' },
  { quarter: 1, actor: 'polis', activity_type: 'riktad insats', count: 4, description: 'Fyra insatser (uppföljningen säger "insatser").' },
  { quarter: 1, actor: 'polis', activity_type: 'informationsmöte', count: 2, description: 'Två informationsmöten.' },
  { quarter: 2, actor: 'polis', activity_type: 'riktad insats', venue_id: 'vadsboskolan', count: 2, description: 'Två riktade insatser vid Vadsboskolan.' },
  { quarter: 4, actor: 'polis', activity_type: 'drogtest', count: 7, description: 'Sju personer togs för drogtest, varav fyra var påverkade och två anmäldes för innehav.' },
];

/** Real rows from the 2018 follow-up page (the seed text); counts only where the page gives one. */
const POLIS_PLATSER =
  'Trygghetsskapande och brottsförebyggande arbete på platser där ungdomar vistas, såsom resecentrum och inom skolan.';
const FORALDRAR =
  'Information och informationsmaterial till föräldrar för att inspirera till ett aktivt föräldraskap; på föräldramöten i skolan och i samband med klassfotbollen, samarbete med föräldraföreningar, öppna föreläsningar, information och bollplank till föreningar.';
const REAL_2018 = [
  // Detta har polisen gjort
  { actor: 'polis', activity_type: 'riktad insats', count: 6, description: 'Sex (6) riktade insatser utifrån uppkommen problembild.' },
  { actor: 'polis', activity_type: 'trygghetsskapande besök', venue_id: 'skolor', count: 37, description: 'Trettiosju (37) trygghetsskapande besök inom skolans miljö.' },
  { actor: 'polis', activity_type: 'informationsmöte', target_group: 'personal, elever och föräldrar', count: 13, description: '13 (tretton) informationsmöten, riktade till personal, elever och föräldrar.' },
  { actor: 'polis', activity_type: 'trygghetsskapande arbete', venue_id: 'resecentrum', target_group: 'ungdomar', description: POLIS_PLATSER },
  { actor: 'polis', activity_type: 'trygghetsskapande arbete', venue_id: 'skolor', target_group: 'ungdomar', description: POLIS_PLATSER },
  { actor: 'samverkan', activity_type: 'informationsmöte', description: 'Informationsmöte i samverkan mellan polis och tull.' },
  { actor: 'samverkan', activity_type: 'samverkansmöte', description: 'Stärkt samverkan mellan kommun och polis med arbetet i ungdomsforum, arbeta med modell sociala insatsgrupper och arbetet med ANDT (alkohol, narkotika, doping och tobak).' },
  // Detta har kommunen gjort
  ...[
    ['skolor', 'Besök på ungas arenor: skolor.'],
    ['resecentrum', 'Besök på ungas arenor: resecentrum.'],
    ['elvarket', 'Besök på ungas arenor: Elvärket.'],
    ['torebodafestivalen', 'Besök på ungas arenor: Törebodafestivalen (i Töreboda).'],
    ['studentveckan', 'Besök på ungas arenor: vid evenemang under studentveckan.'],
    ['cruising', 'Besök på ungas arenor: Cruising.'],
    ['valborg', 'Besök på ungas arenor: Valborgsmässoafton.'],
  ].map(([venue_id, description]) => ({ actor: 'kommun', activity_type: 'närvaro på ungas arenor', venue_id, target_group: 'ungdomar', description })),
  { actor: 'kommun', activity_type: 'skolinsats', venue_id: 'skolor', target_group: 'alla elever i åk 6', description: 'Arbete med stärkt självkänsla, tillsammans med elevhälsan, alla elever i åk 6.' },
  { actor: 'kommun', activity_type: 'livsstilsdag', venue_id: 'skolor', target_group: 'alla elever i åk 8', description: 'Deltar i livsstilsdag i åk 8 och möter då alla elever i den årskursen.' },
  { actor: 'kommun', activity_type: 'skolinsats', venue_id: 'skolor', target_group: 'alla flickor i åk 8', description: 'Arbete med stärkt självkänsla för alla flickor i åk 8, tillsammans med elevhälsan.' },
  { actor: 'kommun', activity_type: 'föräldramöte', venue_id: 'skolor', target_group: 'föräldrar', description: FORALDRAR },
  { actor: 'kommun', activity_type: 'föräldramöte', venue_id: 'klassfotbollen', target_group: 'föräldrar', description: 'Information till föräldrar i samband med klassfotbollen (se raden om föräldramöten i skolan).' },
  { actor: 'kommun', activity_type: 'bekymringssamtal', target_group: 'unga och/eller föräldrar', description: 'Bekymringssamtal, samtal med unga och/eller föräldrar.' },
  { actor: 'kommun', activity_type: 'drogtest', description: 'Drogtester.' },
  { actor: 'kommun', activity_type: 'samverkansmöte', target_group: 'enskilda elever', description: 'Möten med skola och eller socialtjänst med enskilda elever.' },
  { actor: 'kommun', activity_type: 'samarbete', venue_id: 'fritidsgard', description: 'Samarbete med skola och fritidsgård.' },
  { actor: 'kommun', activity_type: 'skolinsats', venue_id: 'skolor', description: 'Arbete i klasser och skolor på förekommen anledning.' },
  { actor: 'kommun', activity_type: 'stöd och vägledning', target_group: 'skolans personal', description: 'Stöd och vägledning till skolans personal.' },
  { actor: 'kommun', activity_type: 'samarbete', description: 'Samarbete med polis.' },
  { actor: 'kommun', activity_type: 'utbildning', target_group: 'barn- och elevhälsans personal, barn- och ungdomsenhetens personal och rektorer/förskolechefer', description: 'Utvecklingsdagar för barn- och elevhälsans personal, barn- och ungdomsenhetens personal och rektorer/förskolechefer.' },
  { actor: 'kommun', activity_type: 'samverkansmöte', description: 'Regelbunden medverkan i skolkuratorsgruppen.' },
  { actor: 'kommun', activity_type: 'utvecklingsarbete', description: 'Deltar i arbetet med att utveckla struktur för arbetet med ungdomar som använder droger eller på annat sätt riskerar en destruktiv utveckling.' },
  { actor: 'kommun', activity_type: 'nätverksarbete', description: 'Deltar i dopingfritt Skaraborg samt länsstyrelsens nätverk för alkohol, narkotika, doping och tobak (ANDT).' },
  // Informationsinsatser och uppföljning av medborgarlöftet (by both parties)
  { actor: 'samverkan', activity_type: 'kommunikation', description: 'Information om uppföljning har gått ut i lokal media och lokal radio.' },
  { actor: 'samverkan', activity_type: 'kommunikation', description: 'Information har lagts ut på polisens och kommunens hemsida.' },
  { actor: 'samverkan', activity_type: 'kommunikation', description: 'Information har lämnats i samband med medborgarmöten.' },
];

/** Example templates: actor, type, weight, possible venues, participants range (or null), target group. */
const EXAMPLE_TEMPLATES = [
  ['polis', 'riktad insats', 6, [null, 'resecentrum', 'cruising', 'valborg', 'elvarket'], null, null],
  ['polis', 'trygghetsskapande besök', 8, ['skolor', 'vadsboskolan', 'resecentrum', 'elvarket', 'fritidsgard'], null, 'ungdomar'],
  ['polis', 'informationsmöte', 4, ['skolor', 'vadsboskolan', null], [10, 120], 'personal, elever och föräldrar'],
  ['polis', 'närvaro på ungas arenor', 4, ['studentveckan', 'cruising', 'valborg', 'torebodafestivalen'], null, 'ungdomar'],
  ['polis', 'anmälan narkotikabrott', 2, [null], null, null],
  ['polis', 'drogtest', 2, [null], null, null],
  ['kommun', 'närvaro på ungas arenor', 8, ['skolor', 'resecentrum', 'elvarket', 'torebodafestivalen', 'studentveckan', 'cruising', 'valborg', 'fritidsgard'], null, 'ungdomar'],
  ['kommun', 'skolinsats', 4, ['skolor', 'vadsboskolan'], [15, 90], 'elever'],
  ['kommun', 'livsstilsdag', 1, ['skolor'], [60, 250], 'alla elever i åk 8'],
  ['kommun', 'föräldramöte', 3, ['skolor', 'vadsboskolan', 'klassfotbollen'], [10, 80], 'föräldrar'],
  ['kommun', 'bekymringssamtal', 4, [null], null, 'unga och/eller föräldrar'],
  ['kommun', 'drogtest', 1, [null], null, null],
  ['kommun', 'utbildning', 1, [null], [8, 40], 'skolans personal'],
  ['kommun', 'stöd och vägledning', 1, ['skolor'], null, 'skolans personal'],
  ['kommun', 'nätverksarbete', 1, [null], null, null],
  ['samverkan', 'samverkansmöte', 4, [null], [4, 15], null],
  ['samverkan', 'informationsmöte', 2, [null, 'skolor'], [15, 150], 'föräldrar'],
  ['samverkan', 'trygghetsskapande arbete', 2, ['resecentrum', 'elvarket', 'valborg', 'cruising'], null, 'ungdomar'],
];

/** Months when each venue is plausibly used (events have fixed seasons). */
const VENUE_MONTHS = {
  skolor: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
  vadsboskolan: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
  klassfotbollen: [5, 6],
  studentveckan: [6],
  valborg: [4],
  cruising: [5, 6, 7, 8],
  torebodafestivalen: [7],
};
const DAYS_IN_MONTH = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n) => String(n).padStart(2, '0');
const promiseFor = (year) => PROMISES.find((p) => year >= p.year_from && year <= p.year_to)?.promise_id ?? null;

function buildActivities() {
  const rows = [];
  REAL_2017.forEach((a, i) => {
    rows.push({
      activity_id: `2017-r${pad(i + 1)}`,
      promise_id: 'mariestad-2017',
      kommunkod: MARIESTAD,
      year: 2017,
      ...a,
      source: SRC_2017,
    });
  });
  REAL_2018.forEach((a, i) => {
    rows.push({
      activity_id: `2018-r${pad(i + 1)}`,
      promise_id: 'mariestad-2018',
      kommunkod: MARIESTAD,
      year: 2018,
      ...a,
      source: SRC_2018,
    });
  });

  const venueName = new Map(VENUES.map((v) => [v.venue_id, v.name]));
  for (const year of range(2019, 2024)) {
    const rng = stream(`activities:${year}`);
    const n = rng.int(40, 80);
    const drafts = [];
    for (let i = 0; i < n; i++) {
      const [actor, activity_type, , venues, participantsRange, target_group] = rng.weighted(
        EXAMPLE_TEMPLATES.map((t) => [t, t[2]]),
      );
      const venue_id = rng.pick(venues);
      const month = rng.pick(VENUE_MONTHS[venue_id] ?? range(1, 12));
      const day = venue_id === 'valborg' ? 30 : rng.int(1, DAYS_IN_MONTH(year, month));
      const count = rng.int(1, 10);
      const participants = participantsRange ? rng.int(participantsRange[0], participantsRange[1]) : null;
      const where = venue_id === 'skolor' ? ' i skolans miljö' : venue_id ? ` vid ${venueName.get(venue_id)}` : '';
      drafts.push({
        promise_id: promiseFor(year),
        kommunkod: MARIESTAD,
        year,
        quarter: Math.ceil(month / 3),
        month,
        date: `${year}-${pad(month)}-${pad(day)}`,
        actor,
        activity_type,
        venue_id,
        target_group,
        count,
        participants,
        description: `Exempeldata: ${activity_type}${where}.`,
        source: EXAMPLE,
      });
    }
    drafts.sort((a, b) => cmp(a.date, b.date) || cmp(a.actor, b.actor) || cmp(a.activity_type, b.activity_type));
    drafts.forEach((d, i) => rows.push({ activity_id: `${year}-e${String(i + 1).padStart(3, '0')}`, ...d }));
  }
  for (const r of rows) {
    if (!ACTIVITY_TYPES.includes(r.activity_type)) throw new Error(`unknown activity_type ${r.activity_type}`);
  }
  rows.sort((a, b) => a.year - b.year || cmp(a.activity_id, b.activity_id));
  return rows;
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

const COLUMNS = {
  municipalities: ['kommunkod', 'name', 'kind', 'region', 'bra_region_id', 'kommungrupp'],
  crime_categories: ['category_id', 'bra_id', 'name', 'parent_id', 'youth_relevant', 'police_initiated', 'sort_order', 'bra_level', 'bra_parent_id'],
  crimes_period: ['period_type', 'period_key', 'year', 'month', 'quarter', 'kommunkod', 'category_id', 'count', 'preliminary', 'status', 'source'],
  crimes: ['year', 'kommunkod', 'category_id', 'count', 'preliminary', 'source'],
  population: ['year', 'kommunkod', 'population', 'source'],
  venues: ['venue_id', 'name', 'type', 'kommunkod', 'description'],
  promises: ['promise_id', 'kommunkod', 'year_from', 'year_to', 'title', 'focus', 'focus_categories', 'primary_category', 'outcome_indicators', 'text', 'source'],
  activities: [
    'activity_id', 'promise_id', 'kommunkod', 'year', 'quarter', 'month', 'date', 'actor', 'activity_type',
    'venue_id', 'target_group', 'count', 'participants', 'description', 'source',
  ],
};

mkdirSync(OUT, { recursive: true });
const population = buildPopulation();
writeTable('municipalities', COLUMNS.municipalities, buildMunicipalities());
writeTable('crime_categories', COLUMNS.crime_categories, CATEGORIES);
writeTable('population', COLUMNS.population, population);
writeTable('crimes', COLUMNS.crimes, buildCrimes(population));
// Sub-year counts come only from imported BRÅ extracts: shipped empty.
writeTable('crimes_period', COLUMNS.crimes_period, []);
writeTable('venues', COLUMNS.venues, [...VENUES].sort((a, b) => cmp(a.venue_id, b.venue_id)));
writeTable('promises', COLUMNS.promises, PROMISES);
writeTable('activities', COLUMNS.activities, buildActivities());
writeTable('survey_results', SURVEY_COLUMNS, buildSurveyResults(stream, EXAMPLE));
writeTable('survey_area_venues', SURVEY_AREA_VENUE_COLUMNS, buildSurveyAreaVenues(EXAMPLE));
const boundaries = buildBoundaries(JSON.parse(readFileSync(join(SOURCES, 'swedish-municipalities.geojson'), 'utf8')));
const kommunkoder = new Set(buildMunicipalities().map((m) => m.kommunkod));
for (const f of boundaries.features) {
  if (!kommunkoder.has(f.properties.kommunkod)) throw new Error(`boundary for unknown kommunkod ${f.properties.kommunkod}`);
}
writeFileSync(join(OUT, 'municipality-boundaries.json'), boundariesText(boundaries), 'utf8');
