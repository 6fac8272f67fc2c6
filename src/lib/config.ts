/**
 * What a municipality sets before it publishes the dashboard: who answers for the site in the
 * accessibility statement (tillgänglighetsredogörelse) and how to reach them. One file, no code.
 * Texts a reader sees are given in Swedish and English (`?lang=en`) side by side.
 */
export const SITE_CONFIG = {
  /** The organisation that stands behind the site, as the statement names it. */
  organisation: { sv: 'Mariestads kommun och Polisen lokalpolisområde Mariestad', en: 'Mariestad Municipality and the Swedish Police, local police area Mariestad' },
  /** Where feedback on accessibility goes. */
  feedback: {
    email: 'kommun@mariestad.se',
    phone: '0501-75 50 00',
    /** How soon the sender can expect an answer. */
    responseTime: { sv: 'inom två arbetsdagar', en: 'within two working days' },
  },
  /** When the accessibility statement was written or last reviewed (ISO date). */
  statementDate: '2026-12-01',
} as const;
