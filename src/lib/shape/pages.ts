/** Paging of long tables: which rows a page shows, and how it is said. */
export const PAGE_ROWS = 100;

export interface PageInfo {
  offset: number;
  limit: number;
  /** 1-based first and last row shown; 0 and 0 when there are none. */
  first: number;
  last: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** The page at `offset` (clamped to the rows there are, on a page boundary). */
export function pageInfo(offset: number, total: number, limit = PAGE_ROWS): PageInfo {
  const lastStart = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const at = Math.min(Math.max(0, Math.floor(offset / limit) * limit), lastStart);
  return {
    offset: at,
    limit,
    first: total === 0 ? 0 : at + 1,
    last: Math.min(total, at + limit),
    total,
    hasPrevious: at > 0,
    hasNext: at + limit < total,
  };
}

/** The rows of one page (a slice: nothing else is copied or made). */
export function pageOf<T>(rows: readonly T[], page: PageInfo): T[] {
  return rows.slice(page.offset, page.offset + page.limit);
}
