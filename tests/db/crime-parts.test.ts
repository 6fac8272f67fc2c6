/**
 * The crime series asked municipality by municipality, on the real Node twin and the shipped data:
 * the parts hold exactly the rows the single query gives (in its order once put together), and a
 * new comparison sends one query, for that municipality alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { Coordinator } from '../../src/lib/data/coordinator';
import { run } from '../../src/lib/db/run';
import { rowsOf } from '../../src/lib/db/columns';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { askCrimeParts, fillCrimeIndex } from '../../src/lib/state/crime-query';
import { crimeSeriesFromParts, rowsOfParts } from '../../src/lib/shape/crime-parts';
import { crimeSeriesFor } from '../../src/lib/shape/crime-series';
import { loadMeta } from '../../src/lib/state/meta';
import type { Connector } from '../../src/lib/db/types';

let engine: Connector;
let coordinator: Coordinator;
beforeAll(async () => {
  engine = await openNodeDbWithData();
  coordinator = await Coordinator.open(engine);
});

const ask = (kommunkoder: string[], from = 2012) => ({ kommunkoder, categoryIds: ['totalt', 'skadegorelse', 'misshandel'], from, to: 2024 });

describe('crime series by municipality', () => {
  it('gives the rows and series of the single query', async () => {
    const codes = ['1493', '00', '1494', '1496'];
    const single = await run<CrimeRow>(engine, crimeSeriesQuery(ask(codes)));
    const parts = await askCrimeParts(coordinator, ask(codes));
    const order = (await loadMeta(engine)).categories.map((cat) => cat.category_id);
    expect(single.length).toBeGreaterThan(100);
    expect(rowsOfParts(parts, codes, order)).toEqual(single);
    for (const category of ['totalt', 'skadegorelse']) {
      expect(crimeSeriesFromParts(parts, category, 'rate', codes)).toEqual(crimeSeriesFor(single, category, 'rate', codes));
    }
    // The first answer started filling the crime index in the background: let it finish, so its
    // queries are not counted in the next test.
    await fillCrimeIndex(coordinator);
  });

  it('before the crime index is filled: a new comparison sends one query; taking it away and bringing it back sends none', async () => {
    // Only what askCrimeParts uses of the coordinator, without its onInvalidate: no index is filled
    // for it, so every answer comes through the coordinator's cache or DuckDB, as before the index.
    const c = { queryColumns: (q, o) => coordinator.queryColumns(q, o), get stats() { return coordinator.stats; } } as Pick<Connector, 'queryColumns'> as Connector & { stats: Coordinator['stats'] };
    // Years not asked in the test above, so nothing of this is in the cache yet.
    await askCrimeParts(c, ask(['1493', '00'], 2016));
    const sent = c.stats.sent;
    const withLidkoping = await askCrimeParts(c, ask(['1493', '00', '1494'], 2016));
    expect(c.stats.sent - sent).toBe(1);
    // That one query asked for Lidköping's rows only.
    const lidkoping = withLidkoping.get('1494');
    expect(lidkoping && new Set(rowsOf(lidkoping).map((r) => r.kommunkod))).toEqual(new Set(['1494']));
    await askCrimeParts(c, ask(['1493', '00'], 2016));
    const again = await askCrimeParts(c, ask(['1493', '00', '1494'], 2016));
    expect(c.stats.sent - sent).toBe(1);
    expect(again.get('1494')).toBe(lidkoping);
  });
});
