/** Meeting mode (Mötesläge): the slides, what each says at its foot, and the bar around them. */
import { fmt, msg, register } from '../entry';

export const meeting = register({
  // Slides (src/lib/report/slides.ts)
  'meeting.part': fmt<{ n: number; count: number }>((p) => `(${p.n} av ${p.count})`, (p) => `(${p.n} of ${p.count})`),
  'meeting.police': msg('Detta har polisen gjort', 'What the police have done'),
  'meeting.kommun': msg('Detta har kommunen gjort', 'What the municipality has done'),
  'meeting.joint': msg('Detta har vi gjort tillsammans', 'What we have done together'),
  'meeting.information': msg('Informationsinsatser och uppföljning', 'Informing the public and follow-up'),
  'meeting.surveyPrefix': msg('Enkät: ', 'Survey: '),
  'meeting.trend': msg('Anmälda brott per 100\u00a0000 invånare', 'Reported crimes per 100,000 inhabitants'),
  'meeting.proposal': fmt<{ year: number }>((p) => `Förslag inför ${p.year}`, (p) => `Proposal for ${p.year}`),
  'meeting.focus': msg('Fokus: ', 'Focus: '),
  'meeting.promise': fmt<{ year: number; proposal: string }>((p) => `Vi lovar därför inför ${p.year} ${p.proposal}`, (p) => `We therefore promise for ${p.year} ${p.proposal}`),

  // What a slide says at its foot (src/lib/report/slide-notes.ts)
  'meeting.sourceTitle': msg('Källa: medborgarlöftet (polisen.se och kommunen).', 'Source: the citizen promise (polisen.se and the municipality).'),
  'meeting.sourceActivities': msg('Källa: polisen.se och kommunens aktivitetslogg (insatser).', "Source: polisen.se and the municipality's activity log (activities)."),
  'meeting.sourceStatistics': msg('Källa: anmälda brott (BRÅ), befolkning (SCB/Kolada).', 'Source: reported crimes (BRÅ), population (SCB/Kolada).'),
  'meeting.example': msg('Exempeldata: genererade siffror, inte verklig statistik.', 'Example data: generated figures, not real statistics.'),
  'meeting.proposalCaveat': msg(
    'Förslaget är skrivet av kommunen och polisen: statistiken avgör inte vad ni ska lova.',
    'The proposal is written by the municipality and the police: the statistics do not decide what you should promise.',
  ),
  'meeting.announce': fmt<{ n: number; count: number; title: string }>((p) => `Bild ${p.n} av ${p.count}: ${p.title}`, (p) => `Slide ${p.n} of ${p.count}: ${p.title}`),

  // A slide (SlideView, SurveySlide)
  'meeting.showChart': msg('Visa som diagram', 'Show as chart'),
  'meeting.showTable': msg('Visa som tabell', 'Show as table'),
  'meeting.perInhabitants': msg('per 100\u00a0000 invånare', 'per 100,000 inhabitants'),
  'meeting.trendAria': fmt<{ from: number; to: number }>(
    (p) => `Linjediagram: anmälda brott per 100\u00a0000 invånare ${p.from}–${p.to}`,
    (p) => `Line chart: reported crimes per 100,000 inhabitants ${p.from}–${p.to}`,
  ),
  'meeting.before': msg('Före löftet', 'Before the promise'),
  'meeting.during': msg('Under löftet', 'During the promise'),
  'meeting.after': msg('Året efter löftet', 'The year after the promise'),
  'meeting.ci': msg('95 % KI', '95% CI'),
  'meeting.tooFew': msg('För få brott för att visa', 'Too few crimes to show'),
  'meeting.surveyExample': msg('* exempeldata: genererade enkätsvar, inte verkliga mätningar.', '* example data: generated survey answers, not real measurements.'),

  // The view (MoteView)
  'meeting.view': msg('Mötesläge', 'Meeting mode'),
  'meeting.controls': msg('Bildväxling', 'Slide controls'),
  'meeting.previous': msg('Föregående bild', 'Previous slide'),
  'meeting.next': msg('Nästa bild', 'Next slide'),
  'meeting.fullscreen': msg('Helskärm', 'Full screen'),
  'meeting.leave': msg('Lämna mötesläget (Esc)', 'Leave meeting mode (Esc)'),
  'meeting.statement': msg('Tillgänglighet', 'Accessibility'),
});
