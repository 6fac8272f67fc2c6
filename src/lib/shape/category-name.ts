/**
 * A crime category's name as the UI shows it: the data's own name in Swedish; in English the
 * catalogue's name for the shipped focus categories (data/crime_categories.csv), and for any
 * other (BRÅ's imported ones) the data's Swedish name, which the element then marks lang="sv".
 */
import { t } from '../i18n/catalogue';
import { locale } from '../i18n/locale';
import '../i18n/messages/crime';

export const FOCUS_CATEGORIES = ['totalt', 'valdsbrott', 'misshandel', 'sexualbrott', 'stold_ran_haleri', 'stold', 'skadegorelse', 'narkotikabrott'] as const;
type FocusId = (typeof FOCUS_CATEGORIES)[number];

const isFocus = (id: string): id is FocusId => (FOCUS_CATEGORIES as readonly string[]).includes(id);

/** The display name of category `id`, whose name in the data is `dataName` (the id itself when unknown). */
export function categoryName(id: string, dataName?: string | null): string {
  if (locale() === 'en' && isFocus(id)) return t(`category.${id}`);
  return dataName ?? id;
}

/** A municipality's name as the UI shows it: the data's name, but Riket (kommunkod 00) in the page's language. */
export function placeName(kommunkod: string, dataName: string): string {
  return kommunkod === '00' && locale() === 'en' ? t('place.riket') : dataName;
}

/** The `lang` for an element showing categoryName(id): 'sv' where the English UI shows the Swedish data name. */
export function categoryLang(id: string): 'sv' | undefined {
  return locale() === 'en' && !isFocus(id) ? 'sv' : undefined;
}
