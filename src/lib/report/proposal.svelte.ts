/**
 * The user's edits to next year's proposal, per promise and year: shared by report and meeting
 * views while the page lives, and kept in the browser (localStorage) so a reload keeps them.
 */
export const PROPOSAL_STORAGE_KEY = 'medborgarlofte.proposals.v1';

/** What was stored, or nothing when it is missing, not JSON or not a record of strings. */
export function parseStoredProposals(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** localStorage when the browser gives it (not in Node, and it may throw in private modes). */
function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const edited = $state<Record<string, string>>(parseStoredProposals(storage()?.getItem(PROPOSAL_STORAGE_KEY) ?? null));

export function editedProposal(key: string): string | undefined {
  return edited[key];
}

export function setEditedProposal(key: string, text: string): void {
  edited[key] = text;
  try {
    storage()?.setItem(PROPOSAL_STORAGE_KEY, JSON.stringify(edited));
  } catch {
    // Full or blocked storage: the edit still lives for this page.
  }
}
