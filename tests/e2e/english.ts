/**
 * For the English e2e tests: the visible text of a page that is still Swedish UI. Data that are
 * Swedish (a municipality's or venue's name, a BRÅ category, an activity's description) are
 * shown as they are, marked `lang="sv"` (WCAG 3.1.2, language of parts), and are not counted.
 */
import type { Page } from 'playwright-core';

/**
 * Words of Swedish UI text that never appear in English UI text, nor in the shipped data's
 * proper names (Mariestad, Elvärket, Resecentrum …). Matched as whole words, case-insensitive.
 */
export const SWEDISH_UI_WORDS = [
  'och', 'inte', 'för', 'med', 'eller', 'som', 'av', 'på', 'till', 'från', 'är', 'har', 'visa', 'välj', 'antal', 'kommun', 'kommunen',
  'brott', 'insatser', 'år', 'jämför', 'källa', 'källor', 'sida', 'tabell', 'vid', 'inom', 'efter', 'går', 'avgöra', 'ingen', 'inga',
  'exempeldata', 'uppföljning', 'befolkning', 'invånare', 'läs', 'sök', 'stäng', 'spara', 'avbryt', 'ändra', 'ta', 'bort',
];

/** Visible text outside `[lang="sv"]` with a Swedish UI word in it, each with the word found. */
export async function swedishLeft(page: Page, words: readonly string[] = SWEDISH_UI_WORDS): Promise<string[]> {
  return page.evaluate((list) => {
    const re = new RegExp(`(^|[^\\p{L}])(${list.join('|')})(?=$|[^\\p{L}])`, 'iu');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = n.parentElement;
      if (!text || !el || el.closest('[lang|="sv"], script, style, [hidden], [aria-hidden="true"]')) continue;
      if (el.getClientRects().length === 0) continue;
      const m = re.exec(text);
      if (m) found.push(`${m[2]}: ${text.slice(0, 120)}`);
    }
    // Attributes a screen reader says.
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], img[alt]')) {
      if (el.closest('[lang|="sv"]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        const m = v ? re.exec(v) : null;
        if (m) found.push(`${m[2]} (${a}): ${v?.slice(0, 120)}`);
      }
    }
    return found;
  }, words);
}
