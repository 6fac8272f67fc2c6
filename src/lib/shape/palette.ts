/**
 * Series colours with at least 4.5:1 contrast on white, each paired with a dash pattern so the
 * series stay apart in black-and-white print and for colour-blind readers.
 */
const COLOURS = ['#0b5394', '#b45309', '#047857', '#7c3aed', '#be123c', '#374151', '#0e7490', '#a16207', '#4d7c0f', '#9d174d'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 2 1 2', '3 3', '12 3 3 3', '5 5'];

export function seriesStyle(index: number): { colour: string; dash: string } {
  const i = ((index % COLOURS.length) + COLOURS.length) % COLOURS.length;
  return { colour: COLOURS[i] ?? '#000', dash: DASHES[i] ?? '' };
}

export type Styled<T> = T & { colour: string; dash: string };

const styledOf = new WeakMap<object, { index: number; styled: object }>();

/**
 * Each item with the style of its place. The same item in the same place gets the same object
 * back, so a chart whose other lines changed does not draw this one again.
 */
export function withSeriesStyles<T extends object>(items: readonly T[]): Styled<T>[] {
  return items.map((item, index) => {
    const kept = styledOf.get(item);
    if (kept && kept.index === index) return kept.styled as Styled<T>;
    const styled: Styled<T> = { ...item, ...seriesStyle(index) };
    styledOf.set(item, { index, styled });
    return styled;
  });
}
