/**
 * What a downloaded chart must say to stand alone (a PNG pasted into minutes, a CSV mailed on):
 * where, when, what is measured, where the numbers come from, what the symbols mean, and
 * whether they are example data. The same lines go under the SVG/PNG and at the foot of the CSV.
 */
import { joinList } from '../format/words';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';

export interface ExportContext {
  /** The municipality (and comparisons) the chart is about: "Mariestad jämfört med Riket". */
  place: string;
  /** "2013–2018". */
  period: string;
  /** The unit of the numbers: "anmälda brott per 100 000 invånare", "antal tillfällen". */
  measure: string;
  source: string;
  /** The chart's subtitle (a caveat such as police-initiated crimes), if any. */
  subtitle?: string;
  /** What the chart's symbols mean: "◆ = …", "▲ = …". */
  symbols?: readonly string[];
  example: boolean;
}

/** The note under every export with example data, in the page's language. */
export function exampleNote(): string {
  return t('export.exampleNote');
}
/** @deprecated The Swedish note; use {@link exampleNote}. */
export const EXAMPLE_NOTE = 'Exempeldata (ofyllda punkter, randiga staplar, * i tabellen): genererade siffror, inte verklig statistik.';

function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}

export function exportNotes(c: ExportContext): string[] {
  const what = [c.place, c.period].filter((s) => s.trim() !== '').join(', ');
  return [
    sentence([what, c.measure].filter((s) => s.trim() !== '').join(': ')),
    c.subtitle ? sentence(c.subtitle) : '',
    ...(c.symbols ?? []).map(sentence),
    c.source ? sentence(t('export.source', { source: c.source })) : '',
    c.example ? exampleNote() : '',
  ].filter((s) => s !== '');
}

/** "Mariestad", or "Mariestad jämfört med Riket och Töreboda". */
export function placeText(main: string, comparisons: readonly string[]): string {
  return comparisons.length === 0 ? main : t('export.comparedWith', { main, others: joinList(comparisons) });
}
