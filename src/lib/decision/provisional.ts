/**
 * A municipality without a medborgarlöfte in the data (one whose own figures were just imported,
 * e.g. Boden) still gets an underlag: its latest year with real figures (else the data's latest
 * year) against the three years before, for the crimes that concern young people, with no primary
 * indicator. It is a stated stand-in, never shown as a promise: its id starts with `utan-lofte-`.
 */
import { t } from '../i18n/catalogue';
import type { PromiseRow } from '../shape/promise-bands';
import '../i18n/messages/decision-group';

const PREFIX = 'utan-lofte-';

export function provisionalPromise(kommunkod: string, name: string, year: number): PromiseRow {
  return {
    promise_id: `${PREFIX}${kommunkod}`,
    kommunkod,
    year_from: year,
    year_to: year,
    title: t('decision.prov.title', { name, year }),
    focus: t('decision.prov.focus'),
    focus_categories: null,
    primary_category: null,
    text: t('decision.prov.text', { name, year }),
    source: t('decision.prov.source'),
    has_real_followup: false,
  };
}

export function isProvisional(promise: Pick<PromiseRow, 'promise_id'>): boolean {
  return promise.promise_id.startsWith(PREFIX);
}
