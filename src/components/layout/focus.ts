/**
 * Focus that never falls to <body>: where it goes when the element that had it closes,
 * is disabled or disappears (a dialog, a form, a removed row, a view change).
 */

/** True when nothing useful has focus: <body>, or an element that was removed or disabled. */
export function focusLost(): boolean {
  const a = document.activeElement;
  return a === null || a === document.body || !a.isConnected || a.matches(':disabled');
}

function usable(el: Element | null | undefined): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && !el.matches(':disabled');
}

/** Focuses the first candidate that is still on the page and enabled; false when none is. */
export function focusFirst(...candidates: (Element | null | undefined)[]): boolean {
  const el = candidates.find(usable);
  el?.focus();
  return el !== undefined;
}

let asked: string | null = null;

/** Asks the next view to focus the element that claims this name when it mounts (back from meeting mode). */
export function returnFocusTo(name: string): void {
  asked = name;
}

/** An attachment: its element takes focus on mount when `returnFocusTo(name)` asked for it. */
export function focusWhenAsked(name: string): (el: HTMLElement) => void {
  return (el) => {
    if (asked !== name) return;
    asked = null;
    el.focus();
  };
}

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * A keydown handler for a modal dialog: Tab from its last stop goes to its first and Shift+Tab
 * from its first to its last, so focus never leaves for the browser's own toolbar.
 */
export function trapTab(e: KeyboardEvent): void {
  if (e.key !== 'Tab' || !(e.currentTarget instanceof HTMLElement)) return;
  const stops = [...e.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !el.matches(':disabled') && el.getClientRects().length > 0);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const at = document.activeElement;
  if (e.shiftKey && (at === first || !e.currentTarget.contains(at))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === last || !e.currentTarget.contains(at))) {
    e.preventDefault();
    first.focus();
  }
}
