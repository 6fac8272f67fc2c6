/** The build-time snapshot of the default Översikt (scripts/snapshot.ts). */
declare module 'virtual:overview-snapshot' {
  const snapshot: import('./lib/state/overview').OverviewSnapshot;
  export default snapshot;
}

/** The shipped tables as Arrow IPC files built from data/*.csv (scripts/shipped-data.ts): table name → URL. */
declare module 'virtual:shipped-data' {
  const urls: Readonly<Record<string, string>>;
  export default urls;
}
