/**
 * What every meeting slide says at its foot: where its numbers come from and what to keep in mind
 * (police-initiated categories, series breaks, example data), so a slide shown on its own is honest.
 */
import type { IndicatorEvidence, WarningKind } from '../decision/types';
import type { Slide } from './slides';
import { footerSource } from './print';
import { t } from '../i18n/catalogue';
import '../i18n/messages/meeting';
import '../i18n/messages/report';

export interface SlideNotes {
  source: string;
  /** The source's name when it is the data's own (a survey's), for marking its language. */
  sourceName?: string;
  caveats: string[];
}


/** Warnings worth a line on a slide; the rest (small counts, preliminary years) are in the sentence or the report. */
const ON_SLIDE: readonly WarningKind[] = ['police-initiated', 'series-break', 'regression-to-mean', 'preliminary'];

interface Context {
  findings: readonly IndicatorEvidence[];
  /** The trend chart draws example data. */
  trendExample: boolean;
  activitiesExample: boolean;
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}

export function slideNotes(slide: Slide, ctx: Context): SlideNotes {
  const ACTIVITY_SOURCE = t('meeting.sourceActivities');
  const STATISTICS_SOURCE = t('meeting.sourceStatistics');
  const EXAMPLE = t('meeting.example');
  switch (slide.kind) {
    case 'title':
      return { source: t('meeting.sourceTitle'), caveats: [] };
    case 'list':
      return { source: ACTIVITY_SOURCE, caveats: slide.items.some((i) => i.example) ? [EXAMPLE] : [] };
    case 'trend': {
      const caveats = ctx.findings.flatMap((e) => e.warnings.filter((w) => w.kind === 'police-initiated' || w.kind === 'series-break').map((w) => w.text));
      return { source: STATISTICS_SOURCE, caveats: unique([...caveats, ...(ctx.trendExample ? [EXAMPLE] : [])]) };
    }
    case 'finding': {
      const caveats = slide.evidence.warnings.filter((w) => ON_SLIDE.includes(w.kind)).map((w) => w.text);
      return { source: STATISTICS_SOURCE, caveats: unique([...caveats, ...(slide.evidence.example ? [EXAMPLE] : [])]) };
    }
    case 'survey':
      return { source: t('report.source', { source: slide.evidence.source }), sourceName: slide.evidence.source, caveats: unique([...slide.evidence.warnings, ...(slide.evidence.example ? [EXAMPLE] : [])]) };
    case 'proposal':
      return {
        source: footerSource(false),
        caveats: [t('meeting.proposalCaveat'), ...(ctx.activitiesExample ? [EXAMPLE] : [])],
      };
  }
}

/** The data's own words at the end of a slide's title (a category or survey question), or null. */
export function slideTitleData(slide: Slide): string | null {
  if (slide.kind === 'finding') return slide.title;
  if (slide.kind === 'survey') return slide.evidence.label;
  return null;
}

/** What the live region says when the slide changes: its number and its title. */
export function slideAnnouncement(slide: Slide, n: number, count: number): string {
  return t('meeting.announce', { n, count, title: slide.title });
}
