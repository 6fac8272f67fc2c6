/** The user's edits to next year's proposal, per promise and year, kept while the page lives (report ⇄ meeting). */
const edited = $state<Record<string, string>>({});

export function editedProposal(key: string): string | undefined {
  return edited[key];
}

export function setEditedProposal(key: string, text: string): void {
  edited[key] = text;
}
