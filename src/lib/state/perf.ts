/** Performance marks the benchmark reads: navigation → first chart drawn. */
let marked = false;

export function markFirstChart(): void {
  if (marked || typeof performance === 'undefined') return;
  marked = true;
  // After the browser has painted the frame that holds the chart.
  requestAnimationFrame(() => performance.mark('first-chart'));
}
