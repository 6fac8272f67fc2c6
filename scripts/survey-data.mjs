/**
 * Example survey results (trygghetsmätning-like) for data/survey_results.csv: every row is
 * exempeldata. Shares follow a gentle random walk with no effect of any promise built in; the
 * positive answers are binomial draws from the respondents. Imported by generate-data.mjs,
 * which passes in its seeded `stream(name)`, so the other files' streams are untouched.
 */

export const SURVEY_COLUMNS = [
  'year', 'kommunkod', 'area', 'question_id', 'question', 'subgroup', 'kind', 'respondents', 'positive', 'share',
  'index_value', 'index_low', 'index_high', 'deff', 'better', 'source',
];

const YEARS = [2015, 2017, 2019, 2021, 2023];

/** The questions: share answering yes, and which direction is better. */
const QUESTIONS = [
  { question_id: 'trygg_kvall', question: 'Känner sig trygg utomhus i området sent på kvällen', better: 'higher', base: 0.68 },
  { question_id: 'utsatt_brott', question: 'Har utsatts för brott de senaste 12 månaderna', better: 'lower', base: 0.14 },
];
const INDEX = { question_id: 'trygghetsindex', question: 'Trygghetsindex (0–100, högre är tryggare)', better: 'higher', base: 62 };

/** Where: Mariestad in whole and two example areas; two comparison municipalities in whole. */
const PLACES = [
  { kommunkod: '1493', area: null, respondents: [420, 560], factor: 1 },
  { kommunkod: '1493', area: 'Område norr (exempel)', respondents: [110, 170], factor: 0.95 },
  { kommunkod: '1493', area: 'Område söder (exempel)', respondents: [110, 170], factor: 1.05 },
  { kommunkod: '1494', area: null, respondents: [450, 600], factor: 1.02 },
  { kommunkod: '1496', area: null, respondents: [520, 700], factor: 0.97 },
];
/** Subgroups and their share of the respondents; null = all respondents. */
const SUBGROUPS = [
  { subgroup: null, fraction: 1 },
  { subgroup: 'unga 16–24 år', fraction: 0.22 },
];
/** The design effect of a weighted area sample, as a survey report would give it. */
const DEFF = 1.4;

const clamp = (p) => Math.min(0.97, Math.max(0.03, p));
const round4 = (x) => Math.round(x * 1e4) / 1e4;
const round1 = (x) => Math.round(x * 10) / 10;

export function buildSurveyResults(stream, source) {
  const rows = [];
  for (const place of PLACES) {
    const key = `${place.kommunkod}:${place.area ?? ''}`;
    const rng = stream(`survey:${key}`);
    const walks = new Map(QUESTIONS.map((q) => [q.question_id, 0]));
    let indexWalk = 0;
    for (const year of YEARS) {
      const total = rng.int(place.respondents[0], place.respondents[1]);
      for (const q of QUESTIONS) {
        const walk = 0.6 * walks.get(q.question_id) + 0.12 * rng.normal();
        walks.set(q.question_id, walk);
        const logit = Math.log(q.base / (1 - q.base)) + Math.log(q.better === 'higher' ? place.factor : 1 / place.factor) + walk;
        for (const g of SUBGROUPS) {
          const youth = g.subgroup === null ? 0 : q.better === 'higher' ? -0.25 : 0.35;
          const p = clamp(1 / (1 + Math.exp(-(logit + youth))));
          const n = Math.round(total * g.fraction);
          const x = rng.binomial(n, p);
          rows.push({
            year, kommunkod: place.kommunkod, area: place.area, question_id: q.question_id, question: q.question,
            subgroup: g.subgroup, kind: 'proportion', respondents: n, positive: x, share: round4(x / n),
            deff: place.area === null ? null : DEFF, better: q.better, source,
          });
        }
      }
      indexWalk = 0.6 * indexWalk + 2 * rng.normal();
      const value = round1(INDEX.base * place.factor + indexWalk);
      const half = round1(1.96 * (12 / Math.sqrt(total)) * Math.sqrt(DEFF));
      rows.push({
        year, kommunkod: place.kommunkod, area: place.area, question_id: INDEX.question_id, question: INDEX.question,
        subgroup: null, kind: 'index', respondents: total, index_value: value, index_low: round1(value - half),
        index_high: round1(value + half), better: INDEX.better, source,
      });
    }
  }
  // Code-unit order, not the locale's, so the file is the same on every machine.
  const cmp = (a, b) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);
  return rows.sort((a, b) =>
    cmp(a.kommunkod, b.kommunkod) || cmp(a.area, b.area) || cmp(a.question_id, b.question_id) || cmp(a.subgroup, b.subgroup) || a.year - b.year);
}

export const SURVEY_AREA_VENUE_COLUMNS = ['kommunkod', 'area', 'venue_id', 'matched_by', 'source'];

/**
 * Which venues lie in which survey area, for the Platser view. The example areas are not real
 * districts, so this assignment is example data too (matched by hand, `manuell`): a municipality
 * would record where its own survey areas lie.
 */
export function buildSurveyAreaVenues(source) {
  return [
    { kommunkod: '1493', area: 'Område norr (exempel)', venue_id: 'elvarket', matched_by: 'manuell', source },
    { kommunkod: '1493', area: 'Område norr (exempel)', venue_id: 'resecentrum', matched_by: 'manuell', source },
    { kommunkod: '1493', area: 'Område söder (exempel)', venue_id: 'fritidsgard', matched_by: 'manuell', source },
    { kommunkod: '1493', area: 'Område söder (exempel)', venue_id: 'vadsboskolan', matched_by: 'manuell', source },
  ];
}
