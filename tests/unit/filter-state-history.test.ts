/**
 * FilterState's history entries: written after the frame that shows the change, one entry per
 * change all the same, never after the browser moved to another entry (back/forward).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame, FilterState } from '../../src/lib/state/filters.svelte';
import type { Filters, KnownValues } from '../../src/lib/data/filters';

const known: KnownValues = { minYear: 2010, maxYear: 2024, municipalities: ['1493', '1494', '00'], categories: ['totalt'], venues: [], actors: [], promises: ['p1'] };
const defaults: Filters = {
  view: 'oversikt', from: 2010, to: 2024, municipality: '1493', compare: [], category: ['totalt'], venue: [], actor: [],
  measure: 'rate', promise: 'p1', group: 'grannar', baseline: null, year: null, slide: 1, period: 'ar', sel: {},
};

function setup(search = '?view=brott') {
  const location = { search };
  const calls: string[] = [];
  const later: (() => void)[] = [];
  const history = {
    pushState: (_s: unknown, _t: string, url?: string | URL | null) => {
      calls.push(`push ${String(url)}`);
      location.search = String(url);
    },
    replaceState: (_s: unknown, _t: string, url?: string | URL | null) => {
      calls.push(`replace ${String(url)}`);
      location.search = String(url);
    },
  };
  const filters = new FilterState(known, defaults, location, history, (write) => later.push(write));
  const runLater = () => later.splice(0).forEach((write) => write());
  return { filters, calls, location, runLater };
}

describe('FilterState history entries', () => {
  it('a change is shown at once (current, key) and its entry is written when the frame is done', () => {
    const { filters, calls, location, runLater } = setup();
    expect(calls).toEqual(['replace ?view=brott']);
    filters.update({ compare: ['00'] });
    expect(filters.key).toBe('?view=brott&compare=00');
    expect(filters.current.compare).toEqual(['00']);
    expect(calls).toEqual(['replace ?view=brott']);
    expect(location.search).toBe('?view=brott');
    runLater();
    expect(calls).toEqual(['replace ?view=brott', 'push ?view=brott&compare=00']);
    expect(location.search).toBe('?view=brott&compare=00');
  });

  it('two changes before the frame still make two entries, in order, and a late write adds nothing', () => {
    const { filters, calls, runLater } = setup();
    filters.update({ compare: ['00'] });
    filters.update({ measure: 'count' });
    expect(calls).toEqual(['replace ?view=brott', 'push ?view=brott&compare=00']);
    runLater();
    expect(calls).toEqual(['replace ?view=brott', 'push ?view=brott&compare=00', 'push ?view=brott&compare=00&measure=count']);
  });

  it('a change to the same filters writes nothing', () => {
    const { filters, calls, runLater } = setup('?view=brott&compare=00');
    filters.update({ compare: ['00'] });
    runLater();
    expect(calls).toEqual(['replace ?view=brott&compare=00']);
  });

  it('back or forward before the frame: the unwritten change is dropped, the filters are the entry the browser moved to', () => {
    const { filters, calls, location, runLater } = setup();
    filters.update({ compare: ['00'] });
    location.search = '?view=oversikt';
    filters.syncFromLocation();
    runLater();
    expect(calls).toEqual(['replace ?view=brott']);
    expect(filters.current.view).toBe('oversikt');
    expect(filters.current.compare).toEqual([]);
  });

  it('new data (an import) writes the pending entry before it replaces the URL with the canonical one', () => {
    const { filters, calls, runLater } = setup();
    filters.update({ compare: ['1494'] });
    filters.setData(known, defaults);
    runLater();
    expect(calls).toEqual(['replace ?view=brott', 'push ?view=brott&compare=1494', 'replace ?view=brott&compare=1494']);
  });
});

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes after the frame, in the idle time after it, once', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const idles: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idles.push(f));
    const writes: string[] = [];
    afterNextFrame(() => writes.push('written'));
    vi.advanceTimersByTime(10);
    expect(writes).toEqual([]);
    frames.splice(0).forEach((f) => f());
    expect(writes).toEqual([]);
    idles.splice(0).forEach((f) => f());
    expect(writes).toEqual(['written']);
    vi.advanceTimersByTime(200);
    expect(writes).toEqual(['written']);
  });

  it('writes after 100 ms where no frame comes (a hidden tab)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const writes: string[] = [];
    afterNextFrame(() => writes.push('written'));
    vi.advanceTimersByTime(99);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['written']);
  });

  it('without idle callbacks (Safari) writes in the task after the frame', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('requestIdleCallback', undefined);
    const writes: string[] = [];
    afterNextFrame(() => writes.push('written'));
    frames.splice(0).forEach((f) => f());
    vi.advanceTimersByTime(0);
    expect(writes).toEqual(['written']);
  });
});
