/** The municipality picker, as a keyboard user works it. */
import type { Page } from 'playwright-core';

/** Types into the municipality picker and picks the option named `name` with the keyboard. */
/** Returns the chosen option's text as the list showed it (with its data mark). */
export async function pickMunicipality(page: Page, text: string, name: string): Promise<string> {
  const box = page.getByRole('combobox', { name: 'Kommun' });
  await box.fill('');
  await box.pressSequentially(text);
  const option = page.getByRole('listbox', { name: 'Kommuner' }).getByRole('option', { name: new RegExp(`^${name}\\b`) });
  await option.waitFor();
  // ↓ until the option is the active descendant, then Enter.
  const id = await option.getAttribute('id');
  for (let i = 0; i < 300 && (await box.getAttribute('aria-activedescendant')) !== id; i++) await box.press('ArrowDown');
  const shown = await option.innerText();
  await box.press('Enter');
  return shown;
}
