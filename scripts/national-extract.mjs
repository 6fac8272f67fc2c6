#!/usr/bin/env node
// GENERATED DATA — NOT REAL STATISTICS. A national BRÅ statistics-database extract in the real
// column layout (../shared/data/README.md): all 290 municipalities (names and BRÅ region ids from
// data/sources/bra-region-ids.csv), ~1 100 crime categories over 5 levels (Brottsnivå,
// Förälder_ID, Nivå1…Nivå5; children add up to their parent), the yearly table for 2025 (every
// category, Totalt antal brott = 5036) and the monthly table (levels 1–2, Totalt antal brott =
// 13192) for January 2025 – August 2026, 2026 preliminary. Counts are seeded random draws scaled
// by each municipality's real 2016 population (Kolada); the names of levels 3–5 are made up.
// Used by the import benchmark (scripts/national-bench.mjs) and never shipped.
//
//   node scripts/national-extract.mjs /tmp/bra-riket.csv [seed] [names]   (names: comma-separated, default all 290)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const HEADER =
  'År,Månad,Kvartal,Periodtyp,Periodetikett,Periodnyckel,Period_start,Period_slut,Preliminär,Kommun,Region_ID,Brott,Brott_ID,Brottsnivå,Förälder_ID,Förälder,Nivå1,Nivå2,Nivå3,Nivå4,Nivå5,Antal,Per100000,Status_Antal,Status_Per100000';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
/** The monthly table numbers the same categories 8 156 higher (5036 → 13192, as BRÅ's do). */
const MONTHLY_OFFSET = 8156;

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

const CHAPTERS = [
  'Brott mot brottsbalken, 3 kap. Brott mot liv och hälsa', 'Brott mot brottsbalken, 4 kap. Brott mot frihet och frid',
  'Brott mot brottsbalken, 5 kap. Ärekränkningsbrott', 'Brott mot brottsbalken, 6 kap. Sexualbrott',
  'Brott mot brottsbalken, 7 kap. Brott mot familj', 'Brott mot brottsbalken, 8 kap. Stöld, rån och häleri',
  'Brott mot brottsbalken, 9 kap. Bedrägeri och annan oredlighet', 'Brott mot brottsbalken, 10 kap. Förskingring, trolöshet och mutbrott',
  'Brott mot brottsbalken, 11 kap. Brott mot borgenärer', 'Brott mot brottsbalken, 12 kap. Skadegörelsebrott',
  'Brott mot brottsbalken, 13 kap. Allmänfarliga brott', 'Brott mot brottsbalken, 14 kap. Förfalskningsbrott',
  'Brott mot brottsbalken, 15 kap. Mened, falskt åtal och osann utsaga', 'Brott mot brottsbalken, 16 kap. Brott mot allmän ordning',
  'Brott mot brottsbalken, 17 kap. Brott mot allmän verksamhet', 'Brott mot specialstraffrättsliga författningar, Brott mot narkotikastrafflagen',
  'Brott mot specialstraffrättsliga författningar, Trafikbrottslagen', 'Brott mot specialstraffrättsliga författningar, Vapenlagen',
  'Brott mot specialstraffrättsliga författningar, Skattebrottslagen', 'Brott mot specialstraffrättsliga författningar, Övriga författningar',
];

/** The category tree: 1 + 20 + 120 + 480 + ~500 ≈ 1 120 categories, ids as in the yearly table. */
export function categoryTree(rand) {
  const cats = [];
  let nextId = 5037;
  const add = (name, level, parent) => {
    const c = { id: level === 1 ? 5036 : nextId++, name, level, parent, path: parent ? [...parent.path, name] : [name], weight: 0.2 + rand() };
    cats.push(c);
    return c;
  };
  const top = add('Totalt antal brott', 1, null);
  for (const chapter of CHAPTERS) {
    const l2 = add(chapter, 2, top);
    for (let i = 0; i < 6; i++) {
      const l3 = add(chapter.includes(', 3 kap.') && i === 0 ? '…därav misshandel inkl. grov' : `…därav brottstyp ${String.fromCharCode(65 + i)} (${chapter.split(' ').slice(-2).join(' ')})`, 3, l2);
      for (let j = 0; j < 4; j++) {
        const l4 = add(j === 0 ? '…därav mot kvinna 18 år eller äldre' : j === 1 ? '…därav mot man 18 år eller äldre' : `…därav variant ${j + 1}`, 4, l3);
        const kids = rand() < 0.5 ? 0 : rand() < 0.75 ? 2 : 3;
        for (let k = 0; k < kids; k++) add(`…därav ${['utomhus', 'inomhus', 'på internet'][k]}`, 5, l4);
      }
    }
  }
  return cats;
}

function municipalities() {
  const pop = new Map();
  for (const line of readFileSync(path.join(ROOT, 'data/sources/kolada-invanare-kommuner-2010-2016.csv'), 'utf8').split('\n').slice(1)) {
    const m = /^"[^"]*",([^,]+),2016,(\d+)/.exec(line);
    if (m) pop.set(m[1], Number(m[2]));
  }
  return readFileSync(path.join(ROOT, 'data/sources/bra-region-ids.csv'), 'utf8')
    .split('\n')
    .map((l) => /^(\d+),(.+) kommun$/.exec(l.trim()))
    .filter(Boolean)
    .map((m) => ({ regionId: Number(m[1]), name: m[2], population: pop.get(m[2]) ?? 10000 }));
}

/** Splits `total` over the children by their weights, jittered; the parts add up to `total`. */
function split(rand, total, children) {
  const w = children.map((c) => c.weight * (0.7 + 0.6 * rand()));
  const sum = w.reduce((a, b) => a + b, 0);
  const parts = w.map((x) => Math.floor((total * x) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i] += 1;
  return parts;
}

const q = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function nationalExtract(seed = 20260901, only = null) {
  const rand = mulberry32(seed);
  const cats = categoryTree(rand);
  const children = new Map(cats.map((c) => [c, cats.filter((d) => d.parent === c)]));
  const places = municipalities().filter((p) => !only || only.includes(p.name));
  const lines = [HEADER];
  const rate = (count, pop) => ((count * 100000) / pop).toFixed(1);
  const row = (p, c, period, count, idOffset) => {
    const levels = [0, 1, 2, 3, 4].map((i) => q(c.path[i] ?? ''));
    const parentId = c.parent ? c.parent.id + idOffset : '';
    lines.push([...period, q(p.name), p.regionId, q(c.name), c.id + idOffset, c.level, parentId, q(c.parent?.name ?? ''), ...levels, `${count}.0`, rate(count, p.population), '', ''].join(','));
  };
  /** Counts for every category of one place and period: the total drawn, then split down the tree. */
  const fill = (total, depth) => {
    const counts = new Map([[cats[0], total]]);
    for (const c of cats) {
      const kids = children.get(c);
      if (c.level >= depth || kids.length === 0) continue;
      // Level 5 are "därav" parts: they need not exhaust their parent, so one share stays outside.
      const parts = split(rand, counts.get(c), c.level === 4 ? [...kids, { weight: 1 }] : kids);
      kids.forEach((k, i) => counts.set(k, parts[i]));
    }
    return counts;
  };
  for (const p of places) {
    const yearTotal = Math.round((p.population * (0.11 + 0.04 * rand())));
    const year = fill(yearTotal, 5);
    const yp = ['2025', '', '', 'År', '2025', '2025', '2025-01-01', '2025-12-31', 'False'];
    for (const c of cats) row(p, c, yp, year.get(c), 0);
    // Monthly table, levels 1–2: 2025's months add up to 2025's yearly counts; 2026 preliminary, to August.
    const monthly = cats.filter((c) => c.level <= 2);
    const months2025 = new Map(monthly.map((c) => [c, split(rand, year.get(c), MONTHS.map((_, i) => ({ weight: 1 + 0.15 * Math.sin((i / 12) * 2 * Math.PI) })))]));
    for (let m = 0; m < 20; m++) {
      const y = m < 12 ? 2025 : 2026;
      const mi = m % 12;
      const prel = y === 2026;
      const mm = String(mi + 1).padStart(2, '0');
      const period = [String(y), String(mi + 1), String(Math.floor(mi / 3) + 1), 'Månad', q(`${y}${prel ? ' prel.' : ''}, ${MONTHS[mi]}`), `${y}-${mm}`, `${y}-${mm}-01`, '', prel ? 'True' : 'False'];
      const counts = y === 2025 ? new Map(monthly.map((c) => [c, months2025.get(c)[mi]])) : fill(Math.round((yearTotal / 12) * (0.85 + 0.3 * rand())), 2);
      for (const c of monthly) row(p, c, period, counts.get(c), MONTHLY_OFFSET);
    }
  }
  return { text: lines.join('\n') + '\n', rows: lines.length - 1, categories: cats.length, municipalities: places.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'bra-riket-genererad.csv';
  const r = nationalExtract(Number(process.argv[3] ?? 20260901), process.argv[4] ? process.argv[4].split(',') : null);
  writeFileSync(out, r.text);
  console.log(JSON.stringify({ file: out, rows: r.rows, categories: r.categories, municipalities: r.municipalities, bytes: Buffer.byteLength(r.text) }));
}
