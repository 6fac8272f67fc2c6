/** The analysts' SQL console on the Data view: read-only queries, results, DuckDB's own errors. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const session = useBrowser();

// A second local server, as a host the console must not reach.
let other: Server;
let otherHost = '';
let hits = 0;
beforeAll(async () => {
  other = createServer((_, res) => {
    hits++;
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherHost = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

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

  it('cannot read a URL: the database refuses and no request leaves the page', async () => {
    const { page } = await session.open('?view=data', 'data');
    const box = page.getByLabel(/SQL-fråga/);
    await box.fill(`SELECT * FROM read_csv('${otherHost}/a.csv')`);
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    await expect.poll(() => page.locator('.error').innerText()).toMatch(/inga filer eller webbadresser/);
    expect(hits).toBe(0);
  });

  it('cancels a long query with Avbryt, and the next query runs', async () => {
    const { page } = await session.open('?view=data', 'data');
    const box = page.getByLabel(/SQL-fråga/);
    await box.fill('SELECT sum(hash(a.range * b.range)) AS s FROM range(1000000) a, range(1000000) b');
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.locator('.error').innerText(), { timeout: 15000 }).toBe('Frågan avbröts.');
    await box.fill('SELECT 40 + 2 AS svar');
    await page.getByRole('button', { name: 'Kör', exact: true }).click();
    const table = page.locator('table').filter({ has: page.locator('caption', { hasText: 'Resultat av SQL-frågan' }) });
    await expect.poll(() => table.innerText(), { timeout: 15000 }).toMatch(/svar\s+42/);
  });

  it('ships a Content-Security-Policy that allows only this origin', async () => {
    const { page, errors } = await session.open('?view=data', 'data');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The policy is in force: an inline script added to the page does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // Chromium logs the refused script; that one expected message is taken off the page's error list.
    await expect.poll(() => errors.filter((e) => /Content Security Policy/.test(e)).length).toBe(1);
    errors.splice(0, errors.length, ...errors.filter((e) => !/Content Security Policy/.test(e)));
  });
});
