/**
 * BRÅ's periods: `Periodtyp` (År, Kvartal, Månad) with `Periodnyckel`, `År`, `Månad`, `Kvartal`.
 * A month or a quarter is never a year: sub-year counts stay sub-year, and a year is derived
 * from them only when all 12 months (or all 4 quarters) are there, with a count each;
 * preliminary if any part is.
 */
import { normalise } from './names';

export type PeriodType = 'ar' | 'kvartal' | 'manad';

export interface Period {
  type: PeriodType;
  year: number;
  /** 1–12 for a month. */
  month: number | null;
  /** 1–4 for a quarter (a month's quarter too). */
  quarter: number | null;
  /** `2026`, `2026-K3`, `2026-08`: sortable, the table's key. */
  key: string;
}

const TYPES: Readonly<Record<string, PeriodType>> = {
  år: 'ar', ar: 'ar', helår: 'ar', year: 'ar', yearly: 'ar', årsvis: 'ar',
  kvartal: 'kvartal', quarter: 'kvartal', quarterly: 'kvartal', kvartalsvis: 'kvartal',
  månad: 'manad', manad: 'manad', month: 'manad', monthly: 'manad', månadsvis: 'manad',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTHS_EN: Readonly<Record<string, number>> = { may: 5, oct: 10 };

export function periodType(cell: string | null): PeriodType | null {
  return TYPES[normalise(cell ?? '')] ?? null;
}

/** "8", "08", "Aug", "augusti", "August" → 8. */
export function monthNumber(cell: string | null): number | null {
  const t = normalise(cell ?? '').replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  const i = MONTHS.indexOf(t.slice(0, 3));
  if (i >= 0 && t.length >= 3) return i + 1;
  return MONTHS_EN[t.slice(0, 3)] ?? null;
}

/** "3", "K3", "Q3", "kvartal 3" → 3. */
export function quarterNumber(cell: string | null): number | null {
  const m = /^(?:k|q|kv|kvartal)?\s*([1-4])$/.exec(normalise(cell ?? ''));
  return m?.[1] ? Number(m[1]) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodKey(type: PeriodType, year: number, part: number | null): string {
  if (type === 'ar') return String(year);
  return type === 'kvartal' ? `${year}-K${part}` : `${year}-${pad(part ?? 0)}`;
}

export interface PeriodCells {
  type: string | null;
  key: string | null;
  year: string | null;
  month: string | null;
  quarter: string | null;
}

/**
 * The period of one row, from its Periodnyckel (`2026`, `2026-08`, `202608`, `2026M08`,
 * `2026-K3`, `2026K3`, `2026Q3`, or a first day such as `2026-07-01`) or else its År, Månad and
 * Kvartal; null when the row does not say, or contradicts itself (a Månad row without a month).
 */
export function readPeriod(c: PeriodCells): Period | null {
  const type = periodType(c.type);
  if (type === null) return null;
  const key = normalise(c.key ?? '').replace(/\s/g, '');
  let year: number | null = null;
  let part: number | null = null;
  const m = /^(\d{4})(?:[-/]?(?:(m)?(\d{1,2})|(k|q)([1-4])))?$/.exec(key);
  // The scraped database's `timepoint`: the period's first day, `2000-01-01`, `2016-07-01`.
  const day = /^(\d{4})-(\d{2})-01$/.exec(key);
  if (day?.[1] && day[2]) {
    year = Number(day[1]);
    const month = Number(day[2]);
    if (type === 'manad') part = month;
    if (type === 'kvartal') part = (month - 1) % 3 === 0 ? (month + 2) / 3 : null;
    if (type === 'ar' && month !== 1) return null;
  } else if (m?.[1]) {
    year = Number(m[1]);
    if (m[3]) part = type === 'manad' ? Number(m[3]) : type === 'kvartal' && !m[2] ? quarterNumber(m[3]) : null;
    if (m[5]) part = type === 'kvartal' ? Number(m[5]) : null;
  }
  if (year === null) {
    // `2026`, or the scraped database's label `År, 2000` / `År, 2016 prel.`.
    const y = /^\s*(?:år,?\s*)?(\d{4})/i.exec(c.year ?? '');
    if (y?.[1]) year = Number(y[1]);
  }
  if (year === null) return null;
  if (type === 'manad') part ??= monthNumber(c.month);
  if (type === 'kvartal') part ??= quarterNumber(c.quarter);
  if (type !== 'ar' && (part === null || (type === 'manad' && (part < 1 || part > 12)))) return null;
  const month = type === 'manad' ? part : null;
  const quarter = type === 'kvartal' ? part : month === null ? null : Math.ceil(month / 3);
  return { type, year, month, quarter, key: periodKey(type, year, part) };
}

export interface PartCount {
  /** Groups the parts of one year: e.g. `${kommunkod}|${category_id}`. */
  series: string;
  period: Period;
  count: number | null;
  preliminary: boolean;
}

export interface DerivedYear {
  series: string;
  year: number;
  count: number;
  preliminary: boolean;
  from: 'manad' | 'kvartal';
}

/**
 * Years made from sub-year parts: from 12 months, or else from 4 quarters, each with a count.
 * A year with a part missing (or suppressed) is not made at all.
 */
export function deriveYears(parts: readonly PartCount[]): DerivedYear[] {
  const groups = new Map<string, { months: Map<number, PartCount>; quarters: Map<number, PartCount> }>();
  for (const p of parts) {
    if (p.period.type === 'ar') continue;
    const k = `${p.series}\u0000${p.period.year}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { months: new Map(), quarters: new Map() }));
    if (p.period.type === 'manad' && p.period.month !== null) g.months.set(p.period.month, p);
    if (p.period.type === 'kvartal' && p.period.quarter !== null) g.quarters.set(p.period.quarter, p);
  }
  const out: DerivedYear[] = [];
  for (const [k, g] of groups) {
    const [series = '', year = ''] = k.split('\u0000');
    for (const [from, map, need] of [['manad', g.months, 12], ['kvartal', g.quarters, 4]] as const) {
      const list = [...map.values()];
      if (list.length !== need || list.some((p) => p.count === null)) continue;
      out.push({ series, year: Number(year), count: list.reduce((s, p) => s + (p.count ?? 0), 0), preliminary: list.some((p) => p.preliminary), from });
      break;
    }
  }
  return out;
}
