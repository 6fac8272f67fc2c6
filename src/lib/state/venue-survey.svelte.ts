/**
 * Trygghet where young people meet: the survey results of the areas the venues lie in, the
 * survey areas still unmatched with the venue the name rule suggests, and the user's match.
 * A match is written to survey_area_venues and kept in this browser (src/lib/persist/area-matches.ts),
 * so it is written again at the next start; `unmatch` undoes it.
 */
import type { Connector } from '../db/types';
import { t } from '../i18n/catalogue';
import { run } from '../db/run';
import { dataChanged, QueryResult } from './query.svelte';
import { applyMatch, browserMatchStorage, forgetMatch, keepMatch, keptMatches, removeMatch, type KeptMatch, type MatchStorage } from '../persist/area-matches';
import { surveyAreasQuery, venueSurveyQuery, type SurveyAreaRow, type VenueSurveyRow } from '../queries/survey';
import { matchAreaToVenues, type VenueName } from '../shape/area-match';
import { venueSurveys, type VenueSurvey } from '../shape/venue-survey';
import '../i18n/messages/places';

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
  /** The matches made on Platser and kept in this browser (all municipalities). */
  kept = $state<KeptMatch[]>([]);

  constructor(
    private readonly conn: Connector,
    deps: () => { kommunkod: string; venueIds: readonly string[]; from: number; to: number; venues: readonly VenueName[] },
    private readonly storage: MatchStorage | null = browserMatchStorage(),
  ) {
    this.kept = keptMatches(storage);
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
    const m: KeptMatch = { kommunkod, area: area.area, venueId, matchedBy: venueId === area.suggested ? 'namn' : 'manuell' };
    try {
      await applyMatch(this.conn, m);
      this.kept = keepMatch(this.storage, m);
      dataChanged();
    } catch (e) {
      this.error = t('places.trygghet.matchFailed', { area: area.area, error: e instanceof Error ? e.message : String(e) });
    }
  }

  /** Undoes a match made on Platser, here and in the browser's storage. */
  async unmatch(m: KeptMatch): Promise<void> {
    this.error = null;
    try {
      await removeMatch(this.conn, m);
      this.kept = forgetMatch(this.storage, m);
      dataChanged();
    } catch (e) {
      this.error = t('places.trygghet.unmatchFailed', { area: m.area, error: e instanceof Error ? e.message : String(e) });
    }
  }
}
