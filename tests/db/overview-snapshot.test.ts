/** The build-time snapshot of the default Översikt equals what the live view computes on the shipped data. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDbWithData } from '../../src/lib/db/node';
import { Coordinator } from '../../src/lib/data/coordinator';
import { run } from '../../src/lib/db/run';
import type { Connector } from '../../src/lib/db/types';
import { crimeSeriesQuery, type CrimeRow } from '../../src/lib/queries/crimes';
import { activitiesByTypeQuery, type ActivityByTypeRow } from '../../src/lib/queries/activities';
import { activityAnnotationsQuery, type ActivityAnnotationRow } from '../../src/lib/queries/annotations';
import { defaultFilters, loadMeta } from '../../src/lib/state/meta';
import { buildOverviewSnapshot, overviewModel, overviewRequests, previewFor, snapshotFor, type OverviewSnapshot } from '../../src/lib/state/overview';

let snapshot: OverviewSnapshot;
let live: Coordinator;

beforeAll(async () => {
  // As the build makes it (its own Node twin) and as the page reads it (through JSON).
  const built = await buildOverviewSnapshot(await openNodeDbWithData());
  snapshot = JSON.parse(JSON.stringify(built)) as OverviewSnapshot;
  const engine: Connector = await openNodeDbWithData();
  live = await Coordinator.open(engine);
});

/** data/crimes.csv read without DuckDB (no quoted fields in it). */
function csvCrimes(): { year: number; kommunkod: string; category_id: string; count: number }[] {
  const [head, ...lines] = readFileSync('data/crimes.csv', 'utf8').trim().split('\n');
  const cols = (head ?? '').split(',');
  return lines.map((l) => {
    const v = l.split(',');
    const get = (c: string) => v[cols.indexOf(c)] ?? '';
    return { year: Number(get('year')), kommunkod: get('kommunkod'), category_id: get('category_id'), count: Number(get('count')) };
  });
}

describe('overview snapshot', () => {
  it('draws the same cards, series and marks as the live queries on the default filters', async () => {
    const meta = await loadMeta(live);
    const f = defaultFilters(meta);
    expect(snapshot.filters).toEqual(f);
    const q = overviewRequests(meta, f);
    const [crimes, delivered, activities] = await Promise.all([
      run<CrimeRow>(live, crimeSeriesQuery(q.crimes)),
      run<ActivityByTypeRow>(live, activitiesByTypeQuery(q.delivered)),
      run<ActivityAnnotationRow>(live, activityAnnotationsQuery(q.activities)),
    ]);
    expect(snapshot.delivered).toEqual(delivered);
    const fromSnapshot = overviewModel(snapshot.meta, snapshot.filters, snapshot);
    const fromLive = overviewModel(meta, f, { crimes, activities });
    expect(fromSnapshot).toEqual(fromLive);
    expect(fromSnapshot.headlines.length).toBe(5);
    expect(fromSnapshot.trend.length).toBe(2);
  });

  it('holds the shipped counts of the default municipality and Riket, year by year', () => {
    const { municipality, compare, to } = snapshot.filters;
    const kods = [municipality, ...compare];
    const expected = csvCrimes()
      .filter((r) => kods.includes(r.kommunkod) && r.category_id === 'totalt' && r.year >= snapshot.meta.minYear && r.year <= to)
      .map((r) => `${r.kommunkod} ${r.year} ${r.count}`)
      .sort();
    const got = snapshot.crimes
      .filter((r) => r.category_id === 'totalt')
      .map((r) => `${r.kommunkod} ${r.year} ${r.count}`)
      .sort();
    expect(got).toEqual(expected);
    const total = overviewModel(snapshot.meta, snapshot.filters, snapshot).headlines.find((h) => h.categoryId === 'totalt');
    expect(total?.count).toBe(csvCrimes().find((r) => r.kommunkod === municipality && r.category_id === 'totalt' && r.year === to)?.count);
  });

  it('applies only to a URL without filters', () => {
    expect(previewFor('', snapshot)).toBe(snapshot);
    expect(previewFor('?view=oversikt', snapshot)).toBe(snapshot);
    expect(previewFor('?view=brott', snapshot)).toBeNull();
    expect(previewFor('?view=oversikt&municipality=1480', snapshot)).toBeNull();
    // The language is no filter: English draws the same snapshot.
    expect(previewFor('?view=oversikt&lang=en', snapshot)).toBe(snapshot);
    expect(previewFor('?view=brott&lang=en', snapshot)).toBeNull();
  });

  it('stands in for live rows only under the filters it was computed for', () => {
    const f = snapshot.filters;
    expect(snapshotFor(snapshot, { ...f, compare: [...f.compare] })).toBe(snapshot);
    expect(snapshotFor(snapshot, { ...f, to: f.to - 1 })).toBeNull();
    expect(snapshotFor(snapshot, { ...f, compare: [] })).toBeNull();
    expect(snapshotFor(null, f)).toBeNull();
  });
});
