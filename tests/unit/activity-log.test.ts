import { describe, expect, it } from 'vitest';
import { formFromRecord, newActivityId, validateActivity, type ActivityForm, type ValidationContext } from '../../src/lib/activity-log/record';
import { activitiesToCsv } from '../../src/lib/activity-log/csv';

const ctx: ValidationContext = {
  minYear: 2010,
  maxYear: 2024,
  venues: ['elvarket', 'skolor'],
  promises: [{ promise_id: 'mariestad-2018', kommunkod: '1493' }],
  kommunkoder: ['1493', '1496'],
};
const good: ActivityForm = {
  activity_id: 'lokal-1', promise_id: 'mariestad-2018', kommunkod: '1493', actor: 'polis', activity_type: ' Riktad insats ', venue_id: 'elvarket',
  target_group: 'ungdomar', when: '2018-05-30', count: '4', participants: '', description: '',
};

describe('validateActivity', () => {
  it('turns a valid form into a record', () => {
    const r = validateActivity(good, ctx);
    expect(r).toEqual({
      record: {
        activity_id: 'lokal-1', promise_id: 'mariestad-2018', kommunkod: '1493', year: 2018, quarter: 2, month: 5, date: '2018-05-30', actor: 'polis',
        activity_type: 'riktad insats', venue_id: 'elvarket', target_group: 'ungdomar', count: 4, participants: null, description: null, source: 'lokalt registrerad',
      },
    });
  });

  it.each([
    { when: '2018', year: 2018, month: null, quarter: null, date: null },
    { when: '2018-11', year: 2018, month: 11, quarter: 4, date: null },
  ])('reads "$when"', ({ when, ...expected }) => {
    const r = validateActivity({ ...good, when }, ctx);
    expect('record' in r && { year: r.record.year, month: r.record.month, quarter: r.record.quarter, date: r.record.date }).toEqual(expected);
  });

  it.each([
    { patch: { actor: '' }, field: 'actor', text: 'Välj aktör' },
    { patch: { activity_type: '  ' }, field: 'activity_type', text: 'Ange typ' },
    { patch: { when: '30/5 2018' }, field: 'when', text: 'Ange år' },
    { patch: { when: '2030' }, field: 'when', text: 'mellan 2010 och 2024' },
    { patch: { when: '2018-13' }, field: 'when', text: 'Månaden 13' },
    { patch: { when: '2018-02-30' }, field: 'when', text: 'finns inte' },
    { patch: { count: '-3' }, field: 'count', text: 'heltal' },
    { patch: { count: '2,5' }, field: 'count', text: 'heltal' },
    { patch: { participants: 'många' }, field: 'participants', text: 'heltal' },
    { patch: { venue_id: 'disco' }, field: 'venue_id', text: 'Okänd plats' },
    { patch: { promise_id: 'x' }, field: 'promise_id', text: 'Okänt medborgarlöfte' },
    { patch: { kommunkod: '1496' }, field: 'promise_id', text: 'annan kommun' },
    { patch: { description: 'x'.repeat(501) }, field: 'description', text: 'högst 500' },
  ])('refuses $field with a message per field', ({ patch, field, text }) => {
    const r = validateActivity({ ...good, ...patch }, ctx);
    expect('errors' in r).toBe(true);
    if ('errors' in r) expect(r.errors[field as keyof ActivityForm]).toContain(text);
  });

  it('accepts an empty count (done, not counted) and round-trips through the form', () => {
    const r = validateActivity({ ...good, count: '', venue_id: '', promise_id: '' }, ctx);
    if (!('record' in r)) throw new Error('expected a record');
    expect(r.record.count).toBeNull();
    expect(r.record.venue_id).toBeNull();
    expect(validateActivity(formFromRecord(r.record), ctx)).toEqual(r);
  });
});

describe('newActivityId and CSV', () => {
  it('makes ids that do not collide', () => {
    const now = new Date(Date.UTC(2026, 10, 23, 20, 15, 1));
    expect(newActivityId(now, new Set())).toBe('lokal-20261123201501-1');
    expect(newActivityId(now, new Set(['lokal-20261123201501-1']))).toBe('lokal-20261123201501-2');
  });

  it('quotes like the shipped files and sorts by year then id', () => {
    const base = { promise_id: null, kommunkod: '1493', quarter: null, month: null, date: null, actor: 'polis', activity_type: 'x', venue_id: null, target_group: null, count: null, participants: null, source: 's' };
    const csv = activitiesToCsv([
      { ...base, activity_id: 'b', year: 2019, description: 'a, "b"' },
      { ...base, activity_id: 'a', year: 2019, description: null },
      { ...base, activity_id: 'z', year: 2018, description: 'rad\nbrytning' },
    ]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('activity_id,promise_id,kommunkod,year,quarter,month,date,actor,activity_type,venue_id,target_group,count,participants,description,source');
    expect(lines[1]).toBe('z,,1493,2018,,,,polis,x,,,,,"rad');
    expect(csv).toContain('\na,,1493,2019,,,,polis,x,,,,,,s\nb,,1493,2019,,,,polis,x,,,,,"a, ""b""",s\n');
  });
});
