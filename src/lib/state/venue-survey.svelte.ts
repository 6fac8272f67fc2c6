/**
 * Trygghet where young people meet: the survey results of the areas the venues lie in, the
 * survey areas still unmatched with the venue the name rule suggests, and the user's match.
 * A match is written to survey_area_venues in this session's database (not kept after a reload).
 */
import type { Connector } from '../db/types';
import { run } from '../db/run';
import { dataChanged, QueryResult } from './query.svelte';
import { matchAreaStatements, surveyAreasQuery, venueSurveyQuery, type SurveyAreaRow, type VenueSurveyRow } from '../queries/survey';
import { matchAreaToVenues, type VenueName } from '../shape/area-match';
import { venueSurveys, type VenueSurvey } from '../shape/venue-survey';

export interface UnmatchedArea {
  area: string;
  /** The venue the name rule suggests, or '' when none matches. */
  suggested: string;
}

export class VenueSurveyState {
  readonly rows: QueryResult<{ kommunkod: string; venueIds: string[] }, VenueSurveyRow[]>;
  readonly areas: QueryResult<string, SurveyAreaRow[]>;
  readonly surveys: VenueSurvey[];
  readonly unmatched: UnmatchedArea[];
  readonly pending: boolean;
  error = $state<string | null>(null);

  constructor(
    private readonly conn: Connector,
    deps: () => { kommunkod: string; venueIds: readonly string[]; from: number; to: number; venues: readonly VenueName[] },
  ) {
    this.rows = new QueryResult(
      () => ({ kommunkod: deps().kommunkod, venueIds: [...deps().venueIds] }),
      (d) => run<VenueSurveyRow>(conn, venueSurveyQuery(d)),
    );
    this.areas = new QueryResult(
      () => deps().kommunkod,
      (k) => run<SurveyAreaRow>(conn, surveyAreasQuery(k)),
    );
    this.surveys = $derived(venueSurveys(this.rows.data ?? [], deps().from, deps().to));
    this.unmatched = $derived(
      (this.areas.data ?? [])
        .filter((a) => !a.venue_ids)
        .map((a) => ({ area: a.area, suggested: matchAreaToVenues(a.area, deps().kommunkod, deps().venues)[0] ?? '' })),
    );
    this.pending = $derived(this.rows.pending || this.areas.pending);
  }

  /** Records that `venueId` lies in `area`: 'namn' when it is the rule's suggestion, else 'manuell'. */
  async match(kommunkod: string, area: UnmatchedArea, venueId: string): Promise<void> {
    this.error = null;
    try {
      const matchedBy = venueId === area.suggested ? 'namn' : 'manuell';
      for (const q of matchAreaStatements({ kommunkod, area: area.area, venueId, matchedBy, source: 'vald i Platser' })) await this.conn.query(q);
      dataChanged();
    } catch (e) {
      this.error = `Kunde inte koppla området ”${area.area}” till platsen: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}
