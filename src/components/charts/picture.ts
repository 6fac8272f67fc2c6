/**
 * The export handle: how ChartFrame's "Ladda ner" finds the picture of the chart inside it without
 * knowing the page's structure. ChartFrame opens a slot with openPictureSlot(); the PlotFrame
 * inside it fills the slot with its <svg>, its legend and its id suffix while it is drawn, and
 * empties it when it goes (e.g. "Visa som tabell"). A chart outside any ChartFrame (the report,
 * the slides) finds no slot and registers nothing.
 */
import { getContext, setContext } from 'svelte';
import type { LegendEntry } from '../../lib/export/svg';

export interface Picture {
  svg: SVGSVGElement;
  legend: LegendEntry[];
  /** The suffix that makes this chart's ids unique in the page; the saved file drops it. */
  idSuffix: string;
  /** The line explaining the chart's symbols (◆ = …, ▲ = …), if it has any. */
  note: string;
}

export interface PictureSlot {
  fill(picture: (() => Picture) | null): void;
  /** The chart as drawn now, or null when none is. */
  current(): Picture | null;
}

const SLOT = Symbol('picture');

export function openPictureSlot(): PictureSlot {
  let get: (() => Picture) | null = null;
  const slot: PictureSlot = {
    fill: (picture) => (get = picture),
    current: () => (get ? get() : null),
  };
  setContext(SLOT, slot);
  return slot;
}

export function pictureSlot(): PictureSlot | undefined {
  return getContext<PictureSlot | undefined>(SLOT);
}
