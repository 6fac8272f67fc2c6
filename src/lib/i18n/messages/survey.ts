/**
 * Survey indicators (decision/survey-sentences.ts, survey-display.ts, survey-evidence.ts): shares,
 * percentage points, the same verdict words and caution as the crime cards. Numbers arrive formatted.
 */
import { fmt, msg, register } from '../entry';

type SurveyVerdict = 'improved' | 'worsened' | 'cannot-tell' | 'too-few';

export const survey = register({
  'survey.share': fmt<{ n: string }>((p) => `${p.n} %`, (p) => `${p.n}%`),
  'survey.ratio': fmt<{ ratio: string; low: string; high: string }>((p) => `${p.ratio}, 95 % KI ${p.low}–${p.high}`, (p) => `${p.ratio}, 95% CI ${p.low}–${p.high}`),
  'survey.span': fmt<{ from: string; fromYear: number; to: string; toYear: number }>(
    (p) => `från ${p.from} (${p.fromYear}) till ${p.to} (${p.toYear})`,
    (p) => `from ${p.from} (${p.fromYear}) to ${p.to} (${p.toYear})`,
  ),
  'survey.moved': fmt<{ dir: 'up' | 'down' | 'same'; span: string }>(
    (p) => `andelen ${p.dir === 'up' ? 'steg' : p.dir === 'down' ? 'sjönk' : 'var oförändrad'} ${p.span}`,
    (p) => `the share ${p.dir === 'up' ? 'rose' : p.dir === 'down' ? 'fell' : 'was unchanged'} ${p.span}`,
  ),
  'survey.tooFew': msg(
    'För få svar: färre än 30 svarande (räknat med designeffekten) eller färre än 5 i något svarsalternativ, så inget kan avgöras.',
    'Too few answers: fewer than 30 respondents (counting the design effect) or fewer than 5 in some answer option, so nothing can be decided.',
  ),
  'survey.against.group': fmt<{ group: string }>((p) => `jämfört med ${p.group}`, (p) => `compared with ${p.group}`),
  'survey.against.before': msg('jämfört med mätningen före', 'compared with the survey before'),
  'survey.tail': fmt<{ relative: boolean; ratio: string }>(
    (p) => ` (${p.relative ? 'kvot mellan oddskvoterna' : 'oddskvot'}: ${p.ratio})`,
    (p) => ` (${p.relative ? 'ratio of the odds ratios' : 'odds ratio'}: ${p.ratio})`,
  ),
  'survey.main': fmt<{ verdict: 'improved' | 'worsened' | 'cannot-tell'; what: string; moved: string; tail: string }>(
    (p) =>
      p.verdict === 'improved'
        ? `Tydlig förbättring ${p.what}: ${p.moved}${p.tail}.`
        : p.verdict === 'worsened'
          ? `Tydlig försämring ${p.what}: ${p.moved}${p.tail}.`
          : `Går inte att avgöra ${p.what}: ${p.moved}, inom den vanliga variationen mellan mätningarna${p.tail}.`,
    (p) =>
      p.verdict === 'improved'
        ? `Clear improvement ${p.what}: ${p.moved}${p.tail}.`
        : p.verdict === 'worsened'
          ? `Clear deterioration ${p.what}: ${p.moved}${p.tail}.`
          : `Cannot tell ${p.what}: ${p.moved}, within the usual variation between surveys${p.tail}.`,
  ),
  /** The start of a clear verdict, which the Holm rewrite takes off (a regular expression's alternatives). */
  'survey.clearLead': msg('Tydlig (förbättring|försämring) ', 'Clear (improvement|deterioration) '),
  'survey.holm': fmt<{ rest: string }>(
    (p) => `Går inte att avgöra när flera enkätfrågor prövas samtidigt (Holm-korrigerat): ${p.rest}`,
    (p) => `Cannot tell when several survey questions are tested together (Holm-corrected): ${p.rest}`,
  ),
  'survey.detectable': fmt<{ against: string | null; down: string; up: string }>(
    (p) =>
      `Med dessa antal svar och den variation som finns mellan mätningarna kan bara förändringar${p.against ? ` jämfört med ${p.against}` : ''} större än −${p.down} eller +${p.up} procentenheter upptäckas (med 80 % sannolikhet).`,
    (p) =>
      `With these numbers of answers and the variation there is between surveys, only changes${p.against ? ` relative to ${p.against}` : ''} larger than −${p.down} or +${p.up} percentage points can be detected (with 80% probability).`,
  ),
  'survey.group': fmt<{ municipality: string; own: string; group: string; groupSpan: string }>(
    (p) => `Andelen i ${p.municipality}: ${p.own}; i ${p.group}: ${p.groupSpan}.`,
    (p) => `The share in ${p.municipality}: ${p.own}; in ${p.group}: ${p.groupSpan}.`,
  ),
  'survey.dispersion.none': msg(
    'Hur mycket andelen brukar variera mellan mätningarna kunde inte skattas (för få upprepade mätningar), så bara urvalsfelet räknas: bedömningen kan vara för säker.',
    'How much the share usually varies between surveys could not be estimated (too few repeated surveys), so only the sampling error is counted: the assessment may be too certain.',
  ),
  'survey.dispersion.sampling': fmt<{ df: string; n: number }>(
    (p) => `Andelarna varierar inte mer mellan mätningarna än urvalet förklarar (skattat med ${p.df} ${p.n === 1 ? 'frihetsgrad' : 'frihetsgrader'}).`,
    (p) => `The shares vary no more between surveys than sampling explains (estimated with ${p.df} ${p.n === 1 ? 'degree' : 'degrees'} of freedom).`,
  ),
  'survey.dispersion.more': fmt<{ phi: string; df: string; n: number }>(
    (p) => `Andelarna varierar mellan mätningarna ${p.phi} gånger mer än urvalet förklarar (skattat med ${p.df} ${p.n === 1 ? 'frihetsgrad' : 'frihetsgrader'}); intervallen och bedömningen räknar med det.`,
    (p) => `The shares vary between surveys ${p.phi} times more than sampling explains (estimated with ${p.df} ${p.n === 1 ? 'degree' : 'degrees'} of freedom); the intervals and the assessment take this into account.`,
  ),
  'survey.index': msg(
    'Går inte att avgöra med verktygets regler: indexet visas som det publicerats, med sitt eget intervall; verktyget räknar inte om det och prövar inte förändringen.',
    'Cannot tell by the tool’s rules: the index is shown as published, with its own interval; the tool does not recalculate it and does not test the change.',
  ),
  'survey.shareOnly': msg(
    'Går inte att avgöra: källan anger andelen utan antal svarande, så varken intervall eller bedömning kan räknas fram.',
    'Cannot tell: the source gives the share without the number of respondents, so neither an interval nor an assessment can be calculated.',
  ),

  // survey-evidence.ts
  'survey.warn.example': msg(
    'Exempeldata: svaren är genererade för att visa verktyget, inte verkliga mätningar.',
    'Example data: the answers are generated to demonstrate the tool; they are not real surveys.',
  ),
  'survey.warn.yearAfter': fmt<{ year: number }>(
    (p) => `Ingen mätning under löftet: mätningen ${p.year}, året efter, används.`,
    (p) => `No survey during the promise: the survey of ${p.year}, the year after, is used.`,
  ),
  'survey.warn.earlyBefore': fmt<{ year: number }>(
    (p) => `Den senaste mätningen före löftet är från ${p.year}, före jämförelseperioden.`,
    (p) => `The latest survey before the promise is from ${p.year}, before the baseline.`,
  ),
  'survey.warn.noDispersion': msg('Variationen mellan mätningarna kunde inte skattas: bara urvalsfelet räknas.', 'The variation between surveys could not be estimated: only the sampling error is counted.'),
  'survey.missing': fmt<{ before: boolean }>(
    (p) => `Går inte att avgöra: det finns ingen mätning ${p.before ? 'före löftet' : 'under löftet eller året efter'}.`,
    (p) => `Cannot tell: there is no survey ${p.before ? 'before the promise' : 'during the promise or the year after'}.`,
  ),

  // survey-display.ts
  'survey.verdictWord': fmt<{ verdict: SurveyVerdict }>(
    (p) => ({ improved: 'Tydlig förbättring', worsened: 'Tydlig försämring', 'cannot-tell': 'Går inte att avgöra', 'too-few': 'För få svar' })[p.verdict],
    (p) => ({ improved: 'Clear improvement', worsened: 'Clear deterioration', 'cannot-tell': 'Cannot tell', 'too-few': 'Too few answers' })[p.verdict],
  ),
  'survey.finding': fmt<{ label: string; verdict: SurveyVerdict }>(
    (p) => `Enkät: ${p.label}: ${{ improved: 'tydlig förbättring', worsened: 'tydlig försämring', 'too-few': 'för få svar för att avgöra', 'cannot-tell': 'går inte att avgöra' }[p.verdict]}.`,
    (p) => `Survey: ${p.label}: ${{ improved: 'clear improvement', worsened: 'clear deterioration', 'too-few': 'too few answers to tell', 'cannot-tell': 'cannot tell' }[p.verdict]}.`,
  ),
  'survey.findingExample': msg(
    'Enkätsvaren här är exempeldata: ladda in verkliga mätningar (Data) innan beslut fattas.',
    'The survey answers here are example data: load real surveys (Data) before any decision is taken.',
  ),
  'survey.unit.index': msg('indexvärde', 'index value'),
  'survey.unit.share': msg('procent av de svarande', 'per cent of respondents'),
  'survey.noInterval': msg('inget intervall', 'no interval'),
  'survey.published': fmt<{ low: string; high: string }>((p) => `publicerat intervall ${p.low}–${p.high}`, (p) => `published interval ${p.low}–${p.high}`),
  'survey.deff': fmt<{ deff: string }>((p) => `, designeffekt ${p.deff}`, (p) => `, design effect ${p.deff}`),
  'survey.wilson': fmt<{ low: string; high: string; deff: string }>((p) => `95 % KI ${p.low}–${p.high} (Wilson${p.deff})`, (p) => `95% CI ${p.low}–${p.high} (Wilson${p.deff})`),
  'survey.comparison': msg('Jämförelse', 'Comparison'),
});
