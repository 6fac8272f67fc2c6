import { describe, expect, it } from 'vitest';
import { actorItems, reportLists, tailAfterNoun } from '../../src/lib/report/items';
import type { ReportActivityRow } from '../../src/lib/report/queries';
import { reportSlides, slideAfterKey } from '../../src/lib/report/slides';
import { conclusionText, proposalText } from '../../src/lib/report/text';
import { reportYear, buildReport } from '../../src/lib/report/build';
import { cleanMarkup, exportFileName, safeCss, standaloneHtml } from '../../src/lib/report/export';
import { cssString, printFooterCss } from '../../src/lib/report/print';
import type { IndicatorEvidence } from '../../src/lib/decision/types';
import type { PromiseRow } from '../../src/lib/shape/promise-bands';

let seq = 0;
function row(p: Partial<ReportActivityRow>): ReportActivityRow {
  seq += 1;
  return { activity_id: `a${String(seq).padStart(3, '0')}`, actor: 'polis', activity_type: 'riktad insats', venue_id: null, venue: null, target_group: null, count: null, description: null, example: false, ...p };
}

describe('counted items', () => {
  it.each([
    { rows: [row({ count: 6, description: 'Sex (6) riktade insatser utifrån uppkommen problembild.' })], expected: 'Sex (6) riktade insatser utifrån uppkommen problembild.' },
    { rows: [row({ count: 13, activity_type: 'informationsmöte', description: '13 (tretton) informationsmöten, riktade till personal.' })], expected: 'Tretton (13) informationsmöten, riktade till personal.' },
    { rows: [row({ count: 1, activity_type: 'informationsmöte' })], expected: 'Ett (1) informationsmöte.' },
    {
      rows: [row({ count: 3, activity_type: 'trygghetsskapande besök', venue: 'Resecentrum' }), row({ count: 4, activity_type: 'trygghetsskapande besök', venue: 'Elvärket' })],
      expected: 'Sju (7) trygghetsskapande besök vid Resecentrum och Elvärket.',
    },
    { rows: [row({ count: 4 }), row({ count: 2, venue: 'Vadsboskolan' })], expected: 'Sex (6) riktade insatser, varav 2 vid Vadsboskolan.' },
    { rows: [row({ count: 2, activity_type: 'drogtest', target_group: 'unga' }), row({ count: 3, activity_type: 'drogtest' })], expected: 'Fem (5) drogtester, riktade till unga.' },
  ])('$expected', ({ rows, expected }) => {
    expect(actorItems(rows).map((i) => i.text)).toEqual([expected]);
  });

  it('reads the tail after the noun, or nothing', () => {
    expect(tailAfterNoun('Sex (6) riktade insatser utifrån problembild.', 'riktade insatser')).toBe(' utifrån problembild');
    expect(tailAfterNoun('Något annat.', 'riktade insatser')).toBeNull();
    expect(tailAfterNoun(null, 'riktade insatser')).toBeNull();
  });
});

describe('items without a count', () => {
  it('keeps the wording, drops duplicates and rows another row covers, merges "X: place" rows', () => {
    const rows = [
      row({ actor: 'kommun', activity_type: 'närvaro på ungas arenor', venue: 'Skolor', description: 'Besök på ungas arenor: skolor.' }),
      row({ actor: 'kommun', activity_type: 'skolinsats', description: 'Arbete med stärkt självkänsla.' }),
      row({ actor: 'kommun', activity_type: 'närvaro på ungas arenor', venue: 'Elvärket', description: 'Besök på ungas arenor: Elvärket.' }),
      row({ actor: 'kommun', activity_type: 'närvaro på ungas arenor', venue: 'Cruising', description: 'Besök på ungas arenor: Cruising.' }),
      row({ actor: 'kommun', activity_type: 'föräldramöte', venue: 'Skolor', description: 'Information till föräldrar i skolan och vid klassfotbollen.' }),
      row({ actor: 'kommun', activity_type: 'föräldramöte', venue: 'Klassfotbollen', description: 'Se raden ovan.' }),
      row({ actor: 'kommun', activity_type: 'drogtest', description: 'Drogtester.' }),
      row({ actor: 'kommun', activity_type: 'drogtest', description: 'Drogtester' }),
      row({ actor: 'kommun', activity_type: 'utbildning', venue: 'Skolor' }),
    ];
    expect(actorItems(rows).map((i) => i.text)).toEqual([
      'Besök på ungas arenor: skolor, Elvärket och Cruising.',
      'Arbete med stärkt självkänsla.',
      'Information till föräldrar i skolan och vid klassfotbollen.',
      'Drogtester.',
      'Utbildning vid Skolor.',
    ]);
  });

  it('puts counted items first and sorts records into the lists by actor and type', () => {
    const lists = reportLists([
      row({ actor: 'polis', activity_type: 'trygghetsskapande arbete', description: 'Närvaro.' }),
      row({ actor: 'polis', count: 2 }),
      row({ actor: 'samverkan', activity_type: 'kommunikation', description: 'Information i lokal media.' }),
      row({ actor: 'samverkan', activity_type: 'samverkansmöte', description: 'Ungdomsforum.', example: true }),
    ]);
    expect(lists.police.map((i) => i.text)).toEqual(['Två (2) riktade insatser.', 'Närvaro.']);
    expect(lists.information.map((i) => i.text)).toEqual(['Information i lokal media.']);
    expect(lists.joint.map((i) => i.example)).toEqual([true]);
    expect(lists.kommun).toEqual([]);
  });
});

const evidence = (name: string, verdict: IndicatorEvidence['verdict'], example = false) => ({ categoryId: name, name, verdict, example, sentence: `${name} mening.` }) as IndicatorEvidence;
const PROMISE: PromiseRow = { promise_id: 'p', kommunkod: '1', year_from: 2018, year_to: 2019, title: 'T', focus: 'Unga i riskzon', focus_categories: null, text: 'Vi lovade.', source: 's' };

describe('closing words', () => {
  const head = 'Utifrån uppföljningen och statistik för 2018 så ser vi ';
  it.each([
    { findings: [evidence('Skadegörelse', 'worsened')], re: /^en tydlig försämring för skadegörelse\. Statistiken visar vad som har hänt, inte vad löftet har orsakat\. Statistiken säger inget särskilt om unga i riskzon\.$/ },
    { findings: [evidence('Stöld', 'improved')], re: /^en tydlig förbättring för stöld\. Statistiken visar vad som har hänt, inte vad löftet har orsakat\./ },
    { findings: [evidence('Stöld', 'improved'), evidence('Skadegörelse', 'worsened')], re: /^en tydlig förbättring för stöld och en tydlig försämring för skadegörelse\./ },
    { findings: [evidence('Stöld', 'cannot-tell', true)], re: /^att det inte går att avgöra om stöld har förändrats mer än den vanliga variationen mellan åren\. Statistiken säger inget särskilt om unga i riskzon\..*exempeldata\.$/ },
    { findings: [evidence('Rån', 'too-few')], re: /^för få brott för att avgöra något om rån\./ },
    { findings: [evidence('Narkotikabrott', 'activity')], re: /^ingen bedömning av utfallet\. Narkotikabrott redovisas som polisens aktivitet, inte som utfall\./ },
    { findings: [], re: /^att statistik för fokusområdet saknas, så utfallet går inte att bedöma\.$/ },
  ])('$re', ({ findings, re }) => {
    const text = conclusionText(2018, 'Unga i riskzon', findings);
    expect(text.startsWith(head)).toBe(true);
    expect(text.slice(head.length)).toMatch(re);
    expect(text).not.toMatch(/fortsätt|behov/i);
  });

  it('proposes nothing by default: a placeholder to fill in', () => {
    expect(proposalText('Unga i riskzon')).toBe('att [fyll i vad polisen och kommunen lovar, med utgångspunkt i fokus på unga i riskzon och underlaget ovan].');
    expect(proposalText('Unga')).not.toMatch(/fortsätt/);
  });

  it.each([
    { requested: null, expected: 2019 },
    { requested: 2018, expected: 2018 },
    { requested: 2017, expected: 2019 },
    { requested: 2024, expected: 2019 },
  ])('report year for $requested → $expected', ({ requested, expected }) => {
    expect(reportYear(PROMISE, requested, 2024)).toBe(expected);
  });
});

describe('slides', () => {
  const model = buildReport(PROMISE, 'Ort', 2018, Array.from({ length: 16 }, (_, i) => row({ actor: 'kommun', activity_type: 'skolinsats', description: `Punkt ${i}.` })), [evidence('Stöld', 'cannot-tell')]);
  const slides = reportSlides(model, 'att fortsätta.', true);
  it('starts with the title, balances long lists and ends with the proposal', () => {
    expect(slides.map((s) => s.kind)).toEqual(['title', 'list', 'list', 'list', 'list', 'trend', 'finding', 'proposal']);
    expect(slides.filter((s) => s.kind === 'list').map((s) => (s.kind === 'list' ? s.items.length : 0))).toEqual([4, 4, 4, 4]);
    expect(slides[1]?.title).toBe('Detta har kommunen gjort (1 av 4)');
    const last = slides.at(-1);
    expect(last?.kind === 'proposal' && last.lines[1]).toBe('Vi lovar därför inför 2019 att fortsätta.');
  });

  it.each([
    { key: 'ArrowRight', current: 1, expected: 2 },
    { key: ' ', current: 2, expected: 3 },
    { key: 'PageDown', current: 8, expected: 8 },
    { key: 'ArrowLeft', current: 1, expected: 1 },
    { key: 'PageUp', current: 5, expected: 4 },
    { key: 'Home', current: 5, expected: 1 },
    { key: 'End', current: 2, expected: 8 },
    { key: 'a', current: 2, expected: null },
  ])('$key on $current → $expected', ({ key, current, expected }) => {
    expect(slideAfterKey(key, current, 8)).toBe(expected);
  });
});

describe('HTML export and print footer', () => {
  it('writes a standalone page without scripts, handlers or external sources', () => {
    const html = standaloneHtml({ title: 'A <b>', css: 'p{color:red}', body: '<div onclick="x()"><!----><p>Hej</p><script>alert(1)</script><img src="https://x/y.png"><svg></svg></div>' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>A &lt;b&gt;</title>');
    expect(html).toContain('<style>\np{color:red}\n</style>');
    expect(html).toContain('<p>Hej</p>');
    expect(html).toContain('<svg></svg>');
    expect(html).not.toMatch(/<script|onclick|<!--|https:/);
  });

  it.each([
    { rules: ['p{color:red}', '@font-face{font-family:x;src:url(x.woff)}', '@import "x.css";', '.a{background:url(http://x)}'], expected: 'p{color:red}' },
  ])('keeps only CSS that fetches nothing', ({ rules, expected }) => {
    expect(safeCss(rules)).toBe(expected);
  });

  it.each([
    { name: 'Mariestad', year: 2018, expected: 'uppfoljning-mariestad-2018.html' },
    { name: 'Gullspång', year: 2021, expected: 'uppfoljning-gullspang-2021.html' },
    { name: 'Riket (alla)', year: 2020, expected: 'uppfoljning-riket-alla-2020.html' },
  ])('$expected', ({ name, year, expected }) => {
    expect(exportFileName(name, year)).toBe(expected);
  });

  it('escapes the footer text into CSS margin boxes', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
    expect(cleanMarkup('<p onclick="x">a</p>')).toBe('<p>a</p>');
    const css = printFooterCss('Källa: BRÅ.', '2026-11-23');
    expect(css).toContain('@bottom-left { content: "Källa: BRÅ. Utskrivet 2026-11-23 · sida " counter(page) " av " counter(pages)');
    expect(css).toContain('Utskrivet 2026-11-23');
    expect(css).toContain('counter(page)');
  });
});
