/**
 * Activity records → the bullet lists of the follow-up. Counted activities are summed per type and
 * written "Sex (6) riktade insatser …"; activities without a number keep their own wording, with
 * duplicates dropped and "Besök på ungas arenor: skolor." rows merged into one bullet.
 */
import { activityNoun, agreeingParticiple, capitalize, countedActivity, joinList } from '../format/words';
import type { ReportActivityRow } from './queries';
import type { ReportItem } from './types';
import { inLocale } from '../i18n/locale';

const stripStop = (s: string) => s.trim().replace(/[.;]+$/, '');
const sentence = (s: string) => `${stripStop(s)}.`;

/** What the description says after the counted noun ("… utifrån uppkommen problembild."), or null. */
export function tailAfterNoun(description: string | null, plural: string): string | null {
  if (!description) return null;
  const at = description.toLowerCase().indexOf(plural.toLowerCase());
  if (at < 0) return null;
  return description.slice(at + plural.length).trimEnd().replace(/[.;]+$/, '');
}

/** " vid Resecentrum och Skolor", or ", varav 2 vid Vadsboskolan" when only some rows name a place. */
function venueClause(rows: readonly ReportActivityRow[]): string {
  const withVenue = rows.filter((r) => r.venue);
  if (withVenue.length === 0) return '';
  const names = [...new Set(withVenue.map((r) => r.venue ?? ''))];
  if (withVenue.length === rows.length) return ` vid ${joinList(names)}`;
  const parts = names.map((name) => `${withVenue.filter((r) => r.venue === name).reduce((s, r) => s + (r.count ?? 0), 0)} vid ${name}`);
  return `, varav ${joinList(parts)}`;
}

function countedItem(type: string, rows: readonly ReportActivityRow[]): ReportItem {
  const total = rows.reduce((s, r) => s + (r.count ?? 0), 0);
  const noun = activityNoun(type);
  const only = rows.length === 1 ? rows[0] : undefined;
  const tail = only ? (tailAfterNoun(only.description, total === 1 ? noun.singular : noun.plural) ?? null) : null;
  const targets = [...new Set(rows.map((r) => r.target_group).filter((t): t is string => !!t))];
  const aimed = agreeingParticiple('riktad', total, noun.gender);
  const built = `${venueClause(rows)}${targets.length > 0 ? `, ${aimed} till ${joinList(targets)}` : ''}`;
  return {
    id: rows[0]?.activity_id ?? type,
    text: sentence(`${countedActivity(total, type)}${tail ?? built}`),
    count: total,
    example: rows.some((r) => r.example),
  };
}

function ownWording(r: ReportActivityRow): string {
  if (r.description) return r.description;
  return `${capitalize(activityNoun(r.activity_type).singular)}${r.venue ? ` vid ${r.venue}` : ''}`;
}

/** "Besök på ungas arenor: skolor." → ["Besök på ungas arenor", "skolor"]. */
function splitPrefix(text: string): [string, string] | null {
  const m = /^([^:]{3,}):\s+(.+)$/.exec(stripStop(text));
  return m && m[1] && m[2] ? [m[1], m[2]] : null;
}

function uncountedItems(rows: readonly ReportActivityRow[]): ReportItem[] {
  const seen = new Set<string>();
  const distinct = rows.filter((r) => {
    const key = `${r.activity_type}|${stripStop(ownWording(r))}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A row whose place another row of the same type already names is covered by that row.
  const kept = distinct.filter(
    (r) =>
      !r.venue ||
      !distinct.some((o) => o !== r && o.activity_type === r.activity_type && (o.description ?? '').toLowerCase().includes((r.venue ?? '').toLowerCase())),
  );
  const items: ReportItem[] = [];
  const merged = new Map<string, { item: ReportItem; prefix: string; parts: string[] }>();
  for (const r of kept) {
    const wording = ownWording(r);
    const split = splitPrefix(wording);
    if (split) {
      const key = `${r.activity_type}|${split[0]}`;
      const group = merged.get(key);
      if (group) {
        group.parts.push(split[1]);
        group.item.example ||= r.example;
        continue;
      }
      const item: ReportItem = { id: r.activity_id, text: '', count: null, example: r.example };
      merged.set(key, { item, prefix: split[0], parts: [split[1]] });
      items.push(item);
      continue;
    }
    items.push({ id: r.activity_id, text: sentence(wording), count: null, example: r.example });
  }
  for (const g of merged.values()) g.item.text = sentence(`${g.prefix}: ${joinList(g.parts)}`);
  return items;
}

/** One actor's list: counted activities first (summed per type), then the rest in the log's order. */
export function actorItems(rows: readonly ReportActivityRow[]): ReportItem[] {
  const counted = rows.filter((r) => r.count !== null);
  const types = [...new Set(counted.map((r) => r.activity_type))];
  return [
    ...types.map((t) => countedItem(t, counted.filter((r) => r.activity_type === t))),
    ...uncountedItems(rows.filter((r) => r.count === null)),
  ];
}

/** Informing the public about the promise: the `kommunikation` records of every actor. */
export const INFORMATION_TYPE = 'kommunikation';

export function reportLists(rows: readonly ReportActivityRow[]): { police: ReportItem[]; kommun: ReportItem[]; joint: ReportItem[]; information: ReportItem[] } {
  // The bullets are written from the log's Swedish words with Swedish grammar ("vid", "riktade
  // till"), so they are Swedish in both UIs (and marked lang="sv" in the English one).
  return inLocale('sv', () => swedishLists(rows));
}

function swedishLists(rows: readonly ReportActivityRow[]): { police: ReportItem[]; kommun: ReportItem[]; joint: ReportItem[]; information: ReportItem[] } {
  const work = rows.filter((r) => r.activity_type !== INFORMATION_TYPE);
  return {
    police: actorItems(work.filter((r) => r.actor === 'polis')),
    kommun: actorItems(work.filter((r) => r.actor === 'kommun')),
    joint: actorItems(work.filter((r) => r.actor === 'samverkan')),
    information: actorItems(rows.filter((r) => r.activity_type === INFORMATION_TYPE)),
  };
}
