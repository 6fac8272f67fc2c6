import { describe, expect, it } from 'vitest';
import { slideAnnouncement, slideNotes } from '../../../src/lib/report/slide-notes';
import { slideAfterKey, type Slide } from '../../../src/lib/report/slides';
import type { IndicatorEvidence, Warning } from '../../../src/lib/decision/types';

const POLICE: Warning = { kind: 'police-initiated', text: 'Narkotikabrott upptäcks främst genom polisens eget arbete.' };
const SMALL: Warning = { kind: 'small-counts', text: 'Färre än 10 brott.' };
const BREAK: Warning = { kind: 'series-break', text: 'Seriebrott 2015.' };
const finding = (name: string, warnings: Warning[], example = false) => ({ categoryId: name, name, warnings, example }) as unknown as IndicatorEvidence;
const ctx = { findings: [finding('Narkotikabrott', [POLICE, BREAK]), finding('Stöld', [BREAK, SMALL])], trendExample: false, activitiesExample: false };

describe('slide notes', () => {
  it.each<{ slide: Slide; source: RegExp; caveats: string[] }>([
    { slide: { kind: 'title', id: 't', title: 'T', promise: 'P', focus: 'F' }, source: /^Källa: medborgarlöftet/, caveats: [] },
    { slide: { kind: 'list', id: 'l', title: 'L', items: [{ id: 'a', text: 'x', count: 1, example: true }] }, source: /^Källa: polisen\.se och kommunens aktivitetslogg/, caveats: ['Exempeldata: genererade siffror, inte verklig statistik.'] },
    { slide: { kind: 'list', id: 'l', title: 'L', items: [{ id: 'a', text: 'x', count: 1, example: false }] }, source: /aktivitetslogg/, caveats: [] },
    // The trend names the police-initiated caveat and the series break once each, not the small counts.
    { slide: { kind: 'trend', id: 'trend', title: 'Tr' }, source: /^Källa: anmälda brott \(BRÅ\), befolkning \(SCB\/Kolada\)\.$/, caveats: [POLICE.text, BREAK.text] },
    { slide: { kind: 'finding', id: 'f', title: 'F', evidence: finding('Stöld', [SMALL, BREAK], true) }, source: /BRÅ/, caveats: [BREAK.text, 'Exempeldata: genererade siffror, inte verklig statistik.'] },
    { slide: { kind: 'finding', id: 'f', title: 'F', evidence: finding('Narkotikabrott', [POLICE]) }, source: /BRÅ/, caveats: [POLICE.text] },
  ])('$slide.kind → $source', ({ slide, source, caveats }) => {
    const n = slideNotes(slide, ctx);
    expect(n.source).toMatch(source);
    expect(n.caveats).toEqual(caveats);
  });

  it('the proposal slide names both sources and that the room decides', () => {
    const n = slideNotes({ kind: 'proposal', id: 'p', title: 'P', lines: [], data: [] }, { ...ctx, activitiesExample: true });
    expect(n.source).toMatch(/polisen\.se.*BRÅ/);
    expect(n.caveats[0]).toMatch(/statistiken avgör inte vad ni ska lova/);
    expect(n.caveats).toHaveLength(2);
  });

  it('announces the number and the title', () => {
    expect(slideAnnouncement({ kind: 'trend', id: 'trend', title: 'Anmälda brott' }, 9, 14)).toBe('Bild 9 av 14: Anmälda brott');
  });

  it.each([
    { key: 'ArrowDown', expected: 4 },
    { key: 'ArrowUp', expected: 2 },
  ])('clicker key $key', ({ key, expected }) => {
    expect(slideAfterKey(key, 3, 8)).toBe(expected);
  });
});
