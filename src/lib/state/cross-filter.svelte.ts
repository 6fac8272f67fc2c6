/**
 * A view's cross-filter over the page's filters: the selection (data/selection.ts) read from and
 * written to the URL filter `sel`, so reload, the back button and shared links keep it. Any view
 * with linked charts uses it the same way: each chart asks `clausesFor(own)` for its query (its
 * own fields left out, so its key does not change with its own choice), shows `selected(field)`
 * highlighted, and calls `pick(field, value)`; `clear()` removes every clause.
 */
import type { FilterState } from './filters.svelte';
import {
  clausesFor,
  describeSelection,
  isEmptySelection,
  placeWithSelection,
  selectionOf,
  toggle,
  type Clause,
  type Selection,
  type SelectionField,
} from '../data/selection';
import { actorLabel } from '../shape/activities';
import { activityTypeName } from '../format/words';
import { t } from '../i18n/catalogue';
import '../i18n/messages/places';

export class CrossFilter {
  readonly #state: () => FilterState;
  readonly #venues: () => readonly { venue_id: string; name: string }[];

  /**
   * `filters` and `venues` are getters, so a component can hand over its props (read when used,
   * not once); the venues give a chosen venue its name in words.
   */
  constructor(filters: () => FilterState, venues: () => readonly { venue_id: string; name: string }[] = () => []) {
    this.#state = filters;
    this.#venues = venues;
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

  /** A chosen value as a reader names it: the venue's name, the actor's and the type's words, the year. */
  label(field: SelectionField, value: string): string {
    if (field === 'venue') return this.#venues().find((v) => v.venue_id === value)?.name ?? value;
    if (field === 'actor') return actorLabel(value);
    if (field === 'type') return activityTypeName(value);
    return value;
  }

  /** The whole selection in words ("år 2019, plats Elvärket"); '' when nothing is chosen. */
  get text(): string {
    return describeSelection(this.selection, (f, v) => this.label(f, v));
  }

  /** In words, the choices that filter a client choosing `own`. */
  textFor(own: readonly SelectionField[]): string {
    return describeSelection(selectionOf(this.clausesFor(own)), (f, v) => this.label(f, v));
  }

  /** The place a downloaded chart names, with the choices that filter it ("Mariestad, endast plats Elvärket"). */
  placeFor(place: string, own: readonly SelectionField[]): string {
    return placeWithSelection(place, this.textFor(own));
  }

  /** "Visar endast år 2022." under a chart the others' choices filter; '' when none does. */
  showingOnly(own: readonly SelectionField[]): string {
    const text = this.textFor(own);
    return text ? t('interventions.showingOnly', { text }) : '';
  }

  /** The sentence a chart shows instead of empty axes when its query found no activity. */
  nothingFor(own: readonly SelectionField[]): string {
    const text = this.textFor(own);
    return text ? t('interventions.noneSelected', { text }) : t('interventions.none');
  }
}
