/** Names of the tables and fields an import fills, and a staged part not known: used outside the importers too. */
import { fmt, msg, register } from '../entry';

export const dataimportTables = register({
  'dataimport.field.year': msg('år', 'year'),
  'dataimport.field.municipality': msg('kommun', 'municipality'),
  'dataimport.field.category': msg('brottskategori', 'crime category'),
  'dataimport.field.count': msg('antal (eller befolkning)', 'count (or population)'),
  'dataimport.field.question': msg('fråga (id och text)', 'question (id and text)'),
  'dataimport.field.better': msg('vilket håll som är bättre', 'which direction is better'),

  // The preview before an import is written (preview.ts).
  'dataimport.unknownStaged': fmt<{ table: string }>((p) => `Okänd tabell i sparad import: ${p.table}`, (p) => `Unknown table in a saved import: ${p.table}`),

  // The mapping dialog's optional survey columns (survey-dialog.ts).
  'dataimport.table.crimes': msg('Anmälda brott', 'Reported crimes'),
  'dataimport.table.crimes_period': msg('Anmälda brott per månad eller kvartal', 'Reported crimes by month or quarter'),
  'dataimport.table.population': msg('Befolkning', 'Population'),
  'dataimport.table.activities': msg('Insatser', 'Interventions'),
  'dataimport.table.survey_results': msg('Enkätresultat', 'Survey results'),
});
