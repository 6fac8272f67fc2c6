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
