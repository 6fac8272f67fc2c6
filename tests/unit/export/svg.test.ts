import { describe, expect, it } from 'vitest';
import { escapeXml, inlineStyle, localIds, svgDocument, wrapText } from '../../../src/lib/export/svg';

describe('inlineStyle', () => {
  it.each([
    [{ fill: 'rgb(0, 0, 0)', stroke: 'none' }, ['fill', 'stroke'], 'fill:rgb(0, 0, 0);stroke:none'],
    [{ fill: ' red ', stroke: '' }, ['fill', 'stroke'], 'fill:red'],
    [{}, ['fill'], ''],
  ])('%j', (styles: Record<string, string>, props, expected) => {
    expect(inlineStyle((p) => styles[p] ?? '', props)).toBe(expected);
  });
});

describe('escapeXml', () => {
  it.each([
    ['Stöld & snatteri', 'Stöld &amp; snatteri'],
    ['<3 "fall"', '&lt;3 &quot;fall&quot;'],
    ["it's", 'it&apos;s'],
  ])('%j → %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('svgDocument', () => {
  const legend = [{ label: 'Mariestad', colour: '#0b5394', dash: '' }, { label: 'Riket & <övriga>', colour: '#999', dash: '4 2' }];
  const doc = svgDocument({ title: 'Stöld & snatteri', inner: '<path d="M0 0L1 1" style="fill:none"/>', width: 600, height: 300, legend });
  it('is a standalone document with an XML header, a namespace and the size', () => {
    expect(doc.text.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(doc.text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(doc.text).toContain(`width="${doc.width}" height="${doc.height}"`);
    expect(doc.width).toBe(624);
    expect(doc.height).toBe(12 + 28 + 300 + 20 + 12);
  });
  it('holds the title, the chart and the legend, escaped', () => {
    expect(doc.text).toContain('<title>Stöld &amp; snatteri</title>');
    expect(doc.text).toContain('<g transform="translate(12 40)"><path d="M0 0L1 1" style="fill:none"/></g>');
    expect(doc.text).toContain('Riket &amp; &lt;övriga&gt;');
    expect(doc.text).toContain('stroke-dasharray="4 2"');
  });
  it('leaves the legend out for a single series', () => {
    const one = svgDocument({ title: 't', inner: '', width: 100, height: 50, legend: legend.slice(0, 1) });
    expect(one.text).not.toContain('Mariestad');
    expect(one.height).toBe(12 + 28 + 50 + 12);
  });
});

describe('wrapText', () => {
  it.each([
    ['', 10, []],
    ['kort', 10, ['kort']],
    ['Källa: BRÅ och Kolada', 10, ['Källa: BRÅ', 'och Kolada']],
    ['ettmycketlångtord x', 5, ['ettmycketlångtord', 'x']],
  ])('%j at %d', (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

describe('svgDocument notes', () => {
  it('adds wrapped note lines under the chart and grows the height', () => {
    const doc = svgDocument({ title: 't', inner: '', width: 120, height: 50, legend: [], notes: ['Källa: BRÅ (anmälda brott), Kolada/SCB (befolkning).', 'Exempeldata <ej verklig>'] });
    expect(doc.text).toContain('Källa: BRÅ (anmälda');
    expect(doc.text).toContain('>Exempeldata &lt;ej</text>');
    expect(doc.text).toContain('>verklig&gt;</text>');
    // 120 px wide: 20 characters a line, so 3 + 2 lines.
    expect(doc.height).toBe(12 + 28 + 50 + 8 + 5 * 15 + 12);
  });
});

describe('localIds', () => {
  it.each([
    { input: '<pattern id="hatch-s4">', suffix: 's4', expected: '<pattern id="hatch">' },
    { input: 'fill:url(&quot;#hatch-s4&quot;)', suffix: 's4', expected: 'fill:url(&quot;#hatch&quot;)' },
    { input: '<use href="#clip-s4"/>', suffix: 's4', expected: '<use href="#clip"/>' },
    // Another chart's suffix, a longer suffix and plain text stay as they are.
    { input: '<pattern id="hatch-s41">', suffix: 's4', expected: '<pattern id="hatch-s41">' },
    { input: '<text>2018-s4</text>', suffix: 's4', expected: '<text>2018-s4</text>' },
    { input: '<pattern id="hatch-s4">', suffix: '', expected: '<pattern id="hatch-s4">' },
  ])('$input without -$suffix', ({ input, suffix, expected }) => {
    expect(localIds(input, suffix)).toBe(expected);
  });
});
