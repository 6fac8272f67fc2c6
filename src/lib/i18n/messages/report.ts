/** The follow-up report (Uppföljning): the document, its statistics and survey sections, print and export. */
import { fmt, msg, register } from '../entry';

type Year = { year: number };
type Municipality = { municipality: string };

export const report = register({
  // The model (src/lib/report/build.ts, text.ts)
  'report.heading': fmt<Municipality>((p) => `Uppföljning medborgarlöfte ${p.municipality}`, (p) => `Citizen promise follow-up: ${p.municipality}`),
  'report.headingProvisional': fmt<Municipality>(
    (p) => `Lägesbild ${p.municipality} (inget medborgarlöfte i datan)`,
    (p) => `Situation report: ${p.municipality} (no citizen promise in the data)`,
  ),
  'report.and': msg('och', 'and'),
  'report.conclusion.head': fmt<Year>((p) => `Utifrån uppföljningen och statistik för ${p.year} så ser vi`, (p) => `From the follow-up and the statistics for ${p.year} we see`),
  'report.conclusion.noStatistics': msg(
    'att statistik för fokusområdet saknas, så utfallet går inte att bedöma.',
    'that there are no statistics for the focus area, so the outcome cannot be assessed.',
  ),
  'report.conclusion.improved': fmt<{ names: string }>((p) => `en tydlig förbättring för ${p.names}`, (p) => `a clear improvement for ${p.names}`),
  'report.conclusion.worsened': fmt<{ names: string }>((p) => `en tydlig försämring för ${p.names}`, (p) => `a clear deterioration for ${p.names}`),
  'report.conclusion.unclear': fmt<{ names: string }>(
    (p) => `att det inte går att avgöra om ${p.names} har förändrats mer än den vanliga variationen mellan åren`,
    (p) => `that we cannot tell whether ${p.names} changed more than the usual variation between years`,
  ),
  'report.conclusion.tooFew': fmt<{ names: string }>((p) => `för få brott för att avgöra något om ${p.names}`, (p) => `too few crimes to tell anything about ${p.names}`),
  'report.conclusion.none': msg('ingen bedömning av utfallet.', 'no assessment of the outcome.'),
  'report.conclusion.cause': msg(' Statistiken visar vad som har hänt, inte vad löftet har orsakat.', ' The statistics show what has happened, not what the promise has caused.'),
  'report.conclusion.activity': fmt<{ names: string }>(
    (p) => ` ${p.names} redovisas som polisens aktivitet, inte som utfall.`,
    (p) => ` ${p.names} are reported as police activity, not as an outcome.`,
  ),
  'report.conclusion.focus': fmt<{ focus: string }>((p) => ` Statistiken säger inget särskilt om ${p.focus}.`, (p) => ` The statistics say nothing in particular about ${p.focus}.`),
  'report.conclusion.example': msg(' Observera att brottsstatistiken i denna rapport är exempeldata.', ' Note that the crime statistics in this report are example data.'),
  'report.conclusion.surveyExample': msg(' Observera att enkätsvaren i denna rapport är exempeldata.', ' Note that the survey answers in this report are example data.'),
  'report.proposal': fmt<{ focus: string }>(
    (p) => `att [fyll i vad polisen och kommunen lovar, med utgångspunkt i fokus på ${p.focus} och underlaget ovan].`,
    // The focus is the data's Swedish wording: English names it instead of quoting it inside the sentence.
    () => "to [fill in what the police and the municipality promise, starting from the promise's focus and the evidence above].",
  ),

  // Print footer and sources (src/lib/report/print.ts)
  'report.footerSource': msg(
    'Källa: polisen.se och kommunens aktivitetslogg (insatser), BRÅ och SCB/Kolada (statistik).',
    "Source: polisen.se and the municipality's activity log (activities), BRÅ and SCB/Kolada (statistics).",
  ),
  'report.footerSourceExample': msg(
    'Källa: polisen.se och kommunens aktivitetslogg (insatser), BRÅ och SCB/Kolada (statistik); delar är exempeldata.',
    "Source: polisen.se and the municipality's activity log (activities), BRÅ and SCB/Kolada (statistics); parts are example data.",
  ),
  // The page margin's one line (7.5 pt, 180 mm): the sources named short, so date and page number fit.
  'report.marginSource': msg('Källa: polisen.se, kommunens aktivitetslogg, BRÅ och SCB/Kolada.', "Sources: polisen.se, the municipality's activity log, BRÅ and SCB/Kolada."),
  'report.marginSourceExample': msg(
    'Källa: polisen.se, kommunens aktivitetslogg, BRÅ och SCB/Kolada; delar är exempeldata.',
    "Sources: polisen.se, the municipality's activity log, BRÅ and SCB/Kolada; partly example data.",
  ),
  'report.printed': fmt<{ date: string }>((p) => `Utskrivet ${p.date}`, (p) => `Printed ${p.date}`),
  'report.page': msg('sida', 'page'),
  'report.pageOf': msg('av', 'of'),
  'report.fileName': fmt<{ slug: string; year: number }>((p) => `uppfoljning-${p.slug}-${p.year}.html`, (p) => `follow-up-${p.slug}-${p.year}.html`),

  // The document (ReportDocument, ItemList)
  'report.focus': msg('Fokus:', 'Focus:'),
  'report.activitiesExample': fmt<Year>((p) => `Insatserna för ${p.year} är exempeldata, inte verkliga uppgifter.`, (p) => `The activities for ${p.year} are example data, not real records.`),
  'report.kept': msg('Så har vi uppfyllt vårt löfte', 'How we have kept our promise'),
  'report.police': msg('Detta har polisen gjort:', 'What the police have done:'),
  'report.kommun': msg('Detta har kommunen gjort:', 'What the municipality has done:'),
  'report.joint': msg('Detta har vi gjort tillsammans:', 'What we have done together:'),
  'report.policeEmpty': msg('Inga insatser från polisen är registrerade för året.', 'No activities by the police are recorded for the year.'),
  'report.kommunEmpty': msg('Inga insatser från kommunen är registrerade för året.', 'No activities by the municipality are recorded for the year.'),
  'report.information': msg('Informationsinsatser och uppföljning av medborgarlöftet', 'Informing the public and following up the citizen promise'),
  'report.informationEmpty': msg('Inga informationsinsatser är registrerade för året.', 'No information activities are recorded for the year.'),
  'report.next': fmt<Year>((p) => `Vårt löfte inför ${p.year}`, (p) => `Our promise for ${p.year}`),
  'report.nextLabel': fmt<Year>((p) => `Vi lovar därför inför ${p.year}`, (p) => `We therefore promise for ${p.year}`),
  'report.hint': msg(
    'Förslaget är en mall att fylla i: statistiken avgör inte vad ni ska lova. Skriv det innan ni skriver ut eller laddar ner rapporten. Det du skriver sparas i den här webbläsaren.',
    'The proposal is a template to fill in: the statistics do not decide what you should promise. Write it before you print or download the report. What you write is saved in this browser.',
  ),

  // Figures (ReportFigure, ReportStats, charts.ts)
  'report.showTable': msg('Visa som tabell', 'Show as table'),
  'report.source': fmt<{ source: string }>((p) => `Källa: ${p.source}.`, (p) => `Source: ${p.source}.`),
  'report.figureExample': msg('Exempeldata: genererade siffror, inte verklig statistik.', 'Example data: generated figures, not real statistics.'),
  'report.statisticsSource': msg('anmälda brott (BRÅ), befolkning (SCB/Kolada)', 'reported crimes (BRÅ), population (SCB/Kolada)'),
  'report.statistics': fmt<Year>((p) => `Statistik för ${p.year}`, (p) => `Statistics for ${p.year}`),
  'report.statisticsExample': msg(
    'Brottsstatistiken för kommunerna är exempeldata: genererade siffror som visar verktyget, inte verklig statistik.',
    'The crime statistics for the municipalities are example data: generated figures that show the tool, not real statistics.',
  ),
  'report.perInhabitants': msg('per 100\u00a0000 invånare', 'per 100,000 inhabitants'),
  'report.trendTitle': fmt<Municipality & { years: string }>(
    (p) => `Anmälda brott per 100\u00a0000 invånare i ${p.municipality}, ${p.years}`,
    (p) => `Reported crimes per 100,000 inhabitants in ${p.municipality}, ${p.years}`,
  ),
  'report.trendAria': fmt<Municipality & { from: number; to: number }>(
    (p) => `Linjediagram: löftets fokusområden, anmälda brott per 100\u00a0000 invånare i ${p.municipality} ${p.from}–${p.to}`,
    (p) => `Line chart: the promise's focus areas, reported crimes per 100,000 inhabitants in ${p.municipality} ${p.from}–${p.to}`,
  ),
  'report.intervalTitle': fmt<{ before: string; during: string }>(
    (p) => `Före och under löftet (${p.before} mot ${p.during}), per 100\u00a0000 invånare med 95 % konfidensintervall`,
    (p) => `Before and during the promise (${p.before} against ${p.during}), per 100,000 inhabitants with 95% confidence intervals`,
  ),
  'report.intervalAria': fmt<Municipality>(
    (p) => `Punktdiagram med 95 % konfidensintervall för löftets fokusområden i ${p.municipality}, före och under löftet`,
    (p) => `Dot chart with 95% confidence intervals for the promise's focus areas in ${p.municipality}, before and during the promise`,
  ),
  'report.colCategory': msg('Brottskategori och år', 'Crime category and years'),
  'report.colInterval': msg('95 % konfidensintervall', '95% confidence interval'),
  'report.findings': msg('Vad statistiken säger', 'What the statistics say'),
  'report.method': msg(
    'En förändring kallas tydlig bara när den är större än den vanliga variationen mellan åren (95 % konfidensintervall, jämfört med jämförelsegruppen). Narkotikabrott redovisas som polisens aktivitet, inte som utfall.',
    'A change is called clear only when it is larger than the usual variation between years (95% confidence interval, compared with the comparison group). Drug offences (narkotikabrott) are reported as police activity, not as an outcome.',
  ),
  'report.noStatistics': msg('Det finns ingen statistik för löftets fokusområden och år.', "There are no statistics for the promise's focus areas and year."),

  // The survey section (ReportSurvey)
  'report.survey': msg('Trygghet i enkäter', 'Feeling safe: surveys'),
  'report.surveyExample': msg(
    'Enkätsvaren är exempeldata: genererade siffror som visar verktyget, inte verkliga mätningar.',
    'The survey answers are example data: generated figures that show the tool, not real measurements.',
  ),
  'report.surveyRegion': msg('Enkätindikatorer, tabell', 'Survey indicators, table'),
  'report.surveyCaption': fmt<Municipality>(
    (p) => `Löftets enkätindikatorer i ${p.municipality}: andel svarande med 95 % konfidensintervall (Wilson, med designeffekt när den anges) eller index med publicerat intervall.`,
    (p) => `The promise's survey indicators in ${p.municipality}: share of respondents with a 95% confidence interval (Wilson, with the design effect where given) or an index with its published interval.`,
  ),
  'report.surveyCaptionExample': msg('* exempeldata', '* example data'),
  'report.surveyCaptionPrint': msg('Vad varje bedömning bygger på står i vyn Underlag för beslut.', 'What each assessment rests on is set out in the decision view.'),
  'report.colIndicator': msg('Indikator', 'Indicator'),
  'report.colSurvey': msg('Mätning', 'Survey'),
  'report.colValue': msg('Värde', 'Value'),
  'report.colRange': msg('Intervall', 'Interval'),
  'report.colAssessment': msg('Bedömning', 'Assessment'),
  'report.surveyFindings': msg('Vad enkäterna säger', 'What the surveys say'),
  'report.sourceLabel': msg('Källa:', 'Source:'),
  'report.surveyMethod': msg(
    'Samma regler som för brotten: en förändring kallas tydlig bara när den är större än den vanliga variationen mellan mätningarna, jämfört med jämförelsegruppen när den har mätningar samma år.',
    'The same rules as for the crimes: a change is called clear only when it is larger than the usual variation between surveys, compared with the comparison group when it has surveys in the same year.',
  ),

  // The view (UppfoljningView)
  'report.view': msg('Uppföljning', 'Follow-up'),
  'report.promise': msg('Medborgarlöfte', 'Citizen promise'),
  'report.year': msg('År', 'Year'),
  'report.print': msg('Skriv ut', 'Print'),
  'report.downloadHtml': msg('Ladda ner som HTML', 'Download as HTML'),
  'report.meeting': msg('Mötesläge', 'Meeting mode'),
  'report.noPromise': fmt<Municipality>((p) => `Det finns inget medborgarlöfte för ${p.municipality} i datan.`, (p) => `There is no citizen promise for ${p.municipality} in the data.`),
  'report.fetchError': fmt<{ error: string }>((p) => `Kunde inte hämta uppgifterna: ${p.error}`, (p) => `Could not fetch the data: ${p.error}`),
});
