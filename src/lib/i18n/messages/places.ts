/** Platser (PlatserView, VenueTrygghet, the venue-survey state) and Insatser (InsatserView). "Insats" is "intervention", as in the shell. */
import { fmt, msg, register } from '../entry';

const SOURCE_SV = 'Polisens och kommunens uppföljningar (2017, 2018); exempeldata övriga år';

export const places = register({
  // PlatserView
  'places.heading': fmt<{ name: string; from: number; to: number }>(
    (p) => `Platser där unga möts: ${p.name} ${p.from}–${p.to}`,
    (p) => `Places where young people meet: ${p.name} ${p.from}–${p.to}`,
  ),
  'places.all': msg('Alla platser', 'All places'),
  'places.chosen': fmt<{ n: number; count: string }>((p) => `${p.count} ${p.n === 1 ? 'vald plats' : 'valda platser'}`, (p) => `${p.count} chosen ${p.n === 1 ? 'place' : 'places'}`),
  'places.lead': msg(
    'Staplarna visar angivna antal tillfällen per år och aktör; ◆ markerar år då insatser gjordes på platsen utan att antalet angavs. Välj platser i filtret för att jämföra dem.',
    'The bars show the stated numbers of occasions per year and actor; ◆ marks years when interventions were made at the place without the number being stated. Choose places in the filter to compare them.',
  ),
  'places.rankTitle': fmt<{ from: number; to: number }>((p) => `Rangordning: platser efter antal insatser ${p.from}–${p.to}`, (p) => `Ranking: places by number of interventions ${p.from}–${p.to}`),
  'places.rankSubtitle': msg(
    'Angivna antal tillfällen, staplade per aktör. Insatser utan angivet antal syns i tabellen.',
    'Stated numbers of occasions, stacked by actor. Interventions without a stated number are shown in the table.',
  ),
  'places.source': msg(SOURCE_SV, 'The police’s and the municipality’s follow-ups (2017, 2018); example data for the other years'),
  'places.col.rank': msg('Plats i rangordningen', 'Rank'),
  'places.col.venue': msg('Plats', 'Place'),
  'places.col.total': msg('Antal tillfällen', 'Number of occasions'),
  'places.col.records': msg('Registrerade insatser', 'Recorded interventions'),
  'places.col.uncounted': msg('Varav utan antal', 'Of which without a number'),
  'places.col.targets': msg('Målgrupper (insatser)', 'Target groups (interventions)'),
  'places.measureRank': msg('antal tillfällen per plats och aktör', 'number of occasions per place and actor'),
  'places.occasions': msg('antal tillfällen', 'number of occasions'),
  'places.rankAria': fmt<{ from: number; to: number }>(
    (p) => `Liggande stapeldiagram: platser rangordnade efter antal insatser ${p.from}–${p.to}, staplade per aktör`,
    (p) => `Horizontal bar chart: places ranked by number of interventions ${p.from}–${p.to}, stacked by actor`,
  ),
  'places.incidents': msg(
    'Anmälda brott per plats: brottsstatistiken i underlaget är per kommun och saknar plats, så händelser vid de enskilda platserna kan inte visas här.',
    'Reported crimes per place: the crime statistics here are per municipality and have no place, so incidents at the individual places cannot be shown here.',
  ),
  'places.year': msg('År', 'Year'),
  'places.measureVenue': msg('antal tillfällen per år och aktör', 'number of occasions per year and actor'),
  'places.targets': msg('Målgrupper som nåtts (antal insatser): ', 'Target groups reached (number of interventions): '),
  'places.empty': fmt<{ from: number; to: number }>((p) => `Inga registrerade insatser här ${p.from}–${p.to}.`, (p) => `No recorded interventions here ${p.from}–${p.to}.`),
  'places.venueAria': fmt<{ venue: string; from: number; to: number }>(
    (p) => `Stapeldiagram: insatser vid ${p.venue} per år ${p.from}–${p.to}`,
    (p) => `Bar chart: interventions at ${p.venue} per year ${p.from}–${p.to}`,
  ),
  'places.markLabel': msg('insats utan angivet antal', 'intervention without a stated number'),

  // VenueTrygghet and the venue-survey state
  'places.trygghet.heading': msg('Trygghet där unga möts', 'Perceived safety where young people meet'),
  'places.trygghet.intro': msg(
    'Enkätresultat för det område där platsen ligger (alla svarande), med 95 % konfidensintervall (Wilson, med designeffekt när den anges) eller indexets publicerade intervall.',
    'Survey results for the area the place lies in (all respondents), with 95% confidence intervals (Wilson, with the design effect when it is given) or the index’s published interval.',
  ),
  'places.trygghet.none': msg('Inga av de valda platserna är kopplade till ett enkätområde.', 'None of the chosen places is matched to a survey area.'),
  'places.trygghet.regionAria': fmt<{ venue: string }>((p) => `Trygghet vid ${p.venue}`, (p) => `Perceived safety at ${p.venue}`),
  'places.trygghet.area': msg(': enkätområde ', ': survey area '),
  'places.trygghet.byName': msg('kopplat efter namn', 'matched by name'),
  'places.trygghet.byHand': msg('kopplat manuellt', 'matched by hand'),
  'places.trygghet.source': msg('Källa: ', 'Source: '),
  'places.trygghet.example': msg(' * exempeldata', ' * example data'),
  'places.trygghet.question': msg('Fråga', 'Question'),
  'places.trygghet.unmatched': msg('Enkätområden utan plats', 'Survey areas without a place'),
  'places.trygghet.unmatchedHelp': msg(
    'Koppla ett område till den plats som ligger i det. Förslaget kommer från namnen (samma namn, eller platsens namn som hela ord i områdets); kopplingen sparas i den här webbläsaren och kan tas bort nedan.',
    'Match an area to the place that lies in it. The suggestion comes from the names (the same name, or the place’s name as whole words in the area’s); the match is kept in this browser and can be removed below.',
  ),
  'places.trygghet.choose': msg('Välj plats …', 'Choose a place …'),
  'places.trygghet.suggested': msg(' (förslag efter namn)', ' (suggested by name)'),
  'places.trygghet.match': msg('Koppla', 'Match'),
  'places.trygghet.kept': msg('Dina kopplingar', 'Your matches'),
  'places.trygghet.keptHelp': msg('Sparade i den här webbläsaren; de gäller också nästa gång sidan öppnas.', 'Kept in this browser; they also apply the next time the page is opened.'),
  'places.trygghet.keptByName': msg('efter namn', 'by name'),
  'places.trygghet.keptByHand': msg('manuellt', 'by hand'),
  'places.trygghet.removeAria': fmt<{ area: string; venue: string }>((p) => `Ta bort kopplingen av ${p.area} till ${p.venue}`, (p) => `Remove the match of ${p.area} to ${p.venue}`),
  'places.trygghet.remove': msg('Ta bort koppling', 'Remove match'),
  'places.trygghet.matchFailed': fmt<{ area: string; error: string }>(
    (p) => `Kunde inte koppla området ”${p.area}” till platsen: ${p.error}`,
    (p) => `Could not match the area “${p.area}” to the place: ${p.error}`,
  ),
  'places.trygghet.unmatchFailed': fmt<{ area: string; error: string }>(
    (p) => `Kunde inte ta bort kopplingen av området ”${p.area}”: ${p.error}`,
    (p) => `Could not remove the match of the area “${p.area}”: ${p.error}`,
  ),

  // InsatserView
  'interventions.heading': fmt<{ name: string; from: number; to: number }>((p) => `Insatser: ${p.name} ${p.from}–${p.to}`, (p) => `Interventions: ${p.name} ${p.from}–${p.to}`),
  'interventions.countNote': msg(
    'Staplarna visar angivna antal tillfällen. Insatser som rapporterats utan antal (◆) räknas inte in.',
    'The bars show the stated numbers of occasions. Interventions reported without a number (◆) are not counted.',
  ),
  'interventions.lead': msg(
    'Vad polisen och kommunen har gjort inom medborgarlöftena, enligt aktivitetsloggen.',
    'What the police and the municipality have done within the citizen promises, according to the activity log.',
  ),
  'interventions.yearTitle': msg('Insatser per år och aktör (antal tillfällen)', 'Interventions per year and actor (number of occasions)'),
  'interventions.source': msg('Polisens uppföljningar av medborgarlöftet (2017, 2018); exempeldata övriga år', 'The police’s follow-ups of the citizen promise (2017, 2018); example data for the other years'),
  'interventions.measureYear': msg('antal tillfällen per år och aktör', 'number of occasions per year and actor'),
  'interventions.yearAria': fmt<{ from: number; to: number }>(
    (p) => `Stapeldiagram: insatser per år ${p.from}–${p.to}, staplade per aktör`,
    (p) => `Bar chart: interventions per year ${p.from}–${p.to}, stacked by actor`,
  ),
  'interventions.yearMark': msg('insatser utan angivet antal detta år', 'interventions without a stated number this year'),
  'interventions.typeTitle': fmt<{ from: number; to: number }>((p) => `Insatser per typ, ${p.from}–${p.to}`, (p) => `Interventions by type, ${p.from}–${p.to}`),
  'interventions.type': msg('Typ av insats', 'Type of intervention'),
  'interventions.measureType': msg('antal tillfällen per typ av insats och aktör', 'number of occasions per type of intervention and actor'),
  'interventions.typeAria': fmt<{ from: number; to: number }>(
    (p) => `Liggande stapeldiagram: insatser per typ ${p.from}–${p.to}, staplade per aktör`,
    (p) => `Horizontal bar chart: interventions by type ${p.from}–${p.to}, stacked by actor`,
  ),
  'interventions.venueTitle': fmt<{ from: number; to: number }>(
    (p) => `Platser där unga möts: insatser ${p.from}–${p.to}`,
    (p) => `Places where young people meet: interventions ${p.from}–${p.to}`,
  ),
  'interventions.measureVenue': msg('antal tillfällen per plats', 'number of occasions per place'),
  'interventions.venueAria': fmt<{ from: number; to: number }>(
    (p) => `Liggande stapeldiagram: platser rangordnade efter antal insatser ${p.from}–${p.to}`,
    (p) => `Horizontal bar chart: places ranked by number of interventions ${p.from}–${p.to}`,
  ),
  'interventions.records': fmt<{ n: string }>((p) => `Alla registrerade insatser (${p.n})`, (p) => `All recorded interventions (${p.n})`),
  'interventions.recordsSelected': fmt<{ n: string }>((p) => `Registrerade insatser i urvalet (${p.n})`, (p) => `Recorded interventions in the selection (${p.n})`),
  'interventions.none': msg('Inga registrerade insatser för de valda filtren.', 'No recorded interventions for the chosen filters.'),
  'interventions.noneSelected': fmt<{ text: string }>((p) => `Inga registrerade insatser för de valda filtren med urvalet ${p.text}.`, (p) => `No recorded interventions for the chosen filters with the selection ${p.text}.`),
  'interventions.showingOnly': fmt<{ text: string }>((p) => `Visar endast ${p.text}.`, (p) => `Showing only ${p.text}.`),
  'interventions.pagerLabel': msg('registrerade insatser', 'recorded interventions'),
  'interventions.tableName': fmt<{ from: number; to: number }>((p) => `Insatser ${p.from}–${p.to}`, (p) => `Interventions ${p.from}–${p.to}`),
  'interventions.caption': fmt<{ from: number; to: number }>((p) => `Insatser ${p.from}–${p.to}, nyast först`, (p) => `Interventions ${p.from}–${p.to}, newest first`),
  'interventions.col.year': msg('År', 'Year'),
  'interventions.col.month': msg('Mån', 'Month'),
  'interventions.col.actor': msg('Aktör', 'Actor'),
  'interventions.col.type': msg('Typ', 'Type'),
  'interventions.col.venue': msg('Plats', 'Place'),
  'interventions.col.target': msg('Målgrupp', 'Target group'),
  'interventions.col.count': msg('Antal', 'Number'),
  'interventions.col.description': msg('Beskrivning', 'Description'),
  'interventions.col.source': msg('Källa', 'Source'),
  'interventions.notStated': msg('ej angivet', 'not stated'),
});
