/** Generated text about crime figures (wt25): tables, change sentences, year to date, promise bands, activity nouns. */
import { fmt, msg, register } from '../entry';

type N = { n: number };
/** A noun counted by `n`: Swedish and English, each singular for 1. */
const noun = (svOne: string, svMany: string, enOne: string, enMany: string) =>
  fmt<N>((p) => (p.n === 1 ? svOne : svMany), (p) => (p.n === 1 ? enOne : enMany));

export const crimeText = register({
  // Tables
  'table.year': msg('År', 'Year'),
  'table.period': msg('Period', 'Period'),
  'table.activities': msg('Insatser', 'Interventions'),
  'table.note': msg('Anmärkning', 'Note'),
  'table.total': msg('Totalt', 'Total'),
  'table.low': fmt<{ label: string; unit: string }>((p) => `${p.label}, 95 % KI nedre${p.unit}`, (p) => `${p.label}, 95% CI lower${p.unit}`),
  'table.high': fmt<{ label: string; unit: string }>((p) => `${p.label}, 95 % KI övre${p.unit}`, (p) => `${p.label}, 95% CI upper${p.unit}`),
  'table.example': fmt<{ label: string }>((p) => `${p.label}: exempeldata`, (p) => `${p.label}: example data`),
  'table.preliminary': fmt<{ label: string }>((p) => `${p.label}: preliminär`, (p) => `${p.label}: preliminary`),
  // Sentences about a change
  'change.withInterval': fmt<{ ratio: string; low: string; high: string }>((p) => `${p.ratio} (95 % KI ${p.low} till ${p.high})`, (p) => `${p.ratio} (95% CI ${p.low} to ${p.high})`),
  'change.tooFew': fmt<{ ref: string }>((p) => `För få brott för att jämföra ${p.ref} (färre än 10).`, (p) => `Too few crimes to compare ${p.ref} (fewer than 10).`),
  'change.unclear': fmt<{ ref: string; change: string }>(
    (p) => `Går inte att avgöra ${p.ref}: ${p.change}, inom den vanliga variationen mellan åren.`,
    (p) => `Cannot tell ${p.ref}: ${p.change}, within the usual variation between years.`,
  ),
  'change.up': fmt<{ ref: string; change: string }>((p) => `Tydlig ökning ${p.ref}: ${p.change}.`, (p) => `Clear increase ${p.ref}: ${p.change}.`),
  'change.down': fmt<{ ref: string; change: string }>((p) => `Tydlig minskning ${p.ref}: ${p.change}.`, (p) => `Clear decrease ${p.ref}: ${p.change}.`),
  'delivered.counted': noun('genomfört tillfälle', 'genomförda tillfällen', 'occasion carried out', 'occasions carried out'),
  'delivered.uncounted': noun('insats utan angivet antal', 'insatser utan angivet antal', 'intervention without a stated number', 'interventions without a stated number'),
  // Months and quarters
  'period.months': msg('jan,feb,mar,apr,maj,jun,jul,aug,sep,okt,nov,dec', 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec'),
  'period.quarter': fmt<{ q: string; year: string }>((p) => `kv ${p.q} ${p.year}`, (p) => `Q${p.q} ${p.year}`),
  // Year to date
  'ytd.monthNames': msg(
    'januari,februari,mars,april,maj,juni,juli,augusti,september,oktober,november,december',
    'January,February,March,April,May,June,July,August,September,October,November,December',
  ),
  'ytd.counts': fmt<{ span: string; year: number; count: string; before: number; previous: string }>(
    (p) => `${p.span} ${p.year}: ${p.count} anmälda brott, samma månader ${p.before}: ${p.previous}.`,
    (p) => `${p.span} ${p.year}: ${p.count} reported crimes; the same months of ${p.before}: ${p.previous}.`,
  ),
  'ytd.prel': msg(' Siffrorna är delvis preliminära.', ' The figures are partly preliminary.'),
  'ytd.tooFew': fmt<{ min: number }>((p) => `För få brott för att jämföra (under ${p.min}).`, (p) => `Too few crimes to compare (below ${p.min}).`),
  'ytd.perInhabitant': msg('per invånare', 'per inhabitant'),
  'ytd.asCount': msg('i antal', 'in number'),
  'ytd.change': fmt<{ ratio: string; what: string; low: string; high: string }>(
    (p) => `Förändring ${p.ratio} ${p.what} (95 % konfidensintervall ${p.low} till ${p.high}, med hänsyn till hur mycket månaderna varierar).`,
    (p) => `Change ${p.ratio} ${p.what} (95% confidence interval ${p.low} to ${p.high}, allowing for how much the months vary).`,
  ),
  'ytd.unclear': msg('Går inte att avgöra om det är en verklig förändring.', 'Cannot tell whether this is a real change.'),
  'ytd.more': msg('Tydligt fler än året innan.', 'Clearly more than the year before.'),
  'ytd.fewer': msg('Tydligt färre än året innan.', 'Clearly fewer than the year before.'),
  // Promise bands
  'band.one': fmt<{ year: number }>((p) => `Medborgarlöfte ${p.year}`, (p) => `Citizen promise ${p.year}`),
  'band.many': fmt<{ from: number; to: number }>((p) => `Medborgarlöften ${p.from}–${p.to}`, (p) => `Citizen promises ${p.from}–${p.to}`),
  'band.plain': msg('Medborgarlöfte', 'Citizen promise'),
  // Actors (activities.ts)
  'actor.polis': msg('Polisen', 'Police'),
  'actor.kommun': msg('Kommunen', 'Municipality'),
  'actor.samverkan': msg('Samverkan', 'Cooperation'),
  // Activity types of data/activities.csv as counted nouns (the Swedish as in format/words.ts)
  'noun.riktad insats': noun('riktad insats', 'riktade insatser', 'targeted intervention', 'targeted interventions'),
  'noun.trygghetsskapande besök': noun('trygghetsskapande besök', 'trygghetsskapande besök', 'reassurance visit', 'reassurance visits'),
  'noun.trygghetsskapande arbete': noun('tillfälle med trygghetsskapande arbete', 'tillfällen med trygghetsskapande arbete', 'occasion of reassurance work', 'occasions of reassurance work'),
  'noun.informationsmöte': noun('informationsmöte', 'informationsmöten', 'information meeting', 'information meetings'),
  'noun.närvaro på ungas arenor': noun('besök på ungas arenor', 'besök på ungas arenor', 'visit to places where young people meet', 'visits to places where young people meet'),
  'noun.skolinsats': noun('skolinsats', 'skolinsatser', 'school intervention', 'school interventions'),
  'noun.livsstilsdag': noun('livsstilsdag', 'livsstilsdagar', 'lifestyle day', 'lifestyle days'),
  'noun.föräldramöte': noun('föräldramöte', 'föräldramöten', 'parents’ meeting', 'parents’ meetings'),
  'noun.bekymringssamtal': noun('bekymringssamtal', 'bekymringssamtal', 'concern talk', 'concern talks'),
  'noun.drogtest': noun('drogtest', 'drogtester', 'drug test', 'drug tests'),
  'noun.anmälan narkotikabrott': noun('person anmäld för narkotikabrott', 'personer anmälda för narkotikabrott', 'person reported for a drug offence', 'people reported for drug offences'),
  'noun.samverkansmöte': noun('samverkansmöte', 'samverkansmöten', 'cooperation meeting', 'cooperation meetings'),
  'noun.samarbete': noun('samarbete', 'samarbeten', 'collaboration', 'collaborations'),
  'noun.stöd och vägledning': noun('tillfälle med stöd och vägledning', 'tillfällen med stöd och vägledning', 'occasion of support and guidance', 'occasions of support and guidance'),
  'noun.utbildning': noun('utbildning', 'utbildningar', 'training session', 'training sessions'),
  'noun.utvecklingsarbete': noun('utvecklingsarbete', 'utvecklingsarbeten', 'development project', 'development projects'),
  'noun.nätverksarbete': noun('tillfälle med nätverksarbete', 'tillfällen med nätverksarbete', 'networking occasion', 'networking occasions'),
  'noun.kommunikation': noun('informationsinsats', 'informationsinsatser', 'information campaign', 'information campaigns'),
  'noun.other': fmt<{ n: number; type: string }>((p) => `${p.n === 1 ? 'tillfälle' : 'tillfällen'} med ${p.type}`, (p) => `${p.n === 1 ? 'occasion' : 'occasions'} of ${p.type}`),
  'words.and': msg('och', 'and'),
});
