/** The comparison group as a stated choice: who is in it, what it is called, and what the lead says. */
import { t } from '../i18n/catalogue';
import type { GroupId } from '../queries/decision';
import '../i18n/messages/decision-group';

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
  if (group === 'riket') return { id: group, label: t('decision.grp.riket'), description: t('decision.grp.riketDescription'), picked: [], members: [] };
  if (group === 'valda') {
    const picked = others.filter((m) => compare.includes(m.kommunkod));
    return {
      id: group,
      label: t('decision.grp.picked'),
      description: picked.length > 0 ? t('decision.grp.pickedDescription', { names: names(picked) }) : t('decision.grp.noneChosen'),
      picked: picked.map((m) => m.kommunkod),
      members: picked.length > 0 ? [municipality, ...picked.map((m) => m.kommunkod)] : [],
    };
  }
  const own = areas.find((m) => m.kommunkod === municipality);
  if (group === 'kommungrupp' || group === 'lan') {
    const key = group === 'kommungrupp' ? own?.kommungrupp : own?.region;
    const members = key ? others.filter((m) => (group === 'kommungrupp' ? m.kommungrupp : m.region) === key) : [];
    const what = group === 'kommungrupp' ? t('decision.grp.kommungruppName', { key: key ?? null }) : (key ?? t('decision.grp.lanUnknown'));
    return {
      id: group,
      label: t(group === 'kommungrupp' ? 'decision.grp.kommungrupp' : 'decision.grp.lan'),
      description: members.length > 0 ? t('decision.grp.members', { what, names: names(members) }) : t('decision.grp.noMembers', { what }),
      picked: members.map((m) => m.kommunkod),
      members: members.length > 0 ? [municipality, ...members.map((m) => m.kommunkod)] : [],
    };
  }
  // Grannar: the municipalities with data in the same county; with none there, every other
  // municipality with data, said as such (never called neighbours when they are not).
  const near = own?.region ? others.filter((m) => m.region === own.region) : others;
  const list = near.length > 0 ? near : others;
  const description =
    near.length > 0 ? t('decision.grp.neighboursDescription', { names: names(list) }) : t('decision.grp.othersDescription', { names: names(list), region: own?.region ?? null });
  return { id: group, label: t(near.length > 0 ? 'decision.grp.neighbours' : 'decision.grp.others'), description, picked: list.map((m) => m.kommunkod), members: list.length > 0 ? [municipality, ...list.map((m) => m.kommunkod)] : [] };
}
