/** The analysts' SQL console on the Data view: read-only queries, results, DuckDB's own errors. */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

describe('SQL-konsol', () => {
  it('answers a read-only query, refuses a write and shows DuckDB errors as DuckDB words them', async () => {
    const { page } = await session.open('?view=data', 'data');
    const box = page.getByLabel(/SQL-fråga/);
    await box.fill("SELECT activity_type, sum(count)::INTEGER AS antal FROM activities WHERE year = 2018 AND actor = 'polis' AND count IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Resultat av SQL-frågan' }) });
    await table.waitFor();
    const text = await table.innerText();
    expect(text).toMatch(/trygghetsskapande besök\s+37/);
    expect(text).toMatch(/informationsmöte\s+13/);
    expect(text).toMatch(/riktad insats\s+6/);

    await box.fill('DELETE FROM activities');
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    await expect.poll(() => page.locator('.error').innerText()).toMatch(/läs/i);

    await box.fill('SELECT no_such_column FROM activities');
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    await expect.poll(() => page.locator('.error').innerText()).toContain('no_such_column');

    // The refused DELETE changed nothing.
    await box.fill('SELECT count(*)::INTEGER AS n FROM activities');
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    await expect.poll(() => table.innerText()).toMatch(/^Resultat av SQL-frågan\s+n\s+366$/);
  });
});
