/** Saving a file made in the page: a blob: URL and a download link, so nothing leaves the site. */

/** Saves `data` under `filename`. */
export function download(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const SVG_TYPE = 'image/svg+xml;charset=utf-8';
export const PARQUET_TYPE = 'application/vnd.apache.parquet';
