/**
 * Names to codes: "Mariestads kommun" → 1493 via the municipalities table, and a crime category
 * given as our id, BRÅ's id or BRÅ's name.
 */
import { SWEDISH_MUNICIPALITIES } from './kommuner';
import type { ImportContext } from './types';

export function normalise(s: string): string {
  // BRÅ's yearly file writes "Malung–Sälen" with an en dash; the municipality is "Malung-Sälen".
  return s.normalize('NFC').toLocaleLowerCase('sv-SE').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim();
}

const RIKET_NAMES = new Set(['riket', 'hela landet', 'sverige', 'hela riket']);

/** The municipality's base name: drops "kommun"/"stad", "Region " and the genitive s. */
function candidates(name: string): string[] {
  const n = normalise(name)
    .replace(/^region /, '')
    .replace(/ (kommun|stad|municipality)$/, '');
  return n.endsWith('s') ? [n, n.slice(0, -1)] : [n];
}

export type MunicipalityMatch = { kind: 'known'; kommunkod: string } | { kind: 'elsewhere' } | { kind: 'district' } | { kind: 'unknown' };

/**
 * The storstäder's stadsområden (stadsdelsområden) that BRÅ's tables list beside the
 * municipalities, in their current and earlier divisions: rows for them are parts of Stockholm,
 * Göteborg or Malmö, skipped with a note, never an error.
 */
const DISTRICTS = new Set(
  [
    // Stockholm
    'Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma', 'Kungsholmen', 'Norrmalm', 'Östermalm', 'Södermalm',
    'Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Älvsjö', 'Hägersten-Liljeholmen', 'Hägersten-Älvsjö', 'Skärholmen',
    // Göteborg
    'Angered', 'Östra Göteborg', 'Majorna-Linné', 'Centrum', 'Lundby', 'Norra Hisingen', 'Västra Hisingen', 'Västra Göteborg',
    'Askim-Frölunda-Högsbo', 'Örgryte-Härlanda', 'Nordost', 'Sydväst', 'Hisingen',
    // Malmö
    'Innerstaden', 'Södra Innerstaden', 'Västra Innerstaden', 'Limhamn-Bunkeflo', 'Hyllie', 'Fosie', 'Oxie', 'Rosengård', 'Husie', 'Kirseberg',
    'Söder', 'Väster', 'Öster', 'Norr',
  ].map((n) => n.toLocaleLowerCase('sv-SE')),
);

/**
 * Resolves a cell to a kommunkod. `elsewhere`: a real Swedish municipality the dashboard does not
 * hold (skipped); `unknown`: not a municipality at all (an error).
 */
export function matchMunicipality(cell: string, municipalities: ImportContext['municipalities']): MunicipalityMatch {
  const raw = cell.trim();
  if (/^\d{1,4}$/.test(raw)) {
    const code = /^0+$/.test(raw) ? '00' : raw.padStart(4, '0');
    if (municipalities.some((m) => m.kommunkod === code)) return { kind: 'known', kommunkod: code };
    return raw.length === 4 || code === '00' ? { kind: 'elsewhere' } : { kind: 'unknown' };
  }
  // "1493 Mariestad", as SCB labels regions.
  const coded = /^(\d{4})\s+\S/.exec(raw);
  if (coded?.[1]) return matchMunicipality(coded[1], municipalities);
  if (RIKET_NAMES.has(normalise(raw))) {
    return municipalities.some((m) => m.kommunkod === '00') ? { kind: 'known', kommunkod: '00' } : { kind: 'elsewhere' };
  }
  const names = candidates(raw);
  for (const n of names) {
    const hit = municipalities.find((m) => normalise(m.name) === n);
    if (hit) return { kind: 'known', kommunkod: hit.kommunkod };
  }
  if (names.some((n) => SWEDISH_MUNICIPALITIES.some((s) => normalise(s) === n))) return { kind: 'elsewhere' };
  // "Stockholm: Spånga-Tensta", "Spånga-Tensta stadsdelsområde" or the bare name.
  const district = normalise(raw).replace(/^(stockholm|göteborg|malmö)\s*[:,-]\s*/, '').replace(/ (stadsdelsområde|stadsområde|stadsdel)$/, '');
  if (DISTRICTS.has(district)) return { kind: 'district' };
  return { kind: 'unknown' };
}

/** A category by our id, BRÅ's numeric id, or (case-insensitively) its name; null if none. */
export function matchCategory(cell: string, categories: ImportContext['categories']): string | null {
  const raw = cell.trim();
  if (/^\d+$/.test(raw)) return categories.find((c) => c.bra_id === Number(raw))?.category_id ?? null;
  const n = normalise(raw);
  return categories.find((c) => c.category_id === n || normalise(c.name) === n)?.category_id ?? null;
}

/** ASCII-folded, for finding a category in a file name ("skadegörelse" → "skadegorelse"). */
function fold(s: string): string {
  return normalise(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The category a file name names, e.g. `bra-skadegorelse-2023.csv` → skadegorelse. */
export function categoryFromFileName(fileName: string, categories: ImportContext['categories']): string | null {
  const words = fold(fileName.replace(/\.[a-z0-9]+$/i, '')).split(/[^a-z0-9]+/);
  for (const c of categories) if (words.includes(c.category_id)) return c.category_id;
  const folded = fold(fileName);
  for (const c of categories) {
    const name = fold(c.name).split(/[^a-z0-9]+/)[0] ?? '';
    if (name.length >= 5 && folded.includes(name)) return c.category_id;
  }
  return null;
}
