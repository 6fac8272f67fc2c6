/** What a cross-filtered chart is told about its selection (data/selection.ts holds the logic). */

/** The legend's entries as toggle buttons: the chosen stack key (the actor), or null. */
export interface LegendPick {
  /** The group's accessible name, e.g. "Välj aktör". */
  label: string;
  selected: string | null;
  onpick: (id: string) => void;
}

/** The bars as clickable: the chosen bar's x (as drawn), or null; the others are dimmed. */
export interface BarPick {
  selected: string | null;
  onpick: (x: string) => void;
}

/** Whether a segment is faded: another bar is chosen, or another stack key (actor). */
export function isDimmed(pick: BarPick | undefined, selectedKey: string | null, x: string, key: string): boolean {
  return (pick?.selected != null && pick.selected !== x) || (selectedKey !== null && selectedKey !== key);
}

/**
 * A segment's outline: a faded one keeps its outline in full colour (3:1 against the background,
 * WCAG 1.4.11) and only its fill fades; otherwise a 1px white line between stacked segments, so
 * neighbours of similar lightness stay apart.
 */
export function segmentStroke(dimmed: boolean, colour: string | undefined, stacked: boolean): Record<string, string | number> {
  if (dimmed) return { 'fill-opacity': 0.3, stroke: colour ?? 'currentColor', 'stroke-width': 1, 'data-dimmed': '' };
  return stacked ? { stroke: '#fff', 'stroke-width': 1 } : {};
}
