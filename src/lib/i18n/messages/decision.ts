/**
 * Underlag för beslut, the rule-made sentences (src/lib/decision/sentences.ts, summary.ts,
 * evidence.ts, build.ts, display.ts, placebo-rank.ts). The English says what the Swedish says,
 * with the same caution: "cannot tell" where the interval does not decide. Numbers arrive formatted.
 */
import { fmt, msg, register } from '../entry';

type Verdict = 'improved' | 'worsened' | 'cannot-tell' | 'too-few' | 'activity';
/** "a, b och c" (the list as format/words.ts joins it). */
const join = (items: readonly string[], and: string) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
/** English ordinal: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const enOrdinal = (n: number) => {
  const last = n % 10;
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
};

export const decision = register({
  // sentences.ts
  'decision.pct': fmt<{ n: string }>((p) => `${p.n} %`, (p) => `${p.n}%`),
  'decision.signedCI': fmt<{ est: string; low: string; high: string; perYear: boolean }>(
    (p) => `${p.est} %${p.perYear ? ' per år' : ''} (95 % KI ${p.low} till ${p.high} %)`,
    (p) => `${p.est}%${p.perYear ? ' per year' : ''} (95% CI ${p.low} to ${p.high}%)`,
  ),
  'decision.sizeBoth': fmt<{ n: string }>((p) => `±${p.n} %`, (p) => `±${p.n}%`),
  'decision.sizeEach': fmt<{ down: string; up: string }>((p) => `−${p.down} % eller +${p.up} %`, (p) => `−${p.down}% or +${p.up}%`),
  'decision.detectable': fmt<{ against: string | null; size: string }>(
    (p) => `Med dessa antal och den variation som finns mellan åren kan bara förändringar${p.against ? ` jämfört med ${p.against}` : ''} större än ${p.size} upptäckas (med 80 % sannolikhet).`,
    (p) => `With these counts and the variation there is between years, only changes${p.against ? ` relative to ${p.against}` : ''} larger than ${p.size} can be detected (with 80% probability).`,
  ),
  'decision.main.activity': msg(
    'Visar främst polisens eget arbete och redovisas som aktivitet, inte som utfall.',
    'Mainly shows the police’s own work and is reported as activity, not as an outcome.',
  ),
  'decision.main.tooFew': msg(
    'För få brott: färre än 10 anmälda brott före eller under löftet, så inget kan avgöras.',
    'Too few crimes: fewer than 10 reported crimes before or during the promise, so nothing can be decided.',
  ),
  'decision.against.group': fmt<{ group: string }>((p) => `jämfört med ${p.group}`, (p) => `compared with ${p.group}`),
  'decision.against.before': msg('jämfört med åren före', 'compared with the years before'),
  'decision.main': fmt<{ verdict: 'improved' | 'worsened' | 'cannot-tell'; what: string; change: string }>(
    (p) =>
      p.verdict === 'improved'
        ? `Tydlig förbättring ${p.what}: ${p.change}.`
        : p.verdict === 'worsened'
          ? `Tydlig försämring ${p.what}: ${p.change}.`
          : `Går inte att avgöra ${p.what}: ${p.change}, inom den vanliga variationen mellan åren.`,
    (p) =>
      p.verdict === 'improved'
        ? `Clear improvement ${p.what}: ${p.change}.`
        : p.verdict === 'worsened'
          ? `Clear deterioration ${p.what}: ${p.change}.`
          : `Cannot tell ${p.what}: ${p.change}, within the usual variation between years.`,
  ),
  'decision.group.change': fmt<{ group: string; change: string }>((p) => `i ${p.group} ${p.change}`, (p) => `in ${p.group} ${p.change}`),
  'decision.group.noChange': fmt<{ group: string }>((p) => `för ${p.group} går förändringen inte att räkna ut`, (p) => `for ${p.group} the change cannot be calculated`),
  'decision.group': fmt<{ municipality: string; own: string; group: string }>(
    (p) => `Förändring sedan åren före: i ${p.municipality} ${p.own}, ${p.group}.`,
    (p) => `Change since the years before: in ${p.municipality} ${p.own}, ${p.group}.`,
  ),
  'decision.trend': fmt<{ from: number; to: number; significant: boolean; down: boolean; perYear: string }>(
    (p) => `Långsiktigt ${p.from}–${p.to}: ${p.significant ? `tydlig ${p.down ? 'minskning' : 'ökning'}` : 'ingen tydlig trend'}, ${p.perYear}.`,
    (p) => `Long term ${p.from}–${p.to}: ${p.significant ? `clear ${p.down ? 'decrease' : 'increase'}` : 'no clear trend'}, ${p.perYear}.`,
  ),
  'decision.preTrend': fmt<{ municipality: string; group: string; from: number; to: number; perYear: string; significant: boolean }>(
    (p) =>
      `Före löftet (${p.from}–${p.to}) förändrades ${p.municipality} i förhållande till ${p.group} med ${p.perYear}: ${
        p.significant ? 'redan före löftet en tydlig skillnad i trend, så jämförelsen under löftet är osäkrare' : 'ingen tydlig skillnad i trend före löftet'
      }.`,
    (p) =>
      `Before the promise (${p.from}–${p.to}), ${p.municipality} changed relative to ${p.group} by ${p.perYear}: ${
        p.significant ? 'a clear difference in trend already before the promise, so the comparison during the promise is less certain' : 'no clear difference in trend before the promise'
      }.`,
  ),
  'decision.verdictWord': fmt<{ verdict: Verdict }>(
    (p) => ({ improved: 'tydlig förbättring', worsened: 'tydlig försämring', 'cannot-tell': 'går inte att avgöra', 'too-few': 'för få brott', activity: 'aktivitet' })[p.verdict],
    (p) => ({ improved: 'clear improvement', worsened: 'clear deterioration', 'cannot-tell': 'cannot tell', 'too-few': 'too few crimes', activity: 'activity' })[p.verdict],
  ),
  'decision.sameVerdict': msg('samma bedömning', 'same assessment'),
  'decision.sensitivity': fmt<{ parts: string; holds: boolean }>(
    (p) => `Med andra jämförelseperioder (${p.parts}) ${p.holds ? 'står bedömningen sig' : 'ändras bedömningen, så den är känslig för valet av år'}.`,
    (p) => `With other baselines (${p.parts}) the assessment ${p.holds ? 'holds' : 'changes, so it is sensitive to the choice of years'}.`,
  ),

  // build.ts
  'decision.baselineNotice': fmt<{ from: number; to: number; usedFrom: number; usedTo: number }>(
    (p) => `Jämförelseperioden ${p.from}–${p.to} måste ligga före löftet; visar ${p.usedFrom}–${p.usedTo}.`,
    (p) => `The baseline ${p.from}–${p.to} must lie before the promise; showing ${p.usedFrom}–${p.usedTo}.`,
  ),

  // display.ts
  'decision.role.primary': msg('Huvudmått', 'Primary measure'),
  'decision.role.secondary': msg('Delmått (Holm-korrigerat)', 'Secondary measure (Holm-corrected)'),
  'decision.role.activity': msg('Aktivitet, inte utfall', 'Activity, not outcome'),

  // evidence.ts: the warnings
  'decision.warn.smallCounts': fmt<{ min: number }>(
    (p) => `Färre än ${p.min} anmälda brott före eller under löftet: slumpen styr mycket och inga slutsatser kan dras.`,
    (p) => `Fewer than ${p.min} reported crimes before or during the promise: chance plays a large part and no conclusions can be drawn.`,
  ),
  'decision.warn.policeInitiated': fmt<{ name: string }>(
    (p) => `${p.name} upptäcks främst genom polisens eget arbete: en ökning kan betyda mer polisarbete, inte fler brott. Därför ges ingen bedömning av utfallet.`,
    (p) => `${p.name} is mainly detected through the police’s own work: an increase can mean more police work, not more crime. So no assessment of the outcome is given.`,
  ),
  'decision.warn.regression': msg(
    'Jämförelseperioden slutar på den högsta nivån bland åren före löftet. En nedgång efteråt är då väntad även utan löftet (regression mot medelvärdet).',
    'The baseline ends on the highest level of the years before the promise. A fall afterwards is then expected even without the promise (regression to the mean).',
  ),
  'decision.warn.seriesBreak': fmt<{ year: number }>(
    (p) => `Seriebrott ${p.year}: BRÅ knyter sedan dess brott till kommuner på ett annat sätt, så jämförelser över ${p.year} är osäkra.`,
    (p) => `Break in the series in ${p.year}: since then BRÅ has attributed crimes to municipalities differently, so comparisons across ${p.year} are uncertain.`,
  ),
  'decision.warn.preliminary': fmt<{ years: string }>((p) => `Preliminära siffror för ${p.years}: de kan ändras.`, (p) => `Preliminary figures for ${p.years}: they may change.`),
  'decision.warn.missingYears': fmt<{ n: number }>(
    (p) => `${p.n} år saknar data i jämförelseperioderna.`,
    (p) => `${p.n} ${plural(p.n, 'year has', 'years have')} no data in the periods compared.`,
  ),
  'decision.warn.example': msg(
    'Exempeldata: siffrorna är genererade för att visa verktyget, inte verklig statistik.',
    'Example data: the figures are generated to demonstrate the tool; they are not real statistics.',
  ),

  // placebo-rank.ts
  'decision.ordinal': fmt<{ n: number }>(
    (p) => {
      const last = p.n % 10;
      const lastTwo = p.n % 100;
      return `${p.n}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e'}`;
    },
    (p) => enOrdinal(p.n),
  ),
  'decision.rank': fmt<{ name: string; of: number; ordinal: string }>(
    (p) =>
      `Samma bedömning för var och en av ${p.of} kommuner: ${/[sxz]$/i.test(p.name) ? p.name : `${p.name}s`} utveckling i förhållande till de andra är den ${p.ordinal} mest gynnsamma av ${p.of}. Med ${p.of} kommuner hamnar någon alltid först, också utan löfte.`,
    (p) =>
      `The same assessment for each of ${p.of} municipalities: ${/s$/i.test(p.name) ? `${p.name}’` : `${p.name}’s`} development relative to the others is the ${p.ordinal} most favourable of ${p.of}. With ${p.of} municipalities, one always comes first, even without a promise.`,
  ),

  // summary.ts
  'decision.sum.primaryMark': msg(' (huvudmått)', ' (primary measure)'),
  'decision.sum.noDelivery': msg('Aktivitetsloggen visar inga genomförda insatser under löftet.', 'The activity log shows no interventions carried out during the promise.'),
  'decision.sum.occasions': fmt<{ n: number; text: string }>((p) => `${p.text} ${plural(p.n, 'tillfälle', 'tillfällen')}`, (p) => `${p.text} ${plural(p.n, 'occasion', 'occasions')}`),
  'decision.sum.uncounted': fmt<{ n: number; text: string }>(
    (p) => `${p.text} ${plural(p.n, 'insats', 'insatser')} utan angivet antal`,
    (p) => `${p.text} ${plural(p.n, 'intervention', 'interventions')} without a stated number`,
  ),
  'decision.sum.and': msg('och', 'and'),
  'decision.sum.actorPart': fmt<{ actor: string; text: string }>((p) => `${p.actor.toLowerCase()} ${p.text}`, (p) => `${p.actor}: ${p.text}`),
  'decision.sum.delivery': fmt<{ parts: string }>(
    (p) => `Genomfört enligt aktivitetsloggen: ${p.parts}. Det säger vad som gjordes, inte vilken effekt det hade.`,
    (p) => `Carried out according to the activity log: ${p.parts}. This says what was done, not what effect it had.`,
  ),
  'decision.sum.line': fmt<{ label: string; verdict: 'improved' | 'worsened'; basis: string }>(
    (p) => `${p.label}: ${p.verdict === 'improved' ? 'tydlig förbättring' : 'tydlig försämring'} ${p.basis}.`,
    (p) => `${p.label}: ${p.verdict === 'improved' ? 'clear improvement' : 'clear deterioration'} ${p.basis}.`,
  ),
  'decision.sum.tooFew': fmt<{ label: string }>((p) => `${p.label}: för få brott för att avgöra.`, (p) => `${p.label}: too few crimes to tell.`),
  'decision.sum.limit': fmt<{ down: string; up: string }>(
    (p) => ` Med dessa antal syns bara förändringar större än −${p.down} % eller +${p.up} %.`,
    (p) => ` With these counts, only changes larger than −${p.down}% or +${p.up}% can be seen.`,
  ),
  'decision.sum.cannotTell': fmt<{ label: string; limit: string }>((p) => `${p.label}: går inte att avgöra.${p.limit}`, (p) => `${p.label}: cannot tell.${p.limit}`),
  'decision.sum.activity': fmt<{ names: string[] }>(
    (p) => {
      const list = join(p.names.map((n) => n.toLowerCase()), 'och');
      return `${list.charAt(0).toUpperCase()}${list.slice(1)} redovisas som polisens aktivitet, inte som utfall.`;
    },
    (p) => `${join(p.names, 'and')} ${p.names.length === 1 ? 'is' : 'are'} reported as police activity, not as ${p.names.length === 1 ? 'an outcome' : 'outcomes'}.`,
  ),
  'decision.sum.example': msg(
    'Brottsstatistiken här är exempeldata: ladda in verkliga siffror från BRÅ innan beslut fattas.',
    'The crime statistics here are example data: load real figures from BRÅ before any decision is taken.',
  ),
  'decision.sum.primaryImproved': fmt<{ name: string }>(
    (p) => `Huvudmåttet ${p.name.toLowerCase()} visar en tydlig förbättring. Det är förenligt med att löftet har gjort nytta, men bevisar inte orsaken.`,
    (p) => `The primary measure, ${p.name}, shows a clear improvement. This is consistent with the promise having helped, but does not prove the cause.`,
  ),
  'decision.sum.primaryWorsened': fmt<{ name: string }>(
    (p) => `Huvudmåttet ${p.name.toLowerCase()} visar en tydlig försämring.`,
    (p) => `The primary measure, ${p.name}, shows a clear deterioration.`,
  ),
  'decision.sum.primaryCannotTell': fmt<{ name: string }>(
    (p) => `Underlaget kan inte avgöra om huvudmåttet ${p.name.toLowerCase()} har förändrats.`,
    (p) => `The evidence cannot tell whether the primary measure, ${p.name}, has changed.`,
  ),
  'decision.sum.onlyBetter': msg(
    'Underlaget visar tydliga förbättringar men inga tydliga försämringar; det bevisar inte orsaken.',
    'The evidence shows clear improvements but no clear deteriorations; this does not prove the cause.',
  ),
  'decision.sum.onlyWorse': msg('Underlaget visar tydliga försämringar men inga tydliga förbättringar.', 'The evidence shows clear deteriorations but no clear improvements.'),
  'decision.sum.mixed': msg('Underlaget pekar åt olika håll.', 'The evidence points in different directions.'),
  'decision.sum.nothing': msg('Underlaget kan inte avgöra om brottsligheten har förändrats.', 'The evidence cannot tell whether crime has changed.'),
  'decision.sum.closing': fmt<{ text: string }>((p) => `${p.text} Beslutet om löftet fattas av er.`, (p) => `${p.text} The decision about the promise is yours.`),
});
