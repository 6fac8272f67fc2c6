/** The importer's messages for JSON (Kolada, SCB json-stat, PxWeb v1) and Parquet files. */
import { fmt, msg, register } from '../entry';

type File = { file: string };

export const dataimportJson = register({
  'dataimport.json.tooLarge': fmt<File & { size: string; max: string }>(
    (p) => `${p.file}: JSON-filen är för stor (${p.size} MB tecken); gränsen för JSON är ${p.max} MB. Hämta färre värden per fil.`,
    (p) => `${p.file}: the JSON file is too large (${p.size} MB of characters); the limit for JSON is ${p.max} MB. Download fewer values per file.`,
  ),
  'dataimport.json.tooDeep': fmt<File & { depth: number; at: string }>(
    (p) => `${p.file}: JSON-filen är nästlad djupare än ${p.depth} nivåer (tecken ${p.at}); så ser inget svar från SCB eller Kolada ut.`,
    (p) => `${p.file}: the JSON file is nested deeper than ${p.depth} levels (character ${p.at}); no response from SCB or Kolada looks like that.`,
  ),
  'dataimport.json.invalid': fmt<File & { at: string | null }>(
    (p) => `${p.file}: filen är inte giltig JSON${p.at ? ` (felet finns vid tecken ${p.at})` : ''}: den kan vara avkortad eller innehålla ett skrivfel.`,
    (p) => `${p.file}: the file is not valid JSON${p.at ? ` (the error is at character ${p.at})` : ''}: it may be cut short or contain a typing error.`,
  ),
  'dataimport.json.unknown': fmt<File>(
    (p) => `${p.file}: JSON-filen är varken ett svar från Kolada (values[].values[]) eller från SCB (json-stat2, json-stat 1 eller PxWeb v1 ”json”).`,
    (p) => `${p.file}: the JSON file is neither a response from Kolada (values[].values[]) nor from SCB (json-stat2, json-stat 1 or PxWeb v1 “json”).`,
  ),
  'dataimport.json.koladaPages': fmt<{ url: string }>(
    (p) => `Kolada-svaret är en sida av flera: fler sidor finns, nästa på ${p.url}. Verktyget hämtar ingenting från nätet. Öppna adressen i webbläsaren, spara svaret som en fil och läs in den också (flera sidfiler kan läsas in på en gång).`,
    (p) => `The Kolada response is one page of several: more pages exist, the next at ${p.url}. The dashboard fetches nothing from the network. Open the address in the browser, save the response as a file and import it too (several page files can be imported at once).`,
  ),

  // json-stat cube checks.
  'dataimport.cube.unreadable': fmt<File & { reason: string }>(
    (p) => `${p.file}: json-stat-filen går inte att läsa: ${p.reason}`,
    (p) => `${p.file}: the json-stat file cannot be read: ${p.reason}`,
  ),
  'dataimport.cube.noIds': msg('den anger inga dimensioner (id).', 'it gives no dimensions (id).'),
  'dataimport.cube.sizeIds': fmt<{ size: number; ids: number }>(
    (p) => `"size" har ${p.size} tal men "id" ${p.ids} ${p.ids === 1 ? 'dimension' : 'dimensioner'}.`,
    (p) => `"size" has ${p.size} ${p.size === 1 ? 'number' : 'numbers'} but "id" ${p.ids} ${p.ids === 1 ? 'dimension' : 'dimensions'}.`,
  ),
  'dataimport.cube.notPositive': fmt<{ id: string; n: string }>(
    (p) => `storleken för dimensionen ”${p.id}” är ${p.n}, inte ett positivt heltal.`,
    (p) => `the size of the dimension “${p.id}” is ${p.n}, not a positive whole number.`,
  ),
  'dataimport.cube.categories': fmt<{ id: string; n: string; size: string }>(
    (p) => `dimensionen ”${p.id}” har ${p.n} ${p.n === '1' ? 'kategori' : 'kategorier'} men "size" anger ${p.size}.`,
    (p) => `the dimension “${p.id}” has ${p.n} ${p.n === '1' ? 'category' : 'categories'} but "size" gives ${p.size}.`,
  ),
  'dataimport.cube.tooMany': fmt<{ max: string }>(
    (p) => `den anger fler än ${p.max} celler; hämta en mindre tabell.`,
    (p) => `it declares more than ${p.max} cells; download a smaller table.`,
  ),
  'dataimport.cube.values': fmt<{ n: string; total: string }>(
    (p) => `"value" har ${p.n} ${p.n === '1' ? 'värde' : 'värden'} men dimensionerna ger ${p.total} ${p.total === '1' ? 'cell' : 'celler'}.`,
    (p) => `"value" has ${p.n} ${p.n === '1' ? 'value' : 'values'} but the dimensions give ${p.total} ${p.total === '1' ? 'cell' : 'cells'}.`,
  ),

  // SCB population checks.
  'dataimport.scb.manyValues': fmt<{ name: string; n: number; some: string }>(
    (p) => `dimensionen ”${p.name}” har ${p.n} värden (${p.some} …). Hämta tabellen med bara totalen för ”${p.name}”, annars blir en del av befolkningen hela befolkningen.`,
    (p) => `the dimension “${p.name}” has ${p.n} values (${p.some} …). Download the table with only the total for “${p.name}”, or a part of the population would become the whole population.`,
  ),
  'dataimport.scb.notTotal': fmt<{ name: string; value: string }>(
    (p) => `dimensionen ”${p.name}” har värdet ”${p.value}”, inte totalen. Filen är en del av befolkningen (t.ex. en åldersgrupp eller ett kön) och kan inte läsas in som hela befolkningen; hämta tabellen med totalen för ”${p.name}”.`,
    (p) => `the dimension “${p.name}” has the value “${p.value}”, not the total. The file is a part of the population (e.g. an age group or a sex) and cannot be imported as the whole population; download the table with the total for “${p.name}”.`,
  ),
  'dataimport.scb.notPopulation': fmt<{ label: string; code: string }>(
    (p) => `innehållet ”${p.label}” (${p.code}) är inte folkmängd, så filen kan inte läsas in som befolkning.`,
    (p) => `the content “${p.label}” (${p.code}) is not the population, so the file cannot be imported as population.`,
  ),
  'dataimport.scb.noTime': fmt<File>(
    (p) => `${p.file}: SCB-svaret har ingen tidsdimension (Tid), så året framgår inte.`,
    (p) => `${p.file}: the SCB response has no time dimension (Tid), so the year is not given.`,
  ),
  'dataimport.scb.noContent': fmt<File>(
    (p) => `${p.file}: SCB-svaret har inget tabellinnehåll (kolumn av typen c).`,
    (p) => `${p.file}: the SCB response has no table content (a column of type c).`,
  ),
  'dataimport.scb.contentDimension': msg('tabellinnehåll', 'table content'),
  'dataimport.scb.otherContents': fmt<{ others: string; chosen: string }>(
    (p) => `Tabellinnehållet ${p.others} lästes inte in; bara ${p.chosen} är befolkning.`,
    (p) => `The table content ${p.others} was not read; only ${p.chosen} is population.`,
  ),
  'dataimport.scb.noRegion': msg(
    'Filen har ingen regiondimension; SCB redovisar då hela riket, så värdena lästes in som Riket.',
    'The file has no region dimension; SCB then reports the whole country, so the values were read as Riket (Sweden).',
  ),

  // Parquet.
  'dataimport.parquet.broken': fmt<File>(
    (p) => `${p.file}: filen är ingen giltig Parquet-fil (den kan vara avkortad eller skadad).`,
    (p) => `${p.file}: the file is not a valid Parquet file (it may be cut short or damaged).`,
  ),
  'dataimport.parquet.tooManyRows': fmt<File & { n: string; max: string }>(
    (p) => `${p.file}: filen har ${p.n} rader; gränsen är ${p.max}. Dela upp filen och läs in delarna var för sig.`,
    (p) => `${p.file}: the file has ${p.n} rows; the limit is ${p.max}. Split the file and import the parts one at a time.`,
  ),
  'dataimport.parquet.tooManyColumns': fmt<File & { n: string; max: string }>(
    (p) => `${p.file}: filen har ${p.n} kolumner; gränsen är ${p.max}.`,
    (p) => `${p.file}: the file has ${p.n} columns; the limit is ${p.max}.`,
  ),
});
