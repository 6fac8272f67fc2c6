/** Underlag för beslut, the view and its cards: BeslutView, EvidenceCard, SummaryBox, DeliveryList, IntervalChart, SurveySection, SurveyCard. */
import { fmt, msg, register } from '../entry';

const NB = '\u00a0';

export const decisionUi = register({
  // BeslutView
  'decision.view.headingLead': msg('Underlag för beslut: ', 'Basis for decisions: '),
  'decision.view.noStats': msg('Det finns ingen statistik för löftets år eller åren före det.', 'There are no statistics for the promise’s years or the years before them.'),
  'decision.view.lead': fmt<{ period: string; baseline: string; group: string }>(
    (p) =>
      `Anmälda brott per 100${NB}000 invånare under löftet (${p.period}) jämfört med åren före (${p.baseline}, åren före det första löftet), med 95 % konfidensintervall (KI). Jämförelsegrupp: ${p.group}. En förändring kallas tydlig bara när kommunen har förändrats mer än jämförelsegruppen, med marginal för den vanliga variationen mellan åren.`,
    (p) =>
      `Reported crimes per 100,000 inhabitants during the promise (${p.period}) compared with the years before (${p.baseline}, the years before the first promise), with 95% confidence intervals (CI). Comparison group: ${p.group}. A change is called clear only when the municipality has changed more than the comparison group, with a margin for the usual variation between years.`,
  ),
  'decision.view.example': msg(
    'Brottssiffrorna i detta underlag är exempeldata, inte verklig statistik. Slutsatserna nedan visar hur verktyget resonerar, inte hur det faktiskt har gått.',
    'The crime figures in this evidence are example data, not real statistics. The conclusions below show how the tool reasons, not how things have actually gone.',
  ),
  'decision.view.fetchFailed': fmt<{ error: string }>((p) => `Kunde inte hämta statistiken: ${p.error}`, (p) => `Could not fetch the statistics: ${p.error}`),
  'decision.method.summary': msg('Så räknar vi', 'How we calculate'),
  'decision.method.rate': msg(
    `Takt per 100${NB}000 invånare med exakt Poisson-intervall (Garwood), som R:s `,
    'Rate per 100,000 inhabitants with an exact Poisson interval (Garwood), as in R’s ',
  ),
  'decision.method.dispersion': msg(
    'Antalet brott varierar mer mellan åren än slumpen i en Poisson-modell: överspridningen (kvasi-Poisson, Pearsons χ²/fg kring en log-linjär trend, minst 1) skattas ur åren före det första löftet, för kommunen och för jämförelsegruppen var för sig.',
    'The number of crimes varies more between years than chance in a Poisson model would: the overdispersion (quasi-Poisson, Pearson’s χ²/df around a log-linear trend, at least 1) is estimated from the years before the first promise, for the municipality and for the comparison group separately.',
  ),
  'decision.method.did': msg(
    'Bedömningen gäller kvoten mellan kommunens och jämförelsegruppens förändring (skillnad-i-skillnader på log-skala), med t-fördelning för den skattade överspridningen. Prövad på data utan någon effekt: den säger tydlig förändring i högst 5 av 100 fall.',
    'The assessment concerns the ratio of the municipality’s change to the comparison group’s (difference-in-differences on the log scale), with a t distribution for the estimated overdispersion. Tested on data without any effect: it calls a clear change in at most 5 of 100 cases.',
  ),
  'decision.method.holm': msg(
    'Löftets huvudmått bedöms för sig; övriga mått Holm-korrigeras tillsammans. Narkotikabrott redovisas som polisens aktivitet.',
    'The promise’s primary measure is assessed on its own; the other measures are Holm-corrected together. Drug offences are reported as police activity.',
  ),
  'decision.method.trend': msg(
    'Den långsiktiga trenden är en log-linjär regression med befolkningen som offset och samma överspridning.',
    'The long-term trend is a log-linear regression with the population as offset and the same overdispersion.',
  ),
  'decision.method.survey': msg(
    'Enkäter: andelen med Wilson-intervall på x / designeffekt av n / designeffekt svarande. Förändringen prövas på log-odds-skala (oddskvot), relativt jämförelsegruppens förändring när gruppen har mätningar samma år, med en kvasibinomial överspridning skattad ur mätningarna (kommunens före det första löftet, gruppens fram till den senare mätningen) och t-fördelning; frågorna Holm-korrigeras tillsammans. Under 30 svarande eller under 5 i något svarsalternativ: för få svar. Index visas som publicerade och prövas inte.',
    'Surveys: the share with a Wilson interval on x / design effect of n / design effect respondents. The change is tested on the log-odds scale (odds ratio), relative to the comparison group’s change when the group has surveys in the same years, with a quasi-binomial overdispersion estimated from the surveys (the municipality’s before the first promise, the group’s up to the later survey) and a t distribution; the questions are Holm-corrected together. Fewer than 30 respondents or fewer than 5 in any answer option: too few answers. Indices are shown as published and are not tested.',
  ),
  'decision.method.small': fmt<{ min: number }>(
    (p) => `Under ${p.min} anmälda brott i någon period dras inga slutsatser. Antal 1–2 visas inte, inte heller takter eller förändringar som de kan räknas fram ur.`,
    (p) => `With fewer than ${p.min} reported crimes in either period, no conclusions are drawn. Counts of 1–2 are not shown, nor are rates or changes from which they could be worked out.`,
  ),

  // EvidenceCard
  'decision.card.aria': fmt<{ name: string }>((p) => `Indikator: ${p.name}`, (p) => `Indicator: ${p.name}`),
  'decision.card.before': msg('före', 'before'),
  'decision.card.during': msg('under löftet', 'during the promise'),
  'decision.card.caption': msg(`: anmälda brott per 100${NB}000 invånare före och under löftet`, ': reported crimes per 100,000 inhabitants before and during the promise'),
  'decision.card.colArea': msg('Område och period', 'Area and period'),
  'decision.card.colRate': msg(`Per 100${NB}000 inv. (95 % KI)`, 'Per 100,000 inhabitants (95% CI)'),
  'decision.card.colCount': msg('Anmälda brott', 'Reported crimes'),
  'decision.card.hidden': msg('visas inte', 'not shown'),
  'decision.card.ratio': fmt<{ ratio: string; low: string; high: string }>(
    (p) => `Nivån under löftet är ${p.ratio} % av nivån före (95 % KI ${p.low}–${p.high} %, med hänsyn till variationen mellan åren)`,
    (p) => `The level during the promise is ${p.ratio}% of the level before (95% CI ${p.low}–${p.high}%, allowing for the variation between years)`,
  ),
  'decision.card.comparison': msg('Jämförelse', 'Comparison'),
  'decision.card.unit': msg(`per 100${NB}000 invånare`, 'per 100,000 inhabitants'),
  'decision.card.chartAria': fmt<{ name: string; municipality: string; group: string | null }>(
    (p) =>
      `Punktdiagram med 95 % konfidensintervall: ${p.name} per 100${NB}000 invånare före och under löftet, för ${p.municipality}${p.group ? ` och ${p.group}` : ''}. Samma siffror finns i tabellen ovan.`,
    // The category's Swedish name is left out here (an attribute cannot mark it Swedish); the card's heading has it.
    (p) => `Dot chart with 95% confidence intervals: reported crimes per 100,000 inhabitants before and during the promise, for ${p.municipality}${p.group ? ` and ${p.group}` : ''}. The same figures are in the table above.`,
  ),
  'decision.card.warnings': msg('Varningar', 'Warnings'),

  // IntervalChart
  'decision.chart.keyHint': msg('Använd piltangenterna upp och ner för att läsa värdena.', 'Use the up and down arrow keys to read the values.'),
  'decision.chart.ci': msg('95 % KI', '95% CI'),

  // SummaryBox
  'decision.summary.heading': msg('Sammanfattning', 'Summary'),
  'decision.summary.for': msg('Talar för att löftet gör skillnad', 'Points to the promise making a difference'),
  'decision.summary.against': msg('Talar emot', 'Points against'),
  'decision.summary.cannotTell': msg('Går inte att avgöra', 'Cannot tell'),
  'decision.summary.nothing': msg('Inget i underlaget.', 'Nothing in the evidence.'),

  // DeliveryList
  'decision.delivery.heading': msg('Genomförande: vad löftet sa och vad som gjordes', 'Delivery: what the promise said and what was done'),
  'decision.delivery.promise': msg('Löftet:', 'The promise:'),
  'decision.delivery.source': msg('Källa:', 'Source:'),
  'decision.delivery.focus': msg('Fokus:', 'Focus:'),
  'decision.delivery.none': msg('Aktivitetsloggen har inga insatser registrerade för detta löfte.', 'The activity log has no interventions recorded for this promise.'),
  'decision.delivery.colType': msg('Insats', 'Intervention'),
  'decision.delivery.colCount': msg('Antal', 'Number'),
  'decision.delivery.colVenues': msg('Platser', 'Places'),
  'decision.delivery.noCount': msg('utfört, antal ej angivet', 'carried out, number not stated'),
  'decision.delivery.plusUncounted': fmt<{ n: string }>((p) => ` + ${p.n} utan antal`, (p) => ` + ${p.n} without a number`),
  'decision.delivery.example': msg('* exempeldata', '* example data'),

  // SurveySection
  'survey.section.aria': msg('Trygghet i enkäter', 'Perceived safety in surveys'),
  'survey.section.heading': msg('Trygghet i enkäter: vad löftet syftar till', 'Perceived safety in surveys: what the promise aims at'),
  'survey.section.fetchFailed': fmt<{ error: string }>((p) => `Kunde inte hämta enkätresultaten: ${p.error}`, (p) => `Could not fetch the survey results: ${p.error}`),
  'survey.section.none': msg('Löftet anger inga enkätindikatorer, eller det finns inga enkätresultat för dem.', 'The promise names no survey indicators, or there are no survey results for them.'),
  'survey.section.intro1': msg(
    'Andel svarande med 95 % konfidensintervall (Wilson, med designeffekten när den anges); index med sitt publicerade intervall.',
    'Share of respondents with 95% confidence intervals (Wilson, with the design effect when it is given); indices with their published interval.',
  ),
  'survey.section.intro2': msg(
    'Samma regler som för brotten: mätningen före det första löftet mot mätningen under löftet (eller året efter), jämfört med jämförelsegruppen när den har mätningar samma år.',
    'The same rules as for the crimes: the survey before the first promise against the survey during the promise (or the year after), compared with the comparison group when it has surveys in the same years.',
  ),
  'survey.section.example': msg(
    'Enkätsvaren är exempeldata: genererade för att visa verktyget, inte verkliga mätningar.',
    'The survey answers are example data: generated to demonstrate the tool, not real surveys.',
  ),

  // SurveyCard
  'survey.card.aria': fmt<{ label: string }>((p) => `Enkätindikator: ${p.label}`, (p) => `Survey indicator: ${p.label}`),
  'survey.card.kind': msg('Enkät', 'Survey'),
  'survey.card.index': msg('index, visas som publicerat', 'index, shown as published'),
  'survey.card.higher': msg('högre andel är bättre', 'a higher share is better'),
  'survey.card.lower': msg('lägre andel är bättre', 'a lower share is better'),
  'survey.card.caption': fmt<{ unit: string }>((p) => `: mätningarna före och under eller efter löftet, ${p.unit}`, (p) => `: the surveys before and during or after the promise, ${p.unit}`),
  'survey.card.colArea': msg('Område och mätning', 'Area and survey'),
  'survey.card.colIndex': msg('Index', 'Index'),
  'survey.card.colShare': msg('Andel', 'Share'),
  'survey.card.colInterval': msg('Intervall', 'Interval'),
  'survey.card.colRespondents': msg('Svarande', 'Respondents'),
  'survey.card.before': msg('före löftet', 'before the promise'),
  'survey.card.during': msg('under löftet', 'during the promise'),
  'survey.card.after': msg('året efter', 'the year after'),
  'survey.card.example': msg('* exempeldata', '* example data'),
  'survey.card.interval': msg('intervall', 'interval'),
  'survey.card.chartAria': fmt<{ label: string; unit: string; municipality: string; group: string | null }>(
    (p) => `Punktdiagram med intervall: ${p.label}, ${p.unit}, för ${p.municipality}${p.group ? ` och ${p.group}` : ''}. Samma siffror finns i tabellen ovan.`,
    // The Swedish question is left out here (an attribute cannot mark it Swedish); the card's heading has it.
    (p) => `Dot chart with intervals: ${p.unit}, for ${p.municipality}${p.group ? ` and ${p.group}` : ''}. The same figures are in the table above.`,
  ),
  'survey.card.sourceLead': msg('Källa: ', 'Source: '),
  'survey.card.exampleSource': msg('exempeldata', 'example data'),
});
