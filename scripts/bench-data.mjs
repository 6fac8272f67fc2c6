// Seeded data in the national shape for `npm run bench -- --rows N`: 290 municipalities and
// Riket, the shipped crime categories plus BRÅ-like subcategories until N rows are reached,
// years 2000–2024 (the crimes table has no month column yet: its grain is the year), and the
// population for every municipality and year. Mariestad (1493) and its neighbours keep their
// kommunkoder so the default views work. Deterministic: the same N gives the same files.
// The files are served as the app now loads them: Arrow IPC streams, written from the generated
// CSV text by the same function the build uses (`shippedArrow` in src/lib/db/node.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const YEARS = Array.from({ length: 25 }, (_, i) => 2000 + i);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function nationalCsv(root, rows) {
  const random = rng(20261201);
  const shipped = readFileSync(path.join(root, 'data', 'municipalities.csv'), 'utf8').trim().split('\n');
  const header = shipped[0];
  const kept = shipped.slice(1);
  const codes = new Set(kept.map((l) => l.split(',')[0]));
  const municipalities = [...kept];
  for (let i = 0; municipalities.length < 291; i++) {
    const code = String(1000 + i * 7).padStart(4, '0');
    if (codes.has(code)) continue;
    codes.add(code);
    municipalities.push(`${code},Kommun ${code},kommun,Län ${Math.floor(i / 14) + 1},${5000 + i},C${(i % 9) + 1}`);
  }
  const kommunkoder = municipalities.map((l) => l.split(',')[0]);

  const catLines = readFileSync(path.join(root, 'data', 'crime_categories.csv'), 'utf8').trim().split('\n');
  const categories = catLines.slice(1).map((l) => l.split(',')[0]);
  const perCategory = kommunkoder.length * YEARS.length;
  const needed = Math.max(categories.length, Math.ceil(rows / perCategory));
  const extra = [];
  for (let i = categories.length; i < needed; i++) {
    const id = `kat_${i}`;
    categories.push(id);
    extra.push(`${id},${90000 + i},Brottstyp ${i},totalt,false,false,${100 + i},,`);
  }

  const pop = new Map(kommunkoder.map((k) => [k, k === '00' ? 10_000_000 : Math.round(3000 + random() ** 3 * 300_000)]));
  const population = ['year,kommunkod,population,source'];
  for (const k of kommunkoder) for (const y of YEARS) population.push(`${y},${k},${Math.round(pop.get(k) * (1 + (y - 2000) * 0.004))},exempeldata`);

  const crimes = ['year,kommunkod,category_id,count,preliminary,source'];
  let n = 0;
  outer: for (const c of categories) {
    const level = c === 'totalt' ? 0.08 : 0.002 + random() * 0.01;
    for (const k of kommunkoder) {
      for (const y of YEARS) {
        if (n >= rows) break outer;
        crimes.push(`${y},${k},${c},${Math.round(pop.get(k) * level * (0.8 + random() * 0.4))},false,exempeldata`);
        n += 1;
      }
    }
  }
  return {
    rows: n,
    municipalities: kommunkoder.length,
    categories: categories.length,
    files: {
      municipalities: `${[header, ...municipalities].join('\n')}\n`,
      crime_categories: `${[...catLines, ...extra].join('\n')}\n`,
      population: `${population.join('\n')}\n`,
      crimes: `${crimes.join('\n')}\n`,
    },
    // Comparison municipalities for the filter changes: a new one each time.
    compareCodes: kommunkoder.filter((k) => !['00', '1493'].includes(k)),
  };
}

const ACTORS = ['polis', 'kommun', 'samverkan'];
const TYPES = ['närvaro på ungas arenor', 'trygghetsskapande besök', 'riktad insats', 'informationsmöte', 'samverkansmöte', 'skolinsats'];
const VENUES = ['', 'skolor', 'vadsboskolan', 'resecentrum', 'studentveckan', 'elvarket'];
const GROUPS = ['ungdomar', '', 'föräldrar', 'elever'];

/** `n` seeded activities of Mariestad (1493), 2000–2024, in the shipped log's columns: for Insatser at scale. */
function activitiesCsv(n) {
  const random = rng(20261202);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = ['activity_id,promise_id,kommunkod,year,quarter,month,date,actor,activity_type,venue_id,target_group,count,participants,description,source'];
  for (let i = 0; i < n; i++) {
    const year = YEARS[Math.floor(random() * YEARS.length)];
    const month = 1 + Math.floor(random() * 12);
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const type = pick(TYPES);
    lines.push(`bench-${i},,1493,${year},${Math.ceil(month / 3)},${month},${year}-${String(month).padStart(2, '0')}-${day},${pick(ACTORS)},${type},${pick(VENUES)},${pick(GROUPS)},${1 + Math.floor(random() * 4)},,Exempeldata: ${type}.,exempeldata`);
  }
  return `${lines.join('\n')}\n`;
}

/** The generated tables as the build ships them (Arrow IPC, typed, sorted), and what the bench needs to drive the views. */
export async function nationalData(root, rows, activities = 0) {
  const data = nationalCsv(root, rows);
  const { module } = await runnerImport(path.join(root, 'src/lib/db/node.ts'), { configFile: false, logLevel: 'warn' });
  const shipped = module.csvReader(path.join(root, 'data'));
  const arrow = await module.shippedArrow((spec) => (spec.name in data.files ? Promise.resolve(data.files[spec.name]) : shipped(spec)));
  const files = Object.fromEntries(Object.keys(data.files).map((name) => [name, arrow.get(name)]));
  // Served only on the Insatser run (the other views keep the shipped log, so their figures stay comparable).
  if (activities > 0) {
    const log = await module.shippedArrow((spec) => (spec.name === 'activities' ? Promise.resolve(activitiesCsv(activities)) : shipped(spec)));
    files.activities = log.get('activities');
  }
  return { ...data, activities, files, csvBytes: Object.values(data.files).reduce((n, text) => n + Buffer.byteLength(text), 0), arrowBytes: Object.keys(data.files).reduce((n, name) => n + files[name].length, 0) };
}
