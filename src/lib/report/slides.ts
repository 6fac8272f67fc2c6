/** The report cut into meeting slides: one list, chart or finding per slide, large enough for a room. */
import type { IndicatorEvidence } from '../decision/types';
import type { SurveyEvidence } from '../decision/survey-evidence';
import type { ReportItem, ReportModel } from './types';
import { t } from '../i18n/catalogue';
import '../i18n/messages/meeting';

export type Slide =
  /** The promise's text and focus are the data's own words (Swedish in the English UI too). */
  | { kind: 'title'; id: string; title: string; promise: string; focus: string }
  | { kind: 'list'; id: string; title: string; items: ReportItem[] }
  | { kind: 'trend'; id: string; title: string }
  | { kind: 'finding'; id: string; title: string; evidence: IndicatorEvidence }
  | { kind: 'survey'; id: string; title: string; evidence: SurveyEvidence; period: [number, number]; municipality: string }
  | { kind: 'proposal'; id: string; title: string; lines: string[]; data: string[] };

/** At most this many bullets on one slide; longer lists continue on the next. */
export const ITEMS_PER_SLIDE = 5;

function listSlides(id: string, title: string, items: readonly ReportItem[]): Slide[] {
  const pages = Math.ceil(items.length / ITEMS_PER_SLIDE);
  // Evenly filled: 16 items make 4 + 4 + 4 + 4, not 5 + 5 + 5 + 1.
  const size = Math.ceil(items.length / Math.max(1, pages));
  return Array.from({ length: pages }, (_, i) => ({
    kind: 'list' as const,
    id: `${id}-${i + 1}`,
    title: pages > 1 ? `${title} ${t('meeting.part', { n: i + 1, count: pages })}` : title,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

export function reportSlides(model: ReportModel, proposal: string, hasTrend: boolean): Slide[] {
  return [
    { kind: 'title', id: 'title', title: `${model.heading} ${model.year}`, promise: model.promiseText, focus: model.focus },
    ...listSlides('polis', t('meeting.police'), model.police),
    ...listSlides('kommun', t('meeting.kommun'), model.kommun),
    ...listSlides('samverkan', t('meeting.joint'), model.joint),
    ...listSlides('information', t('meeting.information'), model.information),
    // What the promise aims at (trygghet in surveys) first, then the reported crimes (trend, findings).
    ...model.survey.map((e) => ({ kind: 'survey' as const, id: `survey-${e.key.replace(/[^a-z0-9_]+/gi, '-').replace(/-+$/, '')}`, title: `${t('meeting.surveyPrefix')}${e.label}`, evidence: e, period: model.period, municipality: model.municipality })),
    ...(hasTrend ? [{ kind: 'trend' as const, id: 'trend', title: t('meeting.trend') }] : []),
    ...model.findings.map((e) => ({ kind: 'finding' as const, id: `finding-${e.categoryId}`, title: e.name, evidence: e })),
    { kind: 'proposal', id: 'proposal', title: t('meeting.proposal', { year: model.nextYear }), lines: [model.conclusion, t('meeting.promise', { year: model.nextYear, proposal })], data: model.conclusionData },
  ];
}

/** The slide number after a key press (a presenter's clicker sends PageUp/PageDown or arrows), clamped to 1…count; null when the key does not move. */
export function slideAfterKey(key: string, current: number, count: number): number | null {
  const clamp = (n: number) => Math.max(1, Math.min(count, n));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return clamp(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return clamp(current - 1);
    case 'Home':
      return 1;
    case 'End':
      return Math.max(1, count);
    default:
      return null;
  }
}
