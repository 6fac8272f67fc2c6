/** Activity counts per year → one short line per year (the page's language) for the charts' time axis. */
import type { ActivityAnnotationRow } from '../queries/annotations';
import { formatNumber } from '../format/number';
import { activityNoun } from '../format/words';
import { t } from '../i18n/catalogue';
import '../i18n/messages/charts';

export interface Annotation {
  year: number;
  label: string;
  example: boolean;
}

/** `37 trygghetsskapande besök`, `1 riktad insats`, with the report's nouns (src/lib/format/words.ts). */
export function countedActivity(count: number, type: string): string {
  const noun = activityNoun(type);
  return `${formatNumber(count)} ${count === 1 ? noun.singular : noun.plural}`;
}

/** One annotation per year with counted activities: its `top` most frequent types, most first. */
export function activityAnnotations(rows: readonly ActivityAnnotationRow[], top = 3): Annotation[] {
  const byYear = new Map<number, ActivityAnnotationRow[]>();
  for (const r of rows) {
    if (!(r.total > 0)) continue;
    byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => {
      const shown = [...list].sort((a, b) => b.total - a.total || a.activity_type.localeCompare(b.activity_type, 'sv')).slice(0, top);
      return { year, label: shown.map((r) => countedActivity(r.total, r.activity_type)).join(', '), example: shown.some((r) => r.example) };
    });
}

/** The annotation as read in a tooltip, list or table cell. */
export function annotationText(a: Annotation): string {
  return `${a.label}${a.example ? ` ${t('chart.exampleParen')}` : ''}`;
}
