/** The activity log (Logg): the view, the form, its validation and the local store's errors. */
import { fmt, msg, register } from '../entry';

type Rec = { type: string; year: number };

export const activitylog = register({
  // The view.
  'activitylog.title': msg('Aktivitetslogg:', 'Activity log:'),
  'activitylog.lead': msg(
    'Registrera vad polisen och kommunen har gjort. Ändringar sparas i den här webbläsaren och syns direkt i alla diagram och i uppföljningsrapporten. Exportera som CSV för att lägga tillbaka dem i',
    'Record what the police and the municipality have done. Changes are kept in this browser and show at once in every chart and in the follow-up report. Export them as CSV to put them back into',
  ),
  'activitylog.localChanges': fmt<{ n: number; count: string }>(
    (p) => `Lokala ändringar: ${p.count} ${p.n === 1 ? 'insats har' : 'insatser har'} lagts till, ändrats eller tagits bort i den här webbläsaren.`,
    (p) => `Local changes: ${p.count} ${p.n === 1 ? 'intervention has' : 'interventions have'} been added, changed or removed in this browser.`,
  ),
  'activitylog.new': msg('Ny insats', 'New intervention'),
  'activitylog.edit': msg('Redigera insats', 'Edit intervention'),
  'activitylog.export': msg('Exportera som CSV', 'Export as CSV'),
  'activitylog.discard': msg('Förkasta lokala ändringar', 'Discard local changes'),
  'activitylog.discardConfirm': msg(
    'Förkasta alla lokala ändringar och återställ de levererade insatserna?',
    'Discard every local change and restore the shipped interventions?',
  ),
  'activitylog.discarded': msg('De lokala ändringarna förkastades.', 'The local changes were discarded.'),
  'activitylog.caption': fmt<{ from: number; to: number; n: string }>(
    (p) => `Registrerade insatser ${p.from}–${p.to} (${p.n}), nyast först`,
    (p) => `Recorded interventions ${p.from}–${p.to} (${p.n}), newest first`,
  ),
  'activitylog.col.year': msg('År', 'Year'),
  'activitylog.col.month': msg('Mån', 'Month'),
  'activitylog.col.actor': msg('Aktör', 'Actor'),
  'activitylog.col.type': msg('Typ', 'Type'),
  'activitylog.col.venue': msg('Plats', 'Place'),
  'activitylog.col.count': msg('Antal', 'Count'),
  'activitylog.col.source': msg('Källa', 'Source'),
  'activitylog.col.action': msg('Åtgärd', 'Action'),
  'activitylog.notGiven': msg('ej angivet', 'not given'),
  'activitylog.editButton': msg('Redigera', 'Edit'),
  'activitylog.editLabel': fmt<Rec>((p) => `Redigera ${p.type} ${p.year}`, (p) => `Edit ${p.type} ${p.year}`),
  'activitylog.remove': msg('Ta bort', 'Remove'),
  'activitylog.removeLabel': fmt<Rec>((p) => `Ta bort ${p.type} ${p.year}`, (p) => `Remove ${p.type} ${p.year}`),
  'activitylog.removeConfirm': fmt<Rec>((p) => `Ta bort ”${p.type}” (${p.year})?`, (p) => `Remove “${p.type}” (${p.year})?`),
  // The same question in parts, so the activity type (Swedish data) can be marked as Swedish.
  'activitylog.removeConfirmOpen': msg('Ta bort ”', 'Remove “'),
  'activitylog.removeConfirmClose': fmt<{ year: number }>((p) => `” (${p.year})?`, (p) => `” (${p.year})?`),
  'activitylog.removed': msg('Insatsen togs bort.', 'The intervention was removed.'),
  'activitylog.saved': fmt<Rec>((p) => `Insatsen ”${p.type}” (${p.year}) sparades lokalt.`, (p) => `The intervention “${p.type}” (${p.year}) was saved locally.`),
  'activitylog.pager': msg('registrerade insatser i loggen', 'recorded interventions in the log'),
  'activitylog.conflict': fmt<{ removed: boolean }>(
    (p) => `Insatsen har ändrats i en annan flik medan du arbetade med den${p.removed ? ' (den togs bort där)' : ''}. Sidan visar nu den andra flikens version. Vill du spara din ändring över den?`,
    (p) => `The intervention was changed in another tab while you were working on it${p.removed ? ' (it was removed there)' : ''}. The page now shows the other tab’s version. Do you want to save your change over it?`,
  ),
  'activitylog.conflictMine': msg('Spara min ändring', 'Save my change'),
  'activitylog.conflictTheirs': msg('Behåll den andra ändringen', 'Keep the other change'),
  'activitylog.conflictSaved': msg('Din ändring sparades över den andra flikens.', 'Your change was saved over the other tab’s.'),
  'activitylog.conflictKept': msg('Den andra flikens ändring behölls.', 'The other tab’s change was kept.'),
  'activitylog.confirmYes': msg('Ja, fortsätt', 'Yes, continue'),
  'activitylog.cancel': msg('Avbryt', 'Cancel'),

  // The form.
  'activitylog.form.failed': msg('Insatsen kunde inte sparas:', 'The intervention could not be saved:'),
  'activitylog.form.required': msg('(obligatoriskt)', '(required)'),
  'activitylog.form.actor': msg('Aktör', 'Actor'),
  'activitylog.form.choose': msg('Välj …', 'Choose …'),
  'activitylog.form.type': msg('Typ av insats', 'Type of intervention'),
  'activitylog.form.when': msg('När', 'When'),
  'activitylog.form.whenHint': msg('år, år-månad eller datum', 'year, year-month or date'),
  'activitylog.form.count': msg('Antal tillfällen', 'Number of occasions'),
  'activitylog.form.countHint': msg('tomt = antal ej angivet', 'empty = number not given'),
  'activitylog.form.participants': msg('Antal deltagare', 'Number of participants'),
  'activitylog.form.venue': msg('Plats', 'Place'),
  'activitylog.form.noVenue': msg('Ingen särskild plats', 'No particular place'),
  'activitylog.form.target': msg('Målgrupp', 'Target group'),
  'activitylog.form.promise': msg('Medborgarlöfte', 'Citizen promise (medborgarlöfte)'),
  'activitylog.form.noPromise': msg('Inget', 'None'),
  'activitylog.form.description': msg('Beskrivning', 'Description'),
  'activitylog.form.save': msg('Spara', 'Save'),

  // Validation (record.ts): one message per field.
  'activitylog.err.count': fmt<{ field: string; text: string }>(
    (p) => `${p.field} ska vara ett heltal, 0 eller större (du skrev ”${p.text}”).`,
    (p) => `${p.field} must be a whole number, 0 or more (you wrote “${p.text}”).`,
  ),
  'activitylog.err.countField': msg('Antal', 'The count'),
  'activitylog.err.participantsField': msg('Antal deltagare', 'The number of participants'),
  'activitylog.err.when': msg(
    'Ange år, år och månad eller datum: 2018, 2018-05 eller 2018-05-30.',
    'Give a year, a year and month or a date: 2018, 2018-05 or 2018-05-30.',
  ),
  'activitylog.err.year': fmt<{ min: number; max: number }>((p) => `Året ska ligga mellan ${p.min} och ${p.max}.`, (p) => `The year must be between ${p.min} and ${p.max}.`),
  'activitylog.err.month': fmt<{ month: string }>((p) => `Månaden ${p.month} finns inte.`, (p) => `There is no month ${p.month}.`),
  'activitylog.err.date': fmt<{ date: string }>((p) => `Datumet ${p.date} finns inte.`, (p) => `The date ${p.date} does not exist.`),
  'activitylog.err.actor': msg('Välj aktör: polis, kommun eller samverkan.', 'Choose an actor: police, municipality or joint (samverkan).'),
  'activitylog.err.type': msg('Ange typ av insats, till exempel ”riktad insats”.', 'Give the type of intervention, for example “targeted intervention”.'),
  'activitylog.err.typeLength': msg('Typen får vara högst 80 tecken.', 'The type may be at most 80 characters.'),
  'activitylog.err.kommunkod': fmt<{ code: string }>((p) => `Okänd kommunkod ”${p.code}”.`, (p) => `Unknown municipality code “${p.code}”.`),
  'activitylog.err.venue': fmt<{ id: string }>((p) => `Okänd plats ”${p.id}”.`, (p) => `Unknown place “${p.id}”.`),
  'activitylog.err.promise': fmt<{ id: string }>((p) => `Okänt medborgarlöfte ”${p.id}”.`, (p) => `Unknown citizen promise “${p.id}”.`),
  'activitylog.err.promiseElsewhere': msg('Löftet gäller en annan kommun.', 'The promise belongs to another municipality.'),
  'activitylog.err.description': msg('Beskrivningen får vara högst 500 tecken.', 'The description may be at most 500 characters.'),

  // The local store (state/activity-log.svelte.ts, activity-log/store.ts).
});
