/** Charts and their files (wt25): the frame, tooltips, keyboard hints, legends, downloads, export notes. */
import { fmt, msg, register } from '../entry';

export const charts = register({
  'chart.defaultSource': msg(
    'kommunens och polisens uppföljning av medborgarlöftet (insatser); exempeldata där det anges',
    'the municipality’s and the police’s follow-up of the citizen promise (interventions); example data where stated',
  ),
  'chart.showChart': msg('Visa som diagram', 'Show as chart'),
  'chart.showTable': msg('Visa som tabell', 'Show as table'),
  'chart.download': msg('Ladda ner', 'Download'),
  'chart.svg': msg('Diagram som SVG', 'Chart as SVG'),
  'chart.png': msg('Diagram som PNG', 'Chart as PNG'),
  'chart.csv': msg('Tabell som CSV', 'Table as CSV'),
  'chart.notDrawn': msg('diagrammet är inte ritat (visa det som diagram först).', 'the chart is not drawn (show it as a chart first).'),
  'chart.fileFailed': fmt<{ error: string }>((p) => `Kunde inte skapa filen: ${p.error}`, (p) => `Could not create the file: ${p.error}`),
  'chart.source': fmt<{ source: string }>((p) => `Källa: ${p.source}.`, (p) => `Source: ${p.source}.`),
  'chart.exampleFoot': msg('* exempeldata: genererade siffror, inte verklig statistik.', '* example data: generated figures, not real statistics.'),
  'chart.legend': msg('Teckenförklaring', 'Key'),
  'chart.keyHint': msg('Använd piltangenterna för att läsa värdena.', 'Use the arrow keys to read the values.'),
  'chart.keyHintYears': msg('Använd piltangenterna för att läsa värdena år för år.', 'Use the arrow keys to read the values year by year.'),
  'chart.keyHintPeriods': msg('Använd piltangenterna för att läsa värdena period för period.', 'Use the arrow keys to read the values period by period.'),
  'chart.keyHintBars': msg('Använd piltangenterna upp och ner för att läsa värdena.', 'Use the up and down arrow keys to read the values.'),
  'chart.mapKeyHint': msg('Piltangenterna går igenom kommunerna med uppgifter i bokstavsordning.', 'The arrow keys go through the municipalities with figures in alphabetical order.'),
  'chart.interval': fmt<{ low: string; high: string }>((p) => `(95 % KI ${p.low}–${p.high})`, (p) => `(95% CI ${p.low}–${p.high})`),
  'chart.example': msg('exempeldata', 'example data'),
  'chart.exampleParen': msg('(exempeldata)', '(example data)'),
  'chart.prel': msg('prel.', 'prelim.'),
  'chart.noValueYear': msg('Inga värden detta år.', 'No values this year.'),
  'chart.noValuePeriod': msg('Inga värden denna period.', 'No values this period.'),
  'chart.activitiesNote': fmt<{ text: string }>((p) => `Insatser: ${p.text}`, (p) => `Interventions: ${p.text}`),
  'chart.activityAxis': msg('Insatser på tidsaxeln', 'Interventions on the time axis'),
  'chart.activityLegend': fmt<{ years: string }>((p) => `▲ på tidsaxeln: år med registrerade insatser (${p.years})`, (p) => `▲ on the time axis: years with recorded interventions (${p.years})`),
  'chart.viewData': fmt<{ n: string; count: number }>(
    (p) => `Ladda ner vyns data (${p.n} ${p.count === 1 ? 'rad' : 'rader'})`,
    (p) => `Download the view’s data (${p.n} ${p.count === 1 ? 'row' : 'rows'})`,
  ),
  'chart.dataCsv': msg('Data som CSV', 'Data as CSV'),
  'chart.dataParquet': msg('Data som Parquet', 'Data as Parquet'),
  // Export notes and files
  'export.exampleNote': msg(
    'Exempeldata (ofyllda punkter, randiga staplar, * i tabellen): genererade siffror, inte verklig statistik.',
    'Example data (open points, striped bars, * in the table): generated figures, not real statistics.',
  ),
  'export.source': fmt<{ source: string }>((p) => `Källa: ${p.source}`, (p) => `Source: ${p.source}`),
  'export.comparedWith': fmt<{ main: string; others: string }>((p) => `${p.main} jämfört med ${p.others}`, (p) => `${p.main} compared with ${p.others}`),
  'export.noCanvas': msg('Webbläsaren kan inte rita på en canvas.', 'The browser cannot draw on a canvas.'),
  'export.noPng': msg('PNG-bilden kunde inte skapas.', 'The PNG image could not be created.'),
});
