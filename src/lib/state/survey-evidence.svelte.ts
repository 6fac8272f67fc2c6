/**
 * A promise's survey indicators as reactive state, shared by Översikt, Beslut, the report and the
 * slides: one query for the municipality and the comparison group, the evidence built from it.
 */
import type { Connector } from '../db/types';
import { run } from '../db/run';
import { QueryResult } from './query.svelte';
import { surveyOutcomesQuery, type SurveyRow } from '../queries/survey';
import { buildSurveyEvidence, outcomeIndicators, type SurveyEvidence } from '../decision/survey-evidence';
import type { Periods } from '../decision/build';
import type { PromiseRow } from '../shape/promise-bands';

export interface SurveyDeps {
  kommunkod: string;
  municipality: string;
  promise: PromiseRow | undefined;
  periods: Periods | null;
  /** The comparison group's municipalities (none for Riket). */
  picked: readonly string[];
  groupLabel: string;
}

export class SurveyEvidenceState {
  readonly rows: QueryResult<{ kommunkod: string; questionIds: string[]; picked: string[] }, SurveyRow[]>;
  readonly evidence: SurveyEvidence[];
  readonly pending: boolean;

  constructor(conn: Connector, deps: () => SurveyDeps) {
    const ids = $derived(deps().promise ? outcomeIndicators(deps().promise ?? {}) : []);
    this.rows = new QueryResult(
      () => ({ kommunkod: deps().kommunkod, questionIds: ids, picked: [...deps().picked] }),
      (d) => (d.questionIds.length === 0 ? Promise.resolve([]) : run<SurveyRow>(conn, surveyOutcomesQuery(d))),
    );
    this.evidence = $derived.by(() => {
      const d = deps();
      return d.periods && this.rows.data ? buildSurveyEvidence(this.rows.data, ids, d.periods, d.kommunkod, d.municipality, d.groupLabel) : [];
    });
    this.pending = $derived(this.rows.pending);
  }
}
