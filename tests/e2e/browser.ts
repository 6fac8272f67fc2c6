/** Debian's chromium, driven by playwright-core; each test gets a page that records what went wrong. */
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Requests to any host other than the site's own. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(browser: Browser, baseURL: string): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const origin = new URL(baseURL).origin;
  const watched: WatchedPage = { page, foreignRequests: [], errors: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('pageerror', (e) => watched.errors.push(String(e)));
  return watched;
}

/** Waits until the view has drawn its data for the current URL. */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (v) => {
      const el = document.querySelector(`[data-view="${v}"]`);
      return el !== null && el.getAttribute('data-ready-for') === window.location.search;
    },
    view,
    { timeout: 30000 },
  );
}

export interface BrowserSession {
  baseURL: string;
  /** A fresh browser context with a watched page (nothing loaded yet). */
  newPage(): Promise<WatchedPage>;
  /** A fresh page opened at `search` and waited on until `view` has drawn its data. */
  open(search: string, view: string): Promise<WatchedPage>;
}

/**
 * One Chromium for the test file; after every test the page's context is closed and the test
 * fails if anything was requested from another host or an error was logged or thrown.
 */
export function useBrowser(): BrowserSession {
  const baseURL = inject('baseURL');
  let browser: Browser | undefined;
  let current: WatchedPage | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  async function finish(): Promise<void> {
    if (!current) return;
    const { foreignRequests, errors, page } = current;
    current = undefined;
    await page.context().close();
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  }
  afterEach(finish);

  async function newPage(): Promise<WatchedPage> {
    if (!browser) throw new Error('Chromium has not started');
    await finish(); // a test that opens a second page has the first one checked too
    current = await openPage(browser, baseURL);
    return current;
  }

  return {
    baseURL,
    newPage,
    async open(search: string, view: string) {
      const watched = await newPage();
      await watched.page.goto(new URL(search, baseURL).href);
      await waitForView(watched.page, view);
      return watched;
    },
  };
}

/** Every import shows what it will change first: confirms that preview, then waits for the import to finish. */
export async function confirmImport(page: Page, fileName: string): Promise<void> {
  const preview = page.getByRole('dialog', { name: `Kontrollera importen – ${fileName}` });
  await preview.waitFor({ timeout: 30000 });
  await preview.getByRole('button', { name: 'Bekräfta importen' }).click();
  await page.getByText(`Läste in ${fileName}`).waitFor({ timeout: 30000 });
}
