/**
 * What the e2e tests of the import's workers (import-worker, import-text-worker) share: watching a
 * worker script start and close, uploading a file on the Data view, reading the page's marks, and
 * Avbryt while the worker's script is held back.
 */
import { expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { confirmImport, waitForView } from './browser';

/** The workers whose script matches `script` that the page starts, and which of them have ended. */
export function watchWorkers(page: Page, script: RegExp): { started: string[]; closed: string[] } {
  const seen = { started: [] as string[], closed: [] as string[] };
  page.on('worker', (w: Worker) => {
    if (!script.test(w.url())) return;
    seen.started.push(w.url());
    w.on('close', () => seen.closed.push(w.url()));
  });
  return seen;
}

export async function upload(page: Page, name: string, bytes: Uint8Array | string): Promise<void> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  await page.locator('[data-view="data"] input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** The details of the performance marks `name` (set on the page each time a worker answered). */
export const marks = <T>(page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => (e as PerformanceMark).detail as T), name);

/**
 * Avbryt while the worker's script (`script`, its built file) is held back, so the work is certainly
 * under way then (a fast machine would otherwise finish first): the cancel message, the datasets as
 * before, no worker started and no mark once the script is let through; then the same file again,
 * not held back, starts one the watcher sees.
 */
export async function cancelWhileHeld(page: Page, o: { script: RegExp; workerName: RegExp; mark: string; fileName: string; bytes: Uint8Array | string; stage: string }): Promise<void> {
  const workers = watchWorkers(page, o.workerName);
  const before = await page.locator('table.datasets').innerText();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(o.script, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.continue().catch(() => {});
  });
  await upload(page, o.fileName, o.bytes);
  const status = page.locator('.progress[role="status"]');
  await status.getByText(o.stage).waitFor({ timeout: 30000 });
  await expect.poll(() => asked.length).toBe(1);
  await status.getByRole('button', { name: 'Avbryt' }).click();
  const alert = page.locator('[role="alert"].failed');
  await alert.waitFor({ timeout: 30000 });
  expect(await alert.locator('p').first().innerText()).toBe(`${o.fileName}: importen avbröts. Inget lästes in. Tidigare inlästa data är oförändrade.`);
  await waitForView(page, 'data');
  expect(await page.locator('table.datasets').innerText()).toBe(before);
  expect(await page.getByRole('dialog').count()).toBe(0);
  // Its script let through now, the terminated worker never starts and nothing comes back.
  release();
  await page.waitForTimeout(1500);
  expect(workers.started).toEqual([]);
  expect(await marks(page, o.mark)).toEqual([]);
  expect(await page.locator('table.datasets').innerText()).toBe(before);
  // The control: the same file again, not held back, starts a worker the watcher sees.
  await page.unroute(o.script);
  await upload(page, o.fileName, o.bytes);
  await confirmImport(page, o.fileName);
  expect(workers.started).toHaveLength(1);
}
