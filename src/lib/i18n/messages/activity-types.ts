/**
 * The activity types of the shipped activity log (`data/activities.csv`) as names, for chart
 * labels and table headings; an imported type not listed here is shown as written (Swedish data).
 */
import { msg, register } from '../entry';

export const activityTypes = register({
  'activityType.riktad insats': msg('riktad insats', 'targeted intervention'),
  'activityType.trygghetsskapande besök': msg('trygghetsskapande besök', 'reassurance visit'),
  'activityType.trygghetsskapande arbete': msg('trygghetsskapande arbete', 'reassurance work'),
  'activityType.informationsmöte': msg('informationsmöte', 'information meeting'),
  'activityType.närvaro på ungas arenor': msg('närvaro på ungas arenor', 'presence where young people meet'),
  'activityType.skolinsats': msg('skolinsats', 'school intervention'),
  'activityType.livsstilsdag': msg('livsstilsdag', 'lifestyle day'),
  'activityType.föräldramöte': msg('föräldramöte', 'parents’ meeting'),
  'activityType.bekymringssamtal': msg('bekymringssamtal', 'concern talk'),
  'activityType.drogtest': msg('drogtest', 'drug test'),
  'activityType.anmälan narkotikabrott': msg('anmälan narkotikabrott', 'drug offence report'),
  'activityType.samverkansmöte': msg('samverkansmöte', 'cooperation meeting'),
  'activityType.samarbete': msg('samarbete', 'collaboration'),
  'activityType.stöd och vägledning': msg('stöd och vägledning', 'support and guidance'),
  'activityType.utbildning': msg('utbildning', 'training'),
  'activityType.utvecklingsarbete': msg('utvecklingsarbete', 'development work'),
  'activityType.nätverksarbete': msg('nätverksarbete', 'networking'),
  'activityType.kommunikation': msg('kommunikation', 'communication'),
});
