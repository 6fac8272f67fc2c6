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
