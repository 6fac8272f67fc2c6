/**
 * The accessibility statement (tillgänglighetsredogörelse), after DIGG's model. Who stands behind
 * the site and how to reach them are set in src/lib/config.ts, in both languages.
 */
import { fmt, msg, register } from '../entry';

export const statement = register({
  'statement.title': msg('Tillgänglighetsredogörelse', 'Accessibility statement'),
  'statement.lead': fmt<{ organisation: string }>(
    (p) =>
      `${p.organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera problem till oss så att vi kan åtgärda dem.`,
    (p) =>
      `${p.organisation} stand behind this website. We want as many people as possible to be able to use it. This statement describes how the website meets the Swedish Act (2018:1937) on accessibility to digital public services, which shortcomings are known, and how you can report problems to us so that we can fix them.`,
  ),
  'statement.status': msg('Hur tillgänglig är webbplatsen?', 'How accessible is the website?'),
  'statement.statusBefore': msg('Webbplatsen är', 'The website is'),
  'statement.statusPartly': msg('delvis förenlig', 'partially compliant'),
  'statement.statusAfter': msg(
    'med lagen (2018:1937) om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs under',
    'with the Act (2018:1937) on accessibility to digital public services, because of the shortcomings described in',
  ),
  'statement.feedback': msg('Vad kan du göra om du inte kan använda delar av webbplatsen?', 'What can you do if you cannot use parts of the website?'),
  'statement.feedbackBefore': msg(
    'Om du behöver innehållet i en annan form, till exempel siffrorna bakom ett diagram, kan du använda knappen',
    'If you need the content in another form, for example the figures behind a chart, you can use the button',
  ),
  'statement.showTable': msg('Visa som tabell', 'Show as table'),
  'statement.feedbackAfter': msg('eller ladda ner diagrammets data som CSV. Du kan också kontakta oss:', "or download the chart's data as CSV. You can also contact us:"),
  'statement.email': msg('E-post:', 'Email:'),
  'statement.phone': msg('Telefon:', 'Phone:'),
  'statement.answer': fmt<{ time: string }>((p) => `Vi svarar ${p.time}.`, (p) => `We answer ${p.time}.`),
  'statement.report': msg('Rapportera brister i webbplatsens tillgänglighet', "Report shortcomings in the website's accessibility"),
  'statement.reportText': msg(
    'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta oss på',
    "We are always working to improve the website's accessibility. If you find problems that are not described here, or if you think that we do not meet the requirements of the law, contact us at",
  ),
  'statement.reportAfter': msg('så att vi får veta att problemet finns.', 'so that we know about the problem.'),
  'statement.supervision': msg('Tillsyn', 'Enforcement'),
  'statement.supervisionText': msg(
    'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du',
    'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can',
  ),
  'statement.supervisionLink': msg('kontakta Digg och påtala det', 'contact Digg and tell them'),
  'statement.shortcomings': msg('Innehåll som inte är tillgängligt', 'Content that is not accessible'),
  'statement.shortcomingsLead': msg(
    'Det innehåll som beskrivs nedan är på ett eller annat sätt inte helt tillgängligt.',
    'The content described below is, in one way or another, not fully accessible.',
  ),
  'statement.nonCompliance': msg('Bristande förenlighet med lagkraven', 'Non-compliance with the legal requirements'),
  'statement.english': msg(
    'Det finns ett engelskt gränssnitt (In English i sidhuvudet), men uppgifterna från källorna visas som de är, på svenska: kommunernas och platsernas namn, brottskategorier, beskrivningar av insatser och enkätfrågor.',
    'There is an English interface, but the data from the sources are shown as they are, in Swedish: the names of municipalities and places, crime categories, descriptions of activities and survey questions.',
  ),
  'statement.contrast': msg(
    'I de staplade stapeldiagrammen har intilliggande färger för låg kontrast mot varandra (Kommunen och Samverkan skiljer sig 1,09:1; WCAG 1.4.11). Segmenten skiljs åt av en vit linje men har inga mönster eller direkta etiketter. Samma siffror finns under',
    "In the stacked bar charts, adjacent colours have too little contrast with each other (the municipality's and the joint work's colours differ by 1.09:1; WCAG 1.4.11). The segments are separated by a white line but have no patterns or direct labels. The same figures are behind",
  ),
  'statement.language': msg('Några texter har språkfel, till exempel saknade mellanslag och fel böjning.', 'Some texts have language errors, for example missing spaces and wrong inflections.'),
  'statement.testing': msg('Hur vi testat webbplatsen', 'How we tested the website'),
  'statement.testingText': msg(
    'Vi har granskat webbplatsen själva; ingen extern granskning har gjorts. Vi har kontrollerat alla vyer med verktyget axe-core och testar automatiskt i Chromium att tangentbordet når allt, att fokus flyttas in i och tillbaka från dialoger och formulär, att tabeller kan rullas med tangentbordet vid 320 pixlars bredd och att axlar och vald vy syns med tvingade färger.',
    'We have reviewed the website ourselves; no external review has been made. We have checked every view with the axe-core tool and test automatically in Chromium that the keyboard reaches everything, that focus moves into and back from dialogs and forms, that tables can be scrolled with the keyboard at a width of 320 pixels, and that axes and the current view show in forced colours.',
  ),
  'statement.written': msg('Redogörelsen skrevs den', 'This statement was written on'),
});
