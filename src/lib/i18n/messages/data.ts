/** The Data view: the drop zone, import status, dataset list and restore problems (src/components/data). */
import { fmt, msg, register } from '../entry';

type File = { file: string };

export const data = register({
  'data.title': msg('Data', 'Data'),
  'data.lead': msg(
    'Läs in verkliga siffror från BRÅ, Kolada eller SCB. Importerade rader ersätter levererade rader för samma år, kommun (och brottskategori), och sparas i den här webbläsaren tills du tar bort dem. En fil med fel läses inte in alls.',
    'Import real figures from BRÅ, Kolada or SCB. Imported rows replace shipped rows for the same year, municipality (and crime category), and are kept in this browser until you remove them. A file with errors is not imported at all.',
  ),
  'data.listError': fmt<{ error: string }>((p) => `Kunde inte lista datan: ${p.error}`, (p) => `Could not list the data: ${p.error}`),
  'data.resetConfirm': msg(
    'Återställa till levererade data? Alla importer som sparats i den här webbläsaren tas bort och kan inte återfås här.',
    'Reset to the shipped data? Every import kept in this browser is removed and cannot be recovered here.',
  ),

  // Drop zone.
  'data.drop': msg('Släpp filer här, eller', 'Drop files here, or'),
  'data.pick': msg('Välj filer …', 'Choose files …'),
  // The hint around BRÅ's header as it is written in the file (shown between the two parts, in Swedish).
  'data.dropHintA': msg(
    'CSV/TSV/semikolonseparerad text (UTF-8, UTF-16 eller Windows-1252), Parquet, JSON från Koladas API eller SCB:s json-stat2. Känner igen BRÅ:s kommunfil (',
    'CSV/TSV/semicolon-separated text (UTF-8, UTF-16 or Windows-1252), Parquet, JSON from the Kolada API or SCB json-stat2. Recognises the BRÅ municipality file (',
  ),
  'data.dropHintB': msg(
    '), BRÅ:s statistikdatabas, Kolada, SCB:s befolkningstabeller och verktygets egna CSV-filer.',
    '), the BRÅ statistics database, Kolada, SCB population tables and the tool’s own CSV files.',
  ),

  // Import status.
  'data.cancel': msg('Avbryt', 'Cancel'),
  'data.failed': msg('Filen kunde inte läsas in', 'The file could not be imported'),
  'data.failedUnchanged': fmt<{ message: string }>(
    (p) => `${p.message} Tidigare inlästa data är oförändrade.`,
    (p) => `${p.message} Previously imported data are unchanged.`,
  ),
  'data.issuesCaption': fmt<File>((p) => `Fel i ${p.file}`, (p) => `Errors in ${p.file}`),
  'data.col.row': msg('Rad', 'Row'),
  'data.col.column': msg('Kolumn', 'Column'),
  'data.col.value': msg('Värde', 'Value'),
  'data.col.error': msg('Fel', 'Error'),
  'data.emptyValue': msg('(tomt)', '(empty)'),
  'data.moreIssues': fmt<{ n: number }>((p) => `… och ${p.n} fel till.`, (p) => `… and ${p.n} more ${p.n === 1 ? 'error' : 'errors'}.`),
  'data.cancelled': fmt<File>((p) => `Importen av ${p.file} avbröts. Inget ändrades.`, (p) => `The import of ${p.file} was cancelled. Nothing changed.`),
  'data.imported': fmt<File & { n: number; rows: string }>(
    (p) => `Läste in ${p.file}: ${p.rows} ${p.n === 1 ? 'rad' : 'rader'}.`,
    (p) => `Imported ${p.file}: ${p.rows} ${p.n === 1 ? 'row' : 'rows'}.`,
  ),
  'data.revisions': fmt<File & { n: number; total: string; shown: number | null }>(
    (p) => `Reviderade värden i ${p.file}: ${p.total} ${p.n === 1 ? 'värde' : 'värden'} ersattes (gammalt → nytt)${p.shown !== null ? `, de första ${p.shown} visas` : ''}`,
    (p) => `Revised values in ${p.file}: ${p.total} ${p.n === 1 ? 'value was' : 'values were'} replaced (old → new)${p.shown !== null ? `, the first ${p.shown} shown` : ''}`,
  ),
  'data.rev.period': msg('Period', 'Period'),
  'data.rev.municipality': msg('Kommun', 'Municipality'),
  'data.rev.category': msg('Brottstyp', 'Crime type'),
  'data.rev.old': msg('Gammalt', 'Old'),
  'data.rev.new': msg('Nytt', 'New'),
  'data.rev.oldSource': msg('Gammal källa', 'Old source'),
  'data.revisionsNone': msg('Inga tidigare inlästa värden ändrades.', 'No previously imported values were changed.'),

  // Dataset list.
  'data.loaded': msg('Inlästa data', 'Loaded data'),
  'data.ds.name': msg('Namn', 'Name'),
  'data.ds.source': msg('Källa', 'Source'),
  'data.ds.rows': msg('Rader', 'Rows'),
  'data.ds.years': msg('År', 'Years'),
  'data.ds.municipalities': msg('Kommuner', 'Municipalities'),
  'data.ds.loadedAt': msg('Inläst', 'Loaded'),
  'data.ds.kind': msg('Typ', 'Kind'),
  'data.ds.action': msg('Åtgärd', 'Action'),
  'data.ds.subYear': msg(' (per månad eller kvartal)', ' (by month or quarter)'),
  'data.ds.withTool': msg('med verktyget', 'with the tool'),
  'data.ds.imported': msg('importerad', 'imported'),
  'data.ds.shippedExample': msg('levererad (exempeldata)', 'shipped (example data)'),
  'data.ds.shipped': msg('levererad', 'shipped'),
  'data.remove': msg('Ta bort', 'Remove'),
  'data.removeFile': fmt<File>((p) => `Ta bort ${p.file}`, (p) => `Remove ${p.file}`),
  'data.reset': msg('Återställ till levererade data …', 'Reset to the shipped data …'),

  // Restore problems.
  'data.restore.title': msg('Sparade importer som inte kunde läsas in', 'Kept imports that could not be restored'),
  'data.restore.index': fmt<{ error: string }>(
    (p) => `${p.error} Importerna som sparats i den här webbläsaren visas därför inte. Du kan tömma listan och läsa in filerna igen.`,
    (p) => `${p.error} The imports kept in this browser are therefore not shown. You can empty the list and import the files again.`,
  ),
  'data.restore.empty': msg('Töm sparade importer …', 'Empty the kept imports …'),
  'data.restore.retry': msg('Försök igen', 'Try again'),
  'data.restore.forget': fmt<File>((p) => `Ta bort ${p.file} ur webbläsaren`, (p) => `Remove ${p.file} from the browser`),
  'data.restore.shipped': msg(
    'Tabellerna visar de levererade siffrorna i stället för dessa importer tills de läses in igen.',
    'The tables show the shipped figures instead of these imports until they are imported again.',
  ),

  // Kept imports in the browser (src/lib/persist).
  'data.resetName': msg('Återställning', 'Reset'),
  'data.progress.checking': msg('Kontrollerar raderna', 'Checking the rows'),
  'data.progress.writing': msg('Skriver raderna', 'Writing the rows'),

  // The SQL console (SqlConsole.svelte, src/lib/queries/sql-console.ts).
  'data.sql.label': msg(
    'SQL-fråga (bara läsfrågor: SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN)',
    'SQL query (read-only queries only: SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN)',
  ),
  'data.sql.run': msg('Kör', 'Run'),
  'data.sql.running': msg('Kör …', 'Running …'),
  'data.sql.hint': msg('Ctrl+Enter kör frågan. Inget i databasen ändras.', 'Ctrl+Enter runs the query. Nothing in the database changes.'),
  'data.sql.csv': msg('Resultat som CSV', 'Result as CSV'),
  'data.sql.csvName': msg('sql-resultat.csv', 'sql-result.csv'),
  'data.sql.cancelled': msg('Frågan avbröts.', 'The query was cancelled.'),
  'data.sql.count': fmt<{ n: number; total: string; truncated: boolean; shown: string | null; csvAll: string | null }>(
    (p) =>
      `${p.total} ${p.n === 1 ? 'rad' : 'rader'}${p.truncated ? ' lästes (fler fanns men läses inte in)' : ''}${p.shown !== null ? `, de första ${p.shown} visas (CSV-filen har ${p.csvAll !== null ? `de första ${p.csvAll}` : 'alla'})` : ''}.`,
    (p) =>
      `${p.total} ${p.n === 1 ? 'row' : 'rows'}${p.truncated ? ' read (there were more, which are not read)' : ''}${p.shown !== null ? `, the first ${p.shown} shown (the CSV file has ${p.csvAll !== null ? `the first ${p.csvAll}` : 'all of them'})` : ''}.`,
  ),
  'data.sql.resultTable': msg('Resultattabell', 'Result table'),
  'data.sql.resultCaption': msg('Resultat av SQL-frågan', 'Result of the SQL query'),
  'data.sql.tables': msg('Tabeller och kolumner', 'Tables and columns'),
  'data.sql.tablesError': fmt<{ error: string }>((p) => `Kunde inte läsa tabellerna: ${p.error}`, (p) => `Could not read the tables: ${p.error}`),
  'data.sql.empty': msg('Skriv en fråga först.', 'Write a query first.'),
  'data.sql.oneStatement': msg(
    'Kör en fråga i taget: konsolen tar bara emot en sats (ta bort allt efter första semikolonet).',
    'Run one query at a time: the console takes a single statement (remove everything after the first semicolon).',
  ),
  'data.sql.notRead': fmt<{ first: string | null }>(
    (p) => `Bara läsfrågor är tillåtna: börja med SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE eller EXPLAIN. ${p.first !== null ? `”${p.first}”` : 'Frågan'} körs inte.`,
    (p) => `Only read-only queries are allowed: begin with SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN. ${p.first !== null ? `“${p.first}” is` : 'The query is'} not run.`,
  ),
  'data.sql.writing': fmt<{ word: string }>(
    (p) => `Bara läsfrågor är tillåtna: ”${p.word}” kan ändra data eller inställningar och körs inte. Är det ett kolumnnamn, skriv det inom citattecken ("${p.word.toLowerCase()}").`,
    (p) => `Only read-only queries are allowed: “${p.word}” can change data or settings and is not run. If it is a column name, write it in double quotes ("${p.word.toLowerCase()}").`,
  ),
  'data.sql.timeout': fmt<{ s: number }>(
    (p) => `Frågan tog längre än ${p.s} sekunder och avbröts. Begränsa den (WHERE, LIMIT) och försök igen.`,
    (p) => `The query took longer than ${p.s} seconds and was cancelled. Narrow it (WHERE, LIMIT) and try again.`,
  ),
});
