/**
 * Number words, counted activity phrases ("Sex (6) riktade insatser", "Six (6) targeted
 * interventions") and list joining, as the municipality's follow-up pages write them; in the
 * page's language (the Swedish grammar's gender is kept for the Swedish text only).
 */
import { t, type MessageKey } from '../i18n/catalogue';
import { intlLocale, locale } from '../i18n/locale';
import '../i18n/messages/activity-types';
import '../i18n/messages/crime-text';

/** Grammatical gender: `utrum` takes "en" (en insats), `neutrum` takes "ett" (ett besök). */
export type Gender = 'utrum' | 'neutrum';

const ONES = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'];

function below100(n: number, gender: Gender): string {
  if (n === 1) return gender === 'neutrum' ? 'ett' : 'en';
  if (n < 20) return ONES[n] ?? '';
  const ones = n % 10;
  return `${TENS[Math.floor(n / 10)] ?? ''}${ones === 0 ? '' : below100(ones, gender)}`;
}

function below1000(n: number, gender: Gender): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 0 ? '' : `${below100(hundreds, 'neutrum')}hundra`;
  return `${head}${rest === 0 && hundreds > 0 ? '' : below100(rest, gender)}`;
}

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelow100(n: number): string {
  if (n < 20) return EN_ONES[n] ?? '';
  const ones = n % 10;
  return `${EN_TENS[Math.floor(n / 10)] ?? ''}${ones === 0 ? '' : `-${EN_ONES[ones] ?? ''}`}`;
}

function enBelow1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return enBelow100(rest);
  return `${EN_ONES[hundreds] ?? ''} hundred${rest === 0 ? '' : ` and ${enBelow100(rest)}`}`;
}

/** The number in English words, British style: 37 → "thirty-seven", 121 → "one hundred and twenty-one". */
export function englishNumberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return String(n);
  if (n === 0) return 'zero';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return enBelow1000(rest);
  const tail = rest === 0 ? '' : rest < 100 ? ` and ${enBelow100(rest)}` : ` ${enBelow1000(rest)}`;
  return `${enBelow1000(thousands)} thousand${tail}`;
}

/**
 * The number in words, in the page's language; in Swedish one word as Swedish writes it: 6 → "sex", 37 → "trettiosju",
 * 21 → "tjugoen" / "tjugoett" (neutrum), 100 → "etthundra", 1 000 → "ettusen".
 * Integers 0–999 999; anything else is written with digits.
 */
export function numberWord(n: number, gender: Gender = 'utrum'): string {
  if (locale() === 'en') return englishNumberWord(n);
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return String(n);
  if (n === 0) return 'noll';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return below1000(rest, gender);
  // "ett" + "tusen" drops one t: ettusen.
  const head = thousands === 1 ? 'ettusen' : `${below1000(thousands, 'neutrum')}tusen`;
  return `${head}${rest === 0 ? '' : below1000(rest, gender)}`;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`;
}

/** "sex (6)", or "Sex (6)" at the start of a sentence. */
export function countWords(n: number, gender: Gender = 'utrum', sentenceStart = false): string {
  const text = `${numberWord(n, gender)} (${n})`;
  return sentenceStart ? capitalize(text) : text;
}

export interface Noun {
  singular: string;
  plural: string;
  gender: Gender;
}

/** The activity types of `data/activities.csv` as countable nouns. */
export const ACTIVITY_NOUNS: Readonly<Record<string, Noun>> = {
  'riktad insats': { singular: 'riktad insats', plural: 'riktade insatser', gender: 'utrum' },
  'trygghetsskapande besök': { singular: 'trygghetsskapande besök', plural: 'trygghetsskapande besök', gender: 'neutrum' },
  'trygghetsskapande arbete': { singular: 'tillfälle med trygghetsskapande arbete', plural: 'tillfällen med trygghetsskapande arbete', gender: 'neutrum' },
  informationsmöte: { singular: 'informationsmöte', plural: 'informationsmöten', gender: 'neutrum' },
  'närvaro på ungas arenor': { singular: 'besök på ungas arenor', plural: 'besök på ungas arenor', gender: 'neutrum' },
  skolinsats: { singular: 'skolinsats', plural: 'skolinsatser', gender: 'utrum' },
  livsstilsdag: { singular: 'livsstilsdag', plural: 'livsstilsdagar', gender: 'utrum' },
  föräldramöte: { singular: 'föräldramöte', plural: 'föräldramöten', gender: 'neutrum' },
  bekymringssamtal: { singular: 'bekymringssamtal', plural: 'bekymringssamtal', gender: 'neutrum' },
  drogtest: { singular: 'drogtest', plural: 'drogtester', gender: 'neutrum' },
  'anmälan narkotikabrott': { singular: 'person anmäld för narkotikabrott', plural: 'personer anmälda för narkotikabrott', gender: 'utrum' },
  samverkansmöte: { singular: 'samverkansmöte', plural: 'samverkansmöten', gender: 'neutrum' },
  samarbete: { singular: 'samarbete', plural: 'samarbeten', gender: 'neutrum' },
  'stöd och vägledning': { singular: 'tillfälle med stöd och vägledning', plural: 'tillfällen med stöd och vägledning', gender: 'neutrum' },
  utbildning: { singular: 'utbildning', plural: 'utbildningar', gender: 'utrum' },
  utvecklingsarbete: { singular: 'utvecklingsarbete', plural: 'utvecklingsarbeten', gender: 'neutrum' },
  nätverksarbete: { singular: 'tillfälle med nätverksarbete', plural: 'tillfällen med nätverksarbete', gender: 'neutrum' },
  kommunikation: { singular: 'informationsinsats', plural: 'informationsinsatser', gender: 'utrum' },
};

/** The noun for an activity type; an unknown type counts as "tillfällen med …" ("occasions of …"). */
export function activityNoun(type: string): Noun {
  const sv = ACTIVITY_NOUNS[type];
  if (locale() === 'en') {
    const key = `noun.${type}`;
    if (sv && isNounKey(key)) return { singular: t(key, { n: 1 }), plural: t(key, { n: 2 }), gender: sv.gender };
    return { singular: t('noun.other', { n: 1, type }), plural: t('noun.other', { n: 2, type }), gender: 'neutrum' };
  }
  return sv ?? { singular: `tillfälle med ${type}`, plural: `tillfällen med ${type}`, gender: 'neutrum' };
}

type NounKey = Extract<MessageKey, `noun.${string}`>;
const NOUN_KEYS = new Set<string>(Object.keys(ACTIVITY_NOUNS).map((k) => `noun.${k}`));
function isNounKey(key: string): key is Exclude<NounKey, 'noun.other'> {
  return NOUN_KEYS.has(key);
}

type TypeKey = Extract<MessageKey, `activityType.${string}`>;
const TYPE_KEYS = new Set<string>(Object.keys(ACTIVITY_NOUNS).map((k) => `activityType.${k}`));
function isTypeKey(key: string): key is TypeKey {
  return TYPE_KEYS.has(key);
}

/** An activity type's name in the page language: a shipped type in English, any other as written. */
export function activityTypeName(type: string): string {
  const key = `activityType.${type}`;
  return locale() === 'en' && isTypeKey(key) ? t(key) : type;
}

/** The noun in the number the count asks for: 1 stays singular. */
export function inflect(noun: Noun, n: number): string {
  return n === 1 ? noun.singular : noun.plural;
}

/** "Sex (6) riktade insatser", "Ett (1) trygghetsskapande besök", "tretton (13) informationsmöten". */
export function countedActivity(n: number, type: string, sentenceStart = true): string {
  const noun = activityNoun(type);
  return `${countWords(n, noun.gender, sentenceStart)} ${inflect(noun, n)}`;
}

/** "a", "a och b", "a, b och c" (Swedish has no comma before "och"; British English none before "and"). */
export function joinList(items: readonly string[], conjunction = t('words.and')): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1] ?? ''}`;
}

/** "1 vald plats", "3 valda platser": a number with the noun phrase that agrees with it. */
export function countPhrase(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString(intlLocale())} ${n === 1 ? singular : plural}`;
}

/**
 * A past participle that agrees with what it describes: `riktad` for one insats, `riktat` for
 * one besök (neutrum), `riktade` for more than one ("Ett (1) besök, riktat till unga").
 */
export function agreeingParticiple(utrum: string, n: number, gender: Gender): string {
  if (n !== 1) return `${utrum}e`;
  return gender === 'neutrum' ? utrum.replace(/d$/, 't') : utrum;
}
