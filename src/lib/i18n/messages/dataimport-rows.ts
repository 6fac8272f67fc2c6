/**
 * The issues of one row of an import (convert.ts, convert-survey.ts): the row, column and value
 * are shown beside each message, so a message says only what is wrong with the value.
 */
import { fmt, msg, register } from '../entry';

type What = { what: string };
const cap = (s: string) => `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;

export const dataimportRows = register({
  'dataimport.row.notYear': msg('Året är inte ett årtal.', 'The year is not a valid year.'),
  'dataimport.row.yearOutside': fmt<{ min: number; max: number }>((p) => `Året ligger utanför ${p.min}–${p.max}.`, (p) => `The year is outside ${p.min}–${p.max}.`),
  'dataimport.row.noMunicipality': msg('Kommun saknas.', 'The municipality is missing.'),
  'dataimport.row.unknownMunicipality': msg('Okänd kommun.', 'Unknown municipality.'),
  'dataimport.row.unknownCategory': msg('Okänd brottskategori.', 'Unknown crime category.'),
  'dataimport.row.notNumber': fmt<What>((p) => `Värdet för ${p.what} är inte ett tal.`, (p) => `The value for ${p.what} is not a number.`),
  'dataimport.row.ambiguous': fmt<{ value: string }>(
    (p) => `Tvetydigt tal: ”${p.value}” kan vara tusental eller decimaler. Skriv talet utan skiljetecken (t.ex. 1000) eller med mellanslag (1 000).`,
    (p) => `Ambiguous number: “${p.value}” may be thousands or decimals. Write the number without separators (e.g. 1000) or with a space (1 000).`,
  ),
  'dataimport.row.tooLarge': fmt<What & { max: string }>(
    (p) => `Talet är för stort: största tillåtna ${p.what} är ${p.max}.`,
    (p) => `The number is too large: the largest ${p.what} allowed is ${p.max}.`,
  ),
  'dataimport.row.noPopulation': fmt<{ year: number }>(
    (p) => `Befolkning saknas för ${p.year}, så talet per 100\u00a0000 inv. kan inte räknas om till antal.`,
    (p) => `The population for ${p.year} is missing, so the rate per 100,000 inhabitants cannot be turned into a count.`,
  ),
  'dataimport.row.negative': fmt<What>((p) => `Negativt ${p.what}.`, (p) => `Negative ${p.what}.`),
  'dataimport.row.whole': fmt<What>((p) => `${cap(p.what)} måste vara ett heltal.`, (p) => `${cap(p.what)} must be a whole number.`),
  'dataimport.row.duplicateCrime': fmt<{ row: number }>(
    (p) => `Dubblett: samma år, kommun och kategori som rad ${p.row}.`,
    (p) => `Duplicate: the same year, municipality and category as row ${p.row}.`,
  ),
  'dataimport.row.duplicatePopulation': fmt<{ row: number }>(
    (p) => `Dubblett: samma år och kommun som rad ${p.row}.`,
    (p) => `Duplicate: the same year and municipality as row ${p.row}.`,
  ),
  'dataimport.row.duplicateSurvey': fmt<{ row: number }>(
    (p) => `Dubblett: samma år, kommun, område, fråga och grupp som rad ${p.row}.`,
    (p) => `Duplicate: the same year, municipality, area, question and group as row ${p.row}.`,
  ),

  // What a number is of, in "the value for … is not a number".
  'dataimport.what.count': msg('antal', 'count'),
  'dataimport.what.population': msg('befolkning', 'population'),
  'dataimport.what.respondents': msg('antal svarande', 'number of respondents'),
  'dataimport.what.deff': msg('designeffekt', 'design effect'),
  'dataimport.what.positive': msg('antal positiva svar', 'number of positive answers'),
  'dataimport.what.share': msg('andel', 'share'),
  'dataimport.what.indexValue': msg('indexvärde', 'index value'),
  'dataimport.what.indexLow': msg('intervallets nedre gräns', 'lower bound of the interval'),
  'dataimport.what.indexHigh': msg('intervallets övre gräns', 'upper bound of the interval'),

  // Survey rows.
  'dataimport.row.noQuestionId': msg('Frågans id (question_id) saknas.', 'The question id (question_id) is missing.'),
  'dataimport.row.noQuestion': msg('Frågan (question) saknas.', 'The question (question) is missing.'),
  'dataimport.row.better': msg(
    'Ange vilket håll som är bättre: ”higher” (högre andel är bättre) eller ”lower” (lägre är bättre).',
    'Give which direction is better: “higher” (a higher share is better) or “lower” (lower is better).',
  ),
  'dataimport.row.kind': msg('Okänd typ: ange ”proportion” (andel svarande) eller ”index”.', 'Unknown kind: give “proportion” (share of respondents) or “index”.'),
  'dataimport.row.respondentsMin': msg('Antal svarande måste vara minst 1.', 'The number of respondents must be at least 1.'),
  'dataimport.row.deffMin': msg('Designeffekten måste vara minst 1 (1 = inget urvalsdesigntillägg).', 'The design effect must be at least 1 (1 = no allowance for the sampling design).'),
  'dataimport.row.noPositiveOrShare': msg(
    'Antal positiva svar (positive) eller andel (share) saknas.',
    'The number of positive answers (positive) or the share (share) is missing.',
  ),
  'dataimport.row.sharePercent': msg('Andelen måste ligga mellan 0 och 100 procent.', 'The share must be between 0 and 100 per cent.'),
  'dataimport.row.shareFraction': msg('Andelen måste ligga mellan 0 och 1 (t.ex. 0,62 för 62 %).', 'The share must be between 0 and 1 (e.g. 0.62 for 62%).'),
  'dataimport.row.noRespondents': msg(
    'Antal svarande saknas: det behövs när antal positiva svar anges.',
    'The number of respondents is missing: it is needed when the number of positive answers is given.',
  ),
  'dataimport.row.positiveRange': fmt<{ n: number }>(
    (p) => `Antal positiva svar måste ligga mellan 0 och antal svarande (${p.n}).`,
    (p) => `The number of positive answers must be between 0 and the number of respondents (${p.n}).`,
  ),
  'dataimport.row.shareMismatch': fmt<{ positive: number; n: number }>(
    (p) => `Andelen stämmer inte med ${p.positive} av ${p.n} svarande.`,
    (p) => `The share does not agree with ${p.positive} of ${p.n} respondents.`,
  ),
  'dataimport.row.noIndex': msg('Indexvärde (index_value) saknas.', 'The index value (index_value) is missing.'),
  'dataimport.row.bothBounds': msg(
    'Ange både nedre och övre gräns för intervallet, eller ingen av dem.',
    'Give both the lower and the upper bound of the interval, or neither.',
  ),
  'dataimport.row.indexOutside': fmt<{ low: number; high: number }>(
    (p) => `Indexvärdet ligger inte inom sitt intervall ${p.low}–${p.high}.`,
    (p) => `The index value is not within its interval ${p.low}–${p.high}.`,
  ),
});
