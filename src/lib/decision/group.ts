/** The comparison group as a stated choice: who is in it, what it is called, and what the lead says. */
import type { GroupId } from '../queries/decision';

export interface GroupChoice {
  id: GroupId;
  /** In sentences: "jämfört med {label}". */
  label: string;
  /** For the lead: "Jämförelsegrupp: {description}." */
  description: string;
  /** The group's municipalities (kind kommun, not the municipality itself); empty for Riket. */
  picked: string[];
  /** The municipality and the group's municipalities one by one, for the placebo ranking; empty for Riket. */
  members: string[];
}

interface Area {
  kommunkod: string;
  name: string;
  kind: string;
  region?: string | null;
  kommungrupp?: string | null;
  /** False for a municipality without crime data; such a one is never in a group. Missing = has data. */
  has_crimes?: boolean;
}

export function comparisonGroup(areas: readonly Area[], municipality: string, group: GroupId, compare: readonly string[]): GroupChoice {
  const others = areas.filter((m) => m.kind === 'kommun' && m.kommunkod !== municipality && m.has_crimes !== false);
  const names = (list: readonly Area[]) => list.map((m) => m.name).join(', ');
  if (group === 'riket') return { id: group, label: 'riket', description: 'hela riket', picked: [], members: [] };
  if (group === 'valda') {
    const picked = others.filter((m) => compare.includes(m.kommunkod));
    return {
      id: group,
      label: 'de valda kommunerna',
      description: picked.length > 0 ? `de valda kommunerna tillsammans (${names(picked)})` : 'inga valda kommuner: välj kommuner under ”Jämför med”',
      picked: picked.map((m) => m.kommunkod),
      members: picked.length > 0 ? [municipality, ...picked.map((m) => m.kommunkod)] : [],
    };
  }
  const own = areas.find((m) => m.kommunkod === municipality);
  if (group === 'kommungrupp' || group === 'lan') {
    const key = group === 'kommungrupp' ? own?.kommungrupp : own?.region;
    const members = key ? others.filter((m) => (group === 'kommungrupp' ? m.kommungrupp : m.region) === key) : [];
    const what = group === 'kommungrupp' ? `SKR:s kommungrupp ${key ?? '(okänd)'}` : (key ?? 'länet (okänt)');
    return {
      id: group,
      label: group === 'kommungrupp' ? 'kommungruppen' : 'länet',
      description: members.length > 0 ? `kommunerna i ${what} som finns i datan (${names(members)})` : `inga andra kommuner i ${what} finns i datan`,
      picked: members.map((m) => m.kommunkod),
      members: members.length > 0 ? [municipality, ...members.map((m) => m.kommunkod)] : [],
    };
  }
  return { id: group, label: 'grannkommunerna', description: `grannkommunerna tillsammans (${names(others)})`, picked: others.map((m) => m.kommunkod), members: [municipality, ...others.map((m) => m.kommunkod)] };
}
