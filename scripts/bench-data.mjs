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

/** The generated tables as the build ships them (Arrow IPC, typed, sorted), and what the bench needs to drive the views. */
export async function nationalData(root, rows) {
  const data = nationalCsv(root, rows);
  const { module } = await runnerImport(path.join(root, 'src/lib/db/node.ts'), { configFile: false, logLevel: 'warn' });
  const shipped = module.csvReader(path.join(root, 'data'));
  const arrow = await module.shippedArrow((spec) => (spec.name in data.files ? Promise.resolve(data.files[spec.name]) : shipped(spec)));
  const files = Object.fromEntries(Object.keys(data.files).map((name) => [name, arrow.get(name)]));
  return { ...data, files, csvBytes: Object.values(data.files).reduce((n, text) => n + Buffer.byteLength(text), 0), arrowBytes: Object.values(files).reduce((n, b) => n + b.length, 0) };
}
