/**
 * The report's queries and model as reactive state, shared by the report and meeting views:
 * activities of the promise and year, crimes for the findings (decision module) and the trend chart.
 */
import type { Connector } from '../db/types';
import { run } from '../db/run';
import type { FilterState } from './filters.svelte';
import { defaultPromiseFor, municipalityName, openingYear, type Meta } from './meta';
import { QueryResult } from './query.svelte';
import type { GroupId } from '../queries/decision';
import { decisionCrimesQuery } from '../queries/decision';
import { crimeSeriesQuery } from '../queries/crimes';
import { columnsFromRows, type Columns } from '../db/columns';
import { buildEvidence, focusCategories, periodsFor, type CategoryInfo, type Periods } from '../decision/build';
import type { IndicatorEvidence } from '../decision/types';
import type { PromiseRow } from '../shape/promise-bands';
import type { Series } from '../shape/crime-series';
import type { ReportModel } from '../report/types';
import { reportActivitiesQuery, type ReportActivityRow } from '../report/queries';
import { buildReport, reportYear } from '../report/build';
import { focusTrendSeries, trendFrom } from '../report/charts';
import { editedProposal, setEditedProposal } from '../report/proposal.svelte';
import { comparisonGroup } from '../decision/group';
import { SurveyEvidenceState } from './survey-evidence.svelte';
import { provisionalPromise } from '../decision/provisional';

const noCrimes = columnsFromRows([]);

export class ReportData {
  readonly activities: QueryResult<{ promiseId: string; year: number }, ReportActivityRow[]>;
  readonly crimes: QueryResult<{ kommunkod: string; categoryIds: string[]; group: GroupId; picked: string[] }, Columns>;
  readonly trendRows: QueryResult<{ kommunkoder: string[]; categoryIds: string[]; from: number; to: number }, Columns>;
  readonly kommunkod: string;
  readonly municipality: string;
  readonly promise: PromiseRow | undefined;
  readonly year: number;
  readonly focus: CategoryInfo[];
  readonly periods: Periods | null;
  readonly trendYears: [number, number];
  readonly findings: IndicatorEvidence[];
  readonly survey: SurveyEvidenceState;
  readonly trend: Series[];
  readonly model: ReportModel | null;
  readonly ready: boolean;
  readonly proposalKey: string;
  /** The proposal as the user left it, or the rule-made one. */
  readonly proposal: string;

  constructor(conn: Connector, meta: Meta, filters: FilterState) {
    const f = () => filters.current;
    this.kommunkod = $derived(f().municipality);
    this.municipality = $derived(municipalityName(meta, f().municipality));
    this.promise = $derived.by(() => {
      const own = meta.promises.filter((p) => p.kommunkod === f().municipality);
      return (
        own.find((p) => p.promise_id === f().promise) ??
        own.find((p) => p.promise_id === defaultPromiseFor(meta, f().municipality)) ??
        // No promise in the data: the stated stand-in the decision view uses too.
        provisionalPromise(f().municipality, municipalityName(meta, f().municipality), openingYear(meta, f().municipality))
      );
    });
    this.year = $derived(this.promise ? reportYear(this.promise, f().year, meta.maxYear) : meta.maxYear);
    this.focus = $derived(this.promise ? focusCategories(meta.categories, this.promise) : []);
    this.periods = $derived(this.promise ? periodsFor({ ...this.promise, year_to: this.year }, f().baseline, meta.minYear, meta.maxYear, meta.promises) : null);
    this.trendYears = $derived<[number, number]>([trendFrom(this.promise?.year_from ?? meta.minYear, meta.minYear), this.year]);
    this.activities = new QueryResult(
      () => ({ promiseId: this.promise?.promise_id ?? '', year: this.year }),
      (d, signal) => (d.promiseId === '' ? Promise.resolve([]) : run<ReportActivityRow>(conn, reportActivitiesQuery(d.promiseId, d.year), signal)),
    );
    this.crimes = new QueryResult(
      () => ({ kommunkod: this.kommunkod, categoryIds: this.focus.map((c) => c.category_id), group: f().group, picked: comparisonGroup(meta.municipalities, f().municipality, f().group, f().compare).picked }),
      (d, signal) => (d.categoryIds.length === 0 ? Promise.resolve(noCrimes) : conn.queryColumns(decisionCrimesQuery(d), { signal })),
    );
    // The trend chart reads columns; its table (report, slides) is made from the series.
    this.trendRows = new QueryResult(
      () => ({ kommunkoder: [this.kommunkod], categoryIds: this.focus.map((c) => c.category_id), from: this.trendYears[0], to: this.trendYears[1] }),
      (d, signal) => (d.categoryIds.length === 0 ? Promise.resolve(noCrimes) : conn.queryColumns(crimeSeriesQuery(d), { signal })),
    );
    const groupLabel = $derived(comparisonGroup(meta.municipalities, f().municipality, f().group, f().compare).label);
    this.findings = $derived(
      this.periods && this.crimes.data && this.promise ? buildEvidence(this.crimes.data, this.focus, this.periods, this.municipality, groupLabel, this.promise) : [],
    );
    this.survey = new SurveyEvidenceState(conn, () => {
      const g = comparisonGroup(meta.municipalities, f().municipality, f().group, f().compare);
      return { kommunkod: this.kommunkod, municipality: this.municipality, promise: this.promise, periods: this.periods, picked: g.picked, groupLabel: g.label };
    });
    this.trend = $derived(focusTrendSeries(this.trendRows.data ?? noCrimes, this.focus, this.kommunkod));
    this.model = $derived(this.promise ? buildReport(this.promise, this.municipality, this.year, this.activities.data ?? [], this.findings, this.survey.evidence) : null);
    this.ready = $derived(!this.activities.pending && !this.crimes.pending && !this.trendRows.pending && !this.survey.pending);
    this.proposalKey = $derived(`${this.promise?.promise_id ?? ''}|${this.year}`);
    this.proposal = $derived(editedProposal(this.proposalKey) ?? this.model?.proposal ?? '');
  }

  setProposal(text: string): void {
    setEditedProposal(this.proposalKey, text);
  }
}
