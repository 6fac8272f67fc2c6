/**
 * The importer's messages (src/lib/import): refusals naming the file, and the issues of a row
 * (row, column and value are shown beside the message). Numbers come formatted.
 */
import { fmt, msg, register } from '../entry';

type File = { file: string };
type Limit = File & { n: string; max: string };

export const dataimport = register({
  // Whole-file refusals.
  'dataimport.cancelled': fmt<File>((p) => `${p.file}: importen avbröts. Inget lästes in.`, (p) => `${p.file}: the import was cancelled. Nothing was read.`),
  'dataimport.tooManyLinesAtLeast': fmt<Limit>(
    (p) => `${p.file}: filen har minst ${p.n} rader; gränsen är ${p.max}. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`,
    (p) => `${p.file}: the file has at least ${p.n} rows; the limit is ${p.max}. Split the file (e.g. by year) and import the parts one at a time.`,
  ),
  'dataimport.tooManyRows': fmt<Limit>(
    (p) => `${p.file}: filen har ${p.n} rader; gränsen är ${p.max}. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`,
    (p) => `${p.file}: the file has ${p.n} rows; the limit is ${p.max}. Split the file (e.g. by year) and import the parts one at a time.`,
  ),
  'dataimport.tooManyColumns': fmt<Limit>(
    (p) => `${p.file}: filen har ${p.n} kolumner; gränsen är ${p.max}. Är det rätt fil, och rätt avgränsare?`,
    (p) => `${p.file}: the file has ${p.n} columns; the limit is ${p.max}. Is it the right file, with the right delimiter?`,
  ),
  'dataimport.notTable': fmt<File & { line: string | null; reason: string }>(
    (p) => `${p.file}: filen kunde inte läsas som en tabell${p.line ? ` (rad ${p.line})` : ''}: ${p.reason}`,
    (p) => `${p.file}: the file could not be read as a table${p.line ? ` (row ${p.line})` : ''}: ${p.reason}`,
  ),
  'dataimport.tooLarge': fmt<File & { size: string; max: string }>(
    (p) => `${p.file}: filen är för stor (${p.size}) för webbläsarens minne; gränsen är ${p.max}. Dela upp filen eller filtrera den först.`,
    (p) => `${p.file}: the file is too large (${p.size}) for the browser’s memory; the limit is ${p.max}. Split or filter the file first.`,
  ),
  'dataimport.empty': fmt<File>((p) => `${p.file}: filen är tom.`, (p) => `${p.file}: the file is empty.`),
  'dataimport.excel': fmt<File>(
    (p) => `${p.file}: Excel-filer kan inte läsas här. Spara filen som CSV (semikolonseparerad) och läs in den igen.`,
    (p) => `${p.file}: Excel files cannot be read here. Save the file as CSV (semicolon-separated) and import it again.`,
  ),
  'dataimport.binary': fmt<File>(
    (p) => `${p.file}: filen är inte en textfil, Parquet eller JSON (den innehåller binära tecken).`,
    (p) => `${p.file}: the file is not a text file, Parquet or JSON (it contains binary characters).`,
  ),
  'dataimport.noRows': fmt<File>((p) => `${p.file}: filen innehåller inga datarader.`, (p) => `${p.file}: the file has no data rows.`),
  'dataimport.koladaManyKpis': fmt<File>(
    (p) => `${p.file}: svaret från Kolada innehåller flera nyckeltal; hämta ett nyckeltal per fil.`,
    (p) => `${p.file}: the Kolada response holds several KPIs; download one KPI per file.`,
  ),
  'dataimport.giveFields': fmt<File & { fields: string }>((p) => `${p.file}: ange ${p.fields}.`, (p) => `${p.file}: give ${p.fields}.`),
  'dataimport.errors': fmt<File & { n: string; atLeast: boolean }>(
    (p) => `${p.file}: ${p.atLeast ? 'minst ' : ''}${p.n} fel, inget lästes in.`,
    (p) => `${p.file}: ${p.atLeast ? 'at least ' : ''}${p.n} ${p.n === '1' ? 'error' : 'errors'}, nothing was read.`,
  ),
  'dataimport.noYearly': fmt<File>(
    (p) => `${p.file}: filen har inga helårsvärden (Periodtyp ”År”); månads- och kvartalsvärden läses inte in som år.`,
    (p) => `${p.file}: the file has no full-year values (Periodtyp “År”); monthly and quarterly values are not read as years.`,
  ),
  'dataimport.noneKnown': fmt<File>(
    (p) => `${p.file}: inga rader gäller kommunerna och kategorierna som verktyget känner till.`,
    (p) => `${p.file}: no rows concern the municipalities and categories the tool knows.`,
  ),
  'dataimport.noUsableRows': msg('Inga rader kunde användas.', 'No rows could be used.'),
  // Column names the importer makes up: a file without a header, years as columns unpivoted.
  'dataimport.column': fmt<{ n: number }>((p) => `Kolumn ${p.n}`, (p) => `Column ${p.n}`),
  'dataimport.column.year': msg('År', 'Year'),
  'dataimport.column.value': msg('Värde', 'Value'),
  'dataimport.mb': fmt<{ n: string }>((p) => `${p.n} MB`, (p) => `${p.n} MB`),

  // Progress labels.
  'dataimport.progress.reading': msg('Läser filen', 'Reading the file'),
  'dataimport.progress.counting': msg('Räknar raderna', 'Counting the rows'),
  'dataimport.progress.parsing': msg('Tolkar filen', 'Parsing the file'),
  'dataimport.progress.rows': msg('Läser raderna', 'Reading the rows'),
  // The conversion worker could not start or answer (a browser fault, not the file's).
  'dataimport.workerFailed': fmt<{ detail: string }>(
    (p) => `Raderna kunde inte kontrolleras i bakgrunden (${p.detail}). Ladda om sidan och försök igen.`,
    (p) => `The rows could not be checked in the background (${p.detail}). Reload the page and try again.`,
  ),

  // Notes on rows left out on purpose.
  'dataimport.note.municipalities': fmt<{ n: number; names: string }>(
    (p) => `${p.n} ${p.n === 1 ? 'kommun' : 'kommuner'} som verktyget inte känner till hoppades över: ${p.names}.`,
    (p) => `${p.n} ${p.n === 1 ? 'municipality' : 'municipalities'} the tool does not know ${p.n === 1 ? 'was' : 'were'} skipped: ${p.names}.`,
  ),
  'dataimport.note.periods': fmt<{ n: number; count: string; kinds: string }>(
    (p) => `${p.count} ${p.n === 1 ? 'rad' : 'rader'} med Periodtyp ${p.kinds} lästes inte in: verktyget lagrar bara helår från den här filtypen (Periodtyp ”År”), så en månad eller ett kvartal blir aldrig ett år.`,
    (p) => `${p.count} ${p.n === 1 ? 'row' : 'rows'} with Periodtyp ${p.kinds} ${p.n === 1 ? 'was' : 'were'} not read: the tool stores only full years from this kind of file (Periodtyp “År”), so a month or a quarter never becomes a year.`,
  ),
  'dataimport.note.emptyKind': msg('(tom)', '(empty)'),
  'dataimport.note.districts': fmt<{ n: number; names: string }>(
    (p) => `${p.n} ${p.n === 1 ? 'stadsområde' : 'stadsområden'} i storstäderna hoppades över (kommunen som helhet läses in från sin egen rad): ${p.names}.`,
    (p) => `${p.n} city ${p.n === 1 ? 'district' : 'districts'} in the large cities ${p.n === 1 ? 'was' : 'were'} skipped (the municipality as a whole is read from its own row): ${p.names}.`,
  ),
  'dataimport.note.categories': fmt<{ n: number; names: string }>(
    (p) => `${p.n} ${p.n === 1 ? 'brottstyp' : 'brottstyper'} som verktyget inte använder hoppades över: ${p.names}.`,
    (p) => `${p.n} crime ${p.n === 1 ? 'type' : 'types'} the tool does not use ${p.n === 1 ? 'was' : 'were'} skipped: ${p.names}.`,
  ),
  'dataimport.note.skippedTop': fmt<{ n: number }>(
    (p) => `${p.n} ${p.n === 1 ? 'rad' : 'rader'} ovanför tabellen`,
    (p) => `${p.n} ${p.n === 1 ? 'row' : 'rows'} above the table`,
  ),
  'dataimport.note.skippedBottom': fmt<{ n: number }>(
    (p) => `${p.n} ${p.n === 1 ? 'rad' : 'rader'} under den`,
    (p) => `${p.n} ${p.n === 1 ? 'row' : 'rows'} below it`,
  ),
  'dataimport.note.skipped': fmt<{ parts: string[]; rows: number }>(
    (p) => `${p.parts.join(' och ')} hoppades över (rubrik-, not- och fotnotsrader).`,
    (p) => `${p.parts.join(' and ')} ${p.rows === 1 ? 'was' : 'were'} skipped (title, note and footnote rows).`,
  ),

  // The fields of a mapping, as named in "give …" and "missing: …".
  'dataimport.preview.missing': msg('saknas', 'missing'),
  'dataimport.preview.more': fmt<{ names: string; n: string }>((p) => `${p.names} och ${p.n} till`, (p) => `${p.names} and ${p.n} more`),
  'dataimport.preview.jump': fmt<{ place: string; year: number; value: string; change: string; around: string }>(
    (p) => `${p.place} ${p.year}: ${p.value} invånare, ${p.change} mot året intill (${p.around}).`,
    (p) => `${p.place} ${p.year}: ${p.value} inhabitants, ${p.change} against the neighbouring year (${p.around}).`,
  ),
  'dataimport.survey.respondents': msg('Antal svarande (om filen har det)', 'Number of respondents (if the file has it)'),
  'dataimport.survey.positive': msg(
    'Antal positiva svar (om filen har det; kräver antal svarande)',
    'Number of positive answers (if the file has it; needs the number of respondents)',
  ),

  // Tables, as the dataset list and the preview name them.
});
