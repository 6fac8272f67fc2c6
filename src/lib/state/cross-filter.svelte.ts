/**
 * A view's cross-filter over the page's filters: the selection (data/selection.ts) read from and
 * written to the URL filter `sel`, so reload, the back button and shared links keep it. Any view
 * with linked charts uses it the same way: each chart asks `clausesFor(own)` for its query (its
 * own fields left out, so its key does not change with its own choice), shows `selected(field)`
 * highlighted, and calls `pick(field, value)`; `clear()` removes every clause.
 */
import type { FilterState } from './filters.svelte';
import { clausesFor, isEmptySelection, toggle, type Clause, type Selection, type SelectionField } from '../data/selection';

export class CrossFilter {
  readonly #state: () => FilterState;

  /** `filters` is a getter, so a component can hand over its prop (read when used, not once). */
  constructor(filters: () => FilterState) {
    this.#state = filters;
  }

  get #filters(): FilterState {
    return this.#state();
  }

  get selection(): Selection {
    return this.#filters.current.sel;
  }

  get empty(): boolean {
    return isEmptySelection(this.selection);
  }

  /** The clauses that filter a client choosing `own` (all the others). */
  clausesFor(own: readonly SelectionField[]): Clause[] {
    return clausesFor(this.selection, own);
  }

  selected(field: SelectionField): string | null {
    return this.selection[field] ?? null;
  }

  /** Chooses `value` for `field`, or clears the field when it is already the chosen value (a new history entry). */
  pick(field: SelectionField, value: string): void {
    this.#filters.update({ sel: toggle(this.selection, field, value) });
  }

  clear(): void {
    this.#filters.update({ sel: {} });
  }
}
