/**
 * The agencies' JSON answers beyond json-stat2: SCB PxWeb v1 "json", json-stat 1.x, and Kolada's
 * paging (v2 `next_page`, v3 `next_url`). The files here are written from the documented shapes;
 * real answers are in tests/db/real-files.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { jsonTable } from '../../../src/lib/import/json';
import { ImportFailure } from '../../../src/lib/import/types';

const v1 = (columns: { code: string; text: string; type: string }[], data: { key: string[]; values: string[] }[]) => JSON.stringify({ columns, comments: [], data, metadata: [{ label: 'Folkmängd', source: 'SCB' }] });

function refusal(text: string): ImportFailure {
  try {
    jsonTable(text, 'svar.json');
  } catch (e) {
    if (e instanceof ImportFailure) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('SCB PxWeb v1 "json"', () => {
  const region = { code: 'Region', text: 'region', type: 'd' };
  const tid = { code: 'Tid', text: 'år', type: 't' };
  const folk = { code: 'BE0101N1', text: 'Folkmängd', type: 'c' };

  it('reads Region, Tid and the folkmängd column; "1+2" for kön is the total', () => {
    const raw = jsonTable(v1([region, { code: 'Kon', text: 'kön', type: 'd' }, tid, folk], [{ key: ['1493', '1+2', '2020'], values: ['24513'] }, { key: ['1496', '1+2', '2020'], values: ['..'] }]), 'svar.json');
    expect(raw.columns).toEqual(['Region', 'Tid', 'value']);
    expect(raw.rows).toEqual([
      ['1493', '2020', '24513'],
      ['1496', '2020', '..'],
    ]);
  });

  it('refuses a dimension with several values, naming it and the values', () => {
    const e = refusal(v1([region, { code: 'Alder', text: 'ålder', type: 'd' }, tid, folk], [{ key: ['1493', '0', '2020'], values: ['250'] }, { key: ['1493', '1', '2020'], values: ['260'] }]));
    expect(e.message).toMatch(/dimensionen ”ålder” har 2 värden \(0, 1 …\)/);
  });

  it('refuses a content that is not folkmängd, naming it', () => {
    const e = refusal(v1([region, tid, { code: 'BE0101N2', text: 'Folkökning', type: 'c' }], [{ key: ['1493', '2020'], values: ['12'] }]));
    expect(e.message).toMatch(/innehållet ”Folkökning” \(BE0101N2\) är inte folkmängd/);
  });
});

describe('json-stat 1.x', () => {
  const bundle = (kon: string, label: string) =>
    JSON.stringify({
      befolkning: {
        label: 'Folkmängd efter region, kön och år',
        source: 'SCB',
        value: [24513],
        dimension: {
          id: ['Region', 'Kon', 'ContentsCode', 'Tid'],
          size: [1, 1, 1, 1],
          role: { geo: ['Region'], metric: ['ContentsCode'], time: ['Tid'] },
          Region: { label: 'region', category: { index: { '1493': 0 }, label: { '1493': 'Mariestad' } } },
          Kon: { label: 'kön', category: { index: { [kon]: 0 }, label: { [kon]: label } } },
          ContentsCode: { label: 'tabellinnehåll', category: { index: { BE0101N1: 0 }, label: { BE0101N1: 'Folkmängd' } } },
          Tid: { label: 'år', category: { index: { '2020': 0 }, label: { '2020': '2020' } } },
        },
      },
    });

  it('reads a named dataset at its totals', () => {
    const raw = jsonTable(bundle('1+2', 'totalt'), 'svar.json');
    expect(raw.columns).toEqual(['Region', 'Kon', 'ContentsCode', 'Tid', 'value']);
    expect(raw.rows).toEqual([['1493', '1+2', 'BE0101N1', '2020', '24513']]);
  });

  it('refuses a part, naming the dimension and its label', () => {
    expect(refusal(bundle('2', 'kvinnor')).message).toMatch(/dimensionen ”kön” har värdet ”kvinnor”, inte totalen/);
  });
});

describe('Kolada paging', () => {
  const page = (extra: Record<string, unknown>) =>
    JSON.stringify({ count: 1, values: [{ kpi: 'N01951', municipality: '1493', period: 2020, values: [{ gender: 'T', status: '', value: 24513 }] }], ...extra });

  it('v2: next_page set is noted with its address; the page itself is read', () => {
    const url = 'http://api.kolada.se/v2/data/kpi/N01951/year/2020?page=2&per_page=1';
    const raw = jsonTable(page({ next_page: url, previous_page: null }), 'sida1.json');
    expect(raw.rows).toEqual([['N01951', '1493', '2020', '24513', '']]);
    expect(raw.notes?.[0]).toContain(`fler sidor finns, nästa på ${url}`);
    expect(raw.notes?.[0]).toMatch(/hämtar ingenting från nätet/);
  });

  it('v3: next_url is noted the same way; the last page (null) has no note', () => {
    const url = 'https://api.kolada.se/v3/data?kpi=N01951&page=3';
    expect(jsonTable(page({ next_url: url }), 'v3.json').notes?.[0]).toContain(url);
    expect(jsonTable(page({ next_page: null }), 'sista.json').notes).toEqual([]);
  });
});
