/** Messages of imports kept in the browser (src/lib/persist): read and written at every start, so apart from the Data view. */
import { fmt, msg, register } from '../entry';

export const persist = register({
  'data.persist.notFound': fmt<{ id: string }>((p) => `Importen ${p.id} finns inte.`, (p) => `The import ${p.id} does not exist.`),
  'data.persist.notSaved': msg(
    'Datan kunde inte sparas i webbläsaren och försvinner när sidan laddas om.',
    'The data could not be kept in the browser and will be gone when the page is reloaded.',
  ),
  'data.persist.indexJson': msg(
    'Listan över sparade importer i webbläsaren är skadad (den är inte giltig JSON).',
    'The list of imports kept in the browser is damaged (it is not valid JSON).',
  ),
  'data.persist.indexContent': msg(
    'Listan över sparade importer i webbläsaren är skadad (okänt innehåll).',
    'The list of imports kept in the browser is damaged (unknown content).',
  ),
  'data.persist.gone': msg('den sparade kopian finns inte längre i webbläsaren.', 'the kept copy is no longer in the browser.'),
  // What a failed reset is reported as (in place of a file name).
});
