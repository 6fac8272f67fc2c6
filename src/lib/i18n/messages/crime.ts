/** Crime views (wt25): Översikt, Brottsutveckling, Karta, the months and quarters, the shipped categories. */
import { fmt, msg, register } from '../entry';

const SOURCE_SV = 'BRÅ (anmälda brott), Kolada/SCB (befolkning), kommunens och polisens uppföljning (insatser); exempeldata där det anges';
const SOURCE_EN = 'BRÅ (reported crimes), Kolada/SCB (population), the municipality’s and the police’s follow-up (interventions); example data where stated';

export const crime = register({
  // The shipped focus categories (data/crime_categories.csv), by category_id
  'category.totalt': msg('Totalt antal brott', 'All reported crimes'),
  'category.valdsbrott': msg('Våldsbrott', 'Violent crime'),
  'category.misshandel': msg('Misshandel inkl. grov', 'Assault, incl. aggravated'),
  'category.sexualbrott': msg('Sexualbrott', 'Sexual offences'),
  'category.stold_ran_haleri': msg('Stöld-, rån- och häleribrott', 'Theft, robbery and handling stolen goods'),
  'category.stold': msg('Stöld och snatteri', 'Theft and shoplifting'),
  'category.skadegorelse': msg('Skadegörelse (inkl. mordbrand)', 'Criminal damage (incl. arson)'),
  'category.narkotikabrott': msg('Narkotikabrott', 'Drug offences'),
  // Riket (kommunkod 00) is a concept of the UI, not a name: English says Sweden.
  'place.riket': msg('Riket', 'Sweden'),
  // Units and common words
  'crime.unit.rate': msg('anmälda brott per 100\u00a0000 invånare', 'reported crimes per 100,000 inhabitants'),
  'crime.unit.count': msg('antal anmälda brott', 'number of reported crimes'),
  'crime.perMonth': fmt<{ unit: string }>((p) => `${p.unit} per månad`, (p) => `${p.unit} per month`),
  'crime.perQuarter': fmt<{ unit: string }>((p) => `${p.unit} per kvartal`, (p) => `${p.unit} per quarter`),
  'crime.suppressedRate': fmt<{ count: string }>((p) => `${p.count} fall`, (p) => `${p.count} cases`),
  'crime.source': msg(SOURCE_SV, SOURCE_EN),
  'crime.sourcePeriods': fmt<{ month: boolean }>(
    (p) => `BRÅ (anmälda brott per ${p.month ? 'månad' : 'kvartal'}, import), Kolada/SCB (befolkning)`,
    (p) => `BRÅ (reported crimes per ${p.month ? 'month' : 'quarter'}, import), Kolada/SCB (population)`,
  ),
  'crime.loadCrimesFailed': fmt<{ error: string }>((p) => `Kunde inte hämta brottsstatistiken: ${p.error}`, (p) => `Could not fetch the crime statistics: ${p.error}`),
  'crime.loadActivitiesFailed': fmt<{ error: string }>((p) => `Kunde inte hämta insatserna: ${p.error}`, (p) => `Could not fetch the interventions: ${p.error}`),
  'crime.lineAria': fmt<{ what: string; period: string; names: string }>(
    (p) => `Linjediagram: ${p.what}, ${p.period}, för ${p.names}`,
    (p) => `Line chart: ${p.what}, ${p.period}, for ${p.names}`,
  ),
  'crime.policeInitiated': msg(
    'Brott som upptäcks genom polisens eget arbete: fler anmälningar kan betyda mer polisarbete, inte fler brott.',
    'Crimes found through the police’s own work: more reports can mean more police work, not more crime.',
  ),
  // Översikt
  'overview.title': fmt<{ year: number; name: string }>((p) => `Översikt ${p.year}: ${p.name}`, (p) => `Overview ${p.year}: ${p.name}`),
  'overview.titleExample': msg(' – exempeldata, inte verklig statistik', ' – example data, not real statistics'),
  'overview.titleMixed': msg(' – delvis exempeldata', ' – partly example data'),
  'overview.titleNone': fmt<{ year: number }>((p) => ` – inga brottsdata för ${p.year}`, (p) => ` – no crime data for ${p.year}`),
  'overview.lead': fmt<{ year: number; baseline: string | null }>(
    (p) =>
      `Anmälda brott per 100\u00a0000 invånare ${p.year}, jämfört med året före och med ${p.baseline ? `åren ${p.baseline}, före det första medborgarlöftet` : 'tiden före löftet'}. En förändring kallas tydlig bara när ett 95-procentigt konfidensintervall (KI), med hänsyn till hur mycket antalet brukar variera mellan åren, utesluter att inget ändrats; under 10 brott jämförs inget.`,
    (p) =>
      `Reported crimes per 100,000 inhabitants in ${p.year}, compared with the year before and with ${p.baseline ? `the years ${p.baseline}, before the first citizen promise` : 'the time before the promise'}. A change is called clear only when the 95% confidence interval (CI), allowing for how much the number usually varies between years, rules out no change; below 10 crimes nothing is compared.`,
  ),
  'overview.preview': msg(
    'Förhandsvisning: siffrorna är beräknade i förväg ur den medföljande datan och byts strax mot de aktuella.',
    'Preview: the figures were computed in advance from the data shipped with the dashboard and will shortly be replaced by the current ones.',
  ),
  'overview.trendTitle': fmt<{ name: string; from: number; to: number }>(
    (p) => `${p.name}: anmälda brott per 100\u00a0000 invånare, ${p.from}–${p.to}`,
    (p) => `${p.name}: reported crimes per 100,000 inhabitants, ${p.from}–${p.to}`,
  ),
  'overview.trendSubtitle': msg(
    'Skuggat: år med medborgarlöfte. ▲ på tidsaxeln: insatser det året. Ofyllda punkter är exempeldata.',
    'Shaded: years with a citizen promise. ▲ on the time axis: interventions that year. Open points are example data.',
  ),
  'overview.trendAria': fmt<{ name: string; from: number; to: number; names: string }>(
    (p) => `Linjediagram: ${p.name} per 100\u00a0000 invånare ${p.from}–${p.to} för ${p.names}`,
    (p) => `Line chart: ${p.name} per 100,000 inhabitants ${p.from}–${p.to} for ${p.names}`,
  ),
  'overview.surveyFor': msg('Enkätindikatorer för', 'Survey indicators for'),
  'overview.surveyGroup': fmt<{ group: string }>(
    (p) => `(jämförelsegrupp: ${p.group}). Hela underlaget finns under Underlag för beslut.`,
    (p) => `(comparison group: ${p.group}). The full evidence is under Basis for decisions.`,
  ),
  // Headline cards
  'headline.unit': msg('per 100\u00a0000 inv.', 'per 100,000 inh.'),
  'headline.tooFew': msg('För få brott för att visa', 'Too few crimes to show'),
  'headline.interval': fmt<{ low: string; high: string }>((p) => `95 % KI ${p.low}–${p.high}`, (p) => `95% CI ${p.low}–${p.high}`),
  'headline.reported': fmt<{ count: string; year: number }>((p) => `${p.count} anmälda brott ${p.year}`, (p) => `${p.count} reported crimes in ${p.year}`),
  'headline.activity': msg(
    'Visar främst polisens eget arbete, inte hur många brott som begås: förändringen är aktivitet, inte utfall.',
    'Shows mainly the police’s own work, not how many crimes are committed: the change is activity, not outcome.',
  ),
  'headline.vsYear': fmt<{ year: number }>((p) => `mot ${p.year}`, (p) => `compared with ${p.year}`),
  'headline.vsBaseline': fmt<{ from: number; to: number }>((p) => `mot ${p.from}–${p.to}, före det första löftet`, (p) => `compared with ${p.from}–${p.to}, before the first promise`),
  'headline.delivered': fmt<{ year: number }>((p) => `Insatser ${p.year}`, (p) => `Interventions ${p.year}`),
  'headline.noneDelivered': fmt<{ year: number }>((p) => `Inga registrerade insatser ${p.year}.`, (p) => `No recorded interventions in ${p.year}.`),
  // Brottsutveckling
  'brott.heading': fmt<{ name: string; from: number; to: number }>((p) => `Brottsutveckling: ${p.name} ${p.from}–${p.to}`, (p) => `Crime trends: ${p.name} ${p.from}–${p.to}`),
  'brott.riketHidden': msg(
    'Riket visas inte i antal (det skulle platta till kommunernas linjer). Välj ”Per 100\u00a0000 invånare” för att jämföra med riket.',
    'Sweden as a whole is not shown as a number (it would flatten the municipalities’ lines). Choose “Per 100,000 inhabitants” to compare with the whole country.',
  ),
  'brott.lead': fmt<{ rate: boolean }>(
    (p) =>
      `Anmälda brott ${p.rate ? 'per 100\u00a0000 invånare' : 'i antal'}, per kategori. Skuggat: år med medborgarlöfte. ▲ på tidsaxeln: insatser det året. Kommunernas siffror räknas från 2015 på ett annat sätt hos BRÅ (brott knyts till kommunen där de begicks), så jämför nivåer före och efter 2015 med försiktighet.`,
    (p) =>
      `Reported crimes ${p.rate ? 'per 100,000 inhabitants' : 'as numbers'}, by category. Shaded: years with a citizen promise. ▲ on the time axis: interventions that year. From 2015 BRÅ counts the municipalities’ figures differently (a crime is tied to the municipality where it was committed), so compare levels before and after 2015 with care.`,
  ),
  'brott.intervals': msg('Visa osäkerhet (95 % konfidensintervall)', 'Show uncertainty (95% confidence interval)'),
  'brott.noPopulation': fmt<{ years: string }>(
    (p) => `Befolkning saknas för ${p.years}, så de perioderna kan inte visas per 100\u00a0000 invånare. Välj ”Antal” under Mått, eller läs in befolkningen för de åren.`,
    (p) => `Population is missing for ${p.years}, so those periods cannot be shown per 100,000 inhabitants. Choose “Number” under Measure, or load the population for those years.`,
  ),
  'brott.periodsFailed': fmt<{ error: string }>((p) => `Kunde inte hämta värdena per period: ${p.error}`, (p) => `Could not fetch the values by period: ${p.error}`),
  'brott.ytdHead': fmt<{ category: string; name: string }>((p) => `Hittills i år (${p.category}, ${p.name}):`, (p) => `So far this year (${p.category}, ${p.name}):`),
  'brott.noPeriodValues': fmt<{ month: boolean }>(
    (p) => `Inga värden per ${p.month ? 'månad' : 'kvartal'} för den här kategorin.`,
    (p) => `No values by ${p.month ? 'month' : 'quarter'} for this category.`,
  ),
  // Karta
  'map.boundarySource': msg(
    'kommungränser från okfse/sweden-geojson (Valmyndighetens indelning via Opendatasoft, förenklad)',
    'municipal boundaries from okfse/sweden-geojson (the Election Authority’s division via Opendatasoft, simplified)',
  ),
  'map.boundariesFailed': fmt<{ status: number }>((p) => `kommungränserna kunde inte hämtas (HTTP ${p.status})`, (p) => `the municipal boundaries could not be fetched (HTTP ${p.status})`),
  'map.title': fmt<{ category: string; year: number }>(
    (p) => `${p.category}: anmälda brott per 100\u00a0000 invånare ${p.year}, kommunerna med uppgifter`,
    (p) => `${p.category}: reported crimes per 100,000 inhabitants in ${p.year}, municipalities with figures`,
  ),
  'map.heading': fmt<{ year: number }>((p) => `Karta ${p.year}:`, (p) => `Map ${p.year}:`),
  'map.lead': fmt<{ shown: string; all: string; name: string; picked: boolean; description: string }>(
    (p) =>
      `Anmälda brott per 100\u00a0000 invånare i varje kommun som har uppgifter för året (${p.shown} av ${p.all}); övriga är grå. Tjock svart kant: ${p.name}. Streckad kant: ${p.picked ? `jämförelsegruppen, ${p.description}` : `ingen jämförelsegrupp (${p.description})`}.`,
    (p) =>
      `Reported crimes per 100,000 inhabitants in every municipality with figures for the year (${p.shown} of ${p.all}); the others are grey. Thick black edge: ${p.name}. Dashed edge: ${p.picked ? `the comparison group, ${p.description}` : `no comparison group (${p.description})`}.`,
  ),
  'map.year': msg('År', 'Year'),
  'map.failed': fmt<{ error: string }>((p) => `Kartan kunde inte ritas: ${p.error}`, (p) => `The map could not be drawn: ${p.error}`),
  'map.subtitle': msg(
    'Färgklasserna delar kommunerna med uppgifter i ungefär lika stora grupper. Randiga kommuner: exempeldata.',
    'The colour classes split the municipalities with figures into groups of about equal size. Striped municipalities: example data.',
  ),
  'map.source': fmt<{ boundaries: string }>(
    (p) => `BRÅ (anmälda brott) och Kolada/SCB (befolkning) där det anges, annars exempeldata; ${p.boundaries}`,
    (p) => `BRÅ (reported crimes) and Kolada/SCB (population) where stated, otherwise example data; ${p.boundaries}`,
  ),
  'map.place': fmt<{ name: string }>((p) => `Sveriges kommuner (i fokus: ${p.name})`, (p) => `Sweden’s municipalities (in focus: ${p.name})`),
  'map.unitYear': fmt<{ year: number }>((p) => `Anmälda brott per 100\u00a0000 invånare ${p.year}`, (p) => `Reported crimes per 100,000 inhabitants, ${p.year}`),
  'map.noData': msg('inga uppgifter', 'no figures'),
  'map.group': msg('jämförelsegruppen', 'the comparison group'),
  'map.aria': fmt<{ title: string; name: string }>((p) => `Karta: ${p.title}. ${p.name} har tjock kant.`, (p) => `Map: ${p.title}. ${p.name} has a thick edge.`),
  'map.allValues': msg('alla värden', 'all values'),
  'map.below': fmt<{ v: string }>((p) => `under ${p.v}`, (p) => `below ${p.v}`),
  'map.andMore': fmt<{ v: string }>((p) => `${p.v} och mer`, (p) => `${p.v} and more`),
  'map.tooltip': fmt<{ name: string; rate: string; count: string; population: string; example: boolean }>(
    (p) => `${p.name}: ${p.rate} per 100\u00a0000 invånare (${p.count} brott, ${p.population} invånare)${p.example ? ' (exempeldata)' : ''}`,
    (p) => `${p.name}: ${p.rate} per 100,000 inhabitants (${p.count} crimes, ${p.population} inhabitants)${p.example ? ' (example data)' : ''}`,
  ),
  'map.col.name': msg('Kommun', 'Municipality'),
  'map.col.role': msg('På kartan', 'On the map'),
  'map.col.count': msg('Anmälda brott', 'Reported crimes'),
  'map.col.population': msg('Invånare', 'Inhabitants'),
  'map.col.rate': msg('Per 100\u00a0000 invånare', 'Per 100,000 inhabitants'),
  'map.col.source': msg('Källa', 'Source'),
  'map.role.focus': msg('vald kommun (tjock kant)', 'chosen municipality (thick edge)'),
  'map.role.group': msg('jämförelsegrupp (streckad kant)', 'comparison group (dashed edge)'),
});
