/** The report, its slides and their notes in English (`?lang=en`); the expected sentences are written by hand. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/lib/i18n/locale';
import { buildReport } from '../../../src/lib/report/build';
import { conclusionText, proposalText } from '../../../src/lib/report/text';
import { reportSlides, type Slide } from '../../../src/lib/report/slides';
import { slideAnnouncement, slideNotes, slideTitleData } from '../../../src/lib/report/slide-notes';
import { exportFileName, standaloneHtml } from '../../../src/lib/report/export';
import { footerSource, printFooterCss } from '../../../src/lib/report/print';
import { findingIntervalRows, intervalTable } from '../../../src/lib/report/charts';
import type { IndicatorEvidence } from '../../../src/lib/decision/types';
import { provisionalPromise } from '../../../src/lib/decision/provisional';
import type { PromiseRow } from '../../../src/lib/shape/promise-bands';
import type { ReportActivityRow } from '../../../src/lib/report/queries';

beforeEach(() => setLocale('en'));
afterEach(() => setLocale('sv'));

const evidence = (name: string, verdict: IndicatorEvidence['verdict'], example = false) => ({ categoryId: name, name, verdict, example, warnings: [], sentence: `${name}.` }) as unknown as IndicatorEvidence;
const PROMISE: PromiseRow = { promise_id: 'p', kommunkod: '1', year_from: 2018, year_to: 2019, title: 'T', focus: 'Unga i riskzon', focus_categories: null, text: 'Vi lovade.', source: 's' };
const row = (p: Partial<ReportActivityRow>): ReportActivityRow => ({ activity_id: 'a1', actor: 'kommun', activity_type: 'skolinsats', venue_id: null, venue: null, target_group: null, count: null, description: null, example: false, ...p });

describe('the closing words in English', () => {
  const head = 'From the follow-up and the statistics for 2018 we see ';
  it.each([
    { findings: [evidence('Skadegörelse', 'worsened')], expected: 'a clear deterioration for skadegörelse. The statistics show what has happened, not what the promise has caused. The statistics say nothing in particular about unga i riskzon.' },
    { findings: [evidence('Stöld', 'improved'), evidence('Skadegörelse', 'worsened')], expected: 'a clear improvement for stöld and a clear deterioration for skadegörelse. The statistics show what has happened, not what the promise has caused. The statistics say nothing in particular about unga i riskzon.' },
    {
      findings: [evidence('Stöld', 'cannot-tell', true), evidence('Rån', 'cannot-tell'), evidence('Bedrägeri', 'cannot-tell')],
      expected: 'that we cannot tell whether stöld, rån and bedrägeri changed more than the usual variation between years. The statistics say nothing in particular about unga i riskzon. Note that the crime statistics in this report are example data.',
    },
    { findings: [evidence('Rån', 'too-few')], expected: 'too few crimes to tell anything about rån. The statistics say nothing in particular about unga i riskzon.' },
    { findings: [evidence('Narkotikabrott', 'activity')], expected: 'no assessment of the outcome. Narkotikabrott are reported as police activity, not as an outcome. The statistics say nothing in particular about unga i riskzon.' },
    { findings: [], expected: 'that there are no statistics for the focus area, so the outcome cannot be assessed.' },
  ])('$expected', ({ findings, expected }) => {
    expect(conclusionText(2018, 'Unga i riskzon', findings)).toBe(head + expected);
  });

  it('leaves the proposal to the room, in English', () => {
    expect(proposalText('Unga i riskzon')).toBe("to [fill in what the police and the municipality promise, starting from the promise's focus and the evidence above].");
  });
});

describe('the report model and slides in English', () => {
  const rows = Array.from({ length: 6 }, (_, i) => row({ activity_id: `a${i}`, description: `Punkt ${i}.` }));
  // Built in each test, after the language is switched.
  const build = () => buildReport(PROMISE, 'Ort', 2018, rows, [evidence('Stöld', 'cannot-tell')]);

  it('names the report, and a stand-in without a promise, in English', () => {
    expect(build().heading).toBe('Citizen promise follow-up: Ort');
    const provisional = buildReport(provisionalPromise('1', 'Ort', 2018), 'Ort', 2018, [], []);
    expect(provisional.heading).toBe('Situation report: Ort (no citizen promise in the data)');
  });

  it('titles every slide in English and keeps the data as they are', () => {
    const slides = reportSlides(build(), 'to meet every week.', true);
    expect(slides.map((s) => s.title)).toEqual([
      'Citizen promise follow-up: Ort 2018',
      'What the municipality has done (1 of 2)',
      'What the municipality has done (2 of 2)',
      'Reported crimes per 100,000 inhabitants',
      'Stöld',
      'Proposal for 2019',
    ]);
    const title = slides[0];
    expect(title?.kind === 'title' && [title.promise, title.focus]).toEqual(['Vi lovade.', 'Unga i riskzon']);
    const last = slides.at(-1);
    expect(last?.kind === 'proposal' && last.lines[1]).toBe('We therefore promise for 2019 to meet every week.');
  });

  it('gives each slide an English source line and caveats, and announces "Slide N of M"', () => {
    const ctx = { findings: [], trendExample: true, activitiesExample: true };
    expect(slideNotes({ kind: 'title', id: 't', title: 'T', promise: 'P', focus: 'F' }, ctx).source).toBe('Source: the citizen promise (polisen.se and the municipality).');
    expect(slideNotes({ kind: 'list', id: 'l', title: 'L', items: [{ id: 'a', text: 'x', count: null, example: true }] }, ctx)).toEqual({
      source: "Source: polisen.se and the municipality's activity log (activities).",
      caveats: ['Example data: generated figures, not real statistics.'],
    });
    expect(slideNotes({ kind: 'trend', id: 'trend', title: 'Tr' }, ctx).source).toBe('Source: reported crimes (BRÅ), population (SCB/Kolada).');
    const proposal = slideNotes({ kind: 'proposal', id: 'p', title: 'P', lines: [], data: [] }, ctx);
    expect(proposal.caveats[0]).toBe('The proposal is written by the municipality and the police: the statistics do not decide what you should promise.');
    expect(proposal.source).toBe("Source: polisen.se and the municipality's activity log (activities), BRÅ and SCB/Kolada (statistics).");
    expect(slideAnnouncement({ kind: 'trend', id: 'trend', title: 'Reported crimes' }, 9, 14)).toBe('Slide 9 of 14: Reported crimes');
  });

  it('tells which end of a title is the data\'s own Swedish words, and a survey\'s source name', () => {
    const slides = reportSlides(build(), 'to meet.', false);
    expect(slides.map(slideTitleData)).toEqual([null, null, null, 'Stöld', null]);
    const survey = { kind: 'survey', id: 's', title: 'Survey: Känner sig trygg', evidence: { label: 'Känner sig trygg', source: 'Trygghetsmätningen', warnings: [], example: false }, period: [2018, 2018], municipality: 'Ort' } as unknown as Slide;
    expect(slideTitleData(survey)).toBe('Känner sig trygg');
    expect(slideNotes(survey, { findings: [], trendExample: false, activitiesExample: false })).toEqual({ source: 'Source: Trygghetsmätningen.', sourceName: 'Trygghetsmätningen', caveats: [] });
  });
});

describe('print, export and tables in English', () => {
  it('writes the footer, the file name and the document language in English', () => {
    expect(footerSource(true)).toBe("Source: polisen.se and the municipality's activity log (activities), BRÅ and SCB/Kolada (statistics); parts are example data.");
    expect(footerSource(true, true)).toBe("Sources: polisen.se, the municipality's activity log, BRÅ and SCB/Kolada; partly example data.");
    expect(printFooterCss('Source: BRÅ.', '01/12/2026')).toContain('content: "Source: BRÅ. Printed 01/12/2026 · page " counter(page) " of " counter(pages)');
    expect(exportFileName('Gullspång', 2021)).toBe('follow-up-gullspang-2021.html');
    expect(standaloneHtml({ title: 'T', css: '', body: '<p>x</p>', lang: 'en' })).toContain('<html lang="en">');
  });

  it('heads the interval table in English', () => {
    const e = { categoryId: 'c', name: 'Stöld (inkl. snatteri)', baseline: { from: 2014, to: 2016, count: 300, rate: 1000, low: 900, high: 1100 }, period: { from: 2018, to: 2018, count: 100, rate: 950, low: 800, high: 1120 } } as unknown as IndicatorEvidence;
    const table = intervalTable(findingIntervalRows([e]), 'per 100,000 inhabitants');
    expect(table.columns.map((c) => c.label)).toEqual(['Crime category and years', 'per 100,000 inhabitants', '95% confidence interval']);
  });
});

describe('the Swedish data the closing words quote', () => {
  it('are the focus, the category names a file gave and the survey questions, not the shipped categories (English in the English UI)', async () => {
    const { conclusionData } = await import('../../../src/lib/report/text');
    const { setLocale } = await import('../../../src/lib/i18n/locale');
    setLocale('en');
    try {
      const findings = [
        { categoryId: 'skadegorelse', name: 'Skadegörelse (inkl. mordbrand)' },
        { categoryId: 'bra_13207', name: 'Cykeltillgrepp' },
      ] as unknown as Parameters<typeof conclusionData>[1];
      const survey = [{ label: 'Känner sig trygg i området' }] as unknown as Parameters<typeof conclusionData>[2];
      expect(conclusionData('Unga i riskzon', findings, survey)).toEqual(['Unga i riskzon', 'unga i riskzon', 'Cykeltillgrepp', 'cykeltillgrepp', 'Känner sig trygg i området']);
    } finally {
      setLocale('sv');
    }
  });
});
