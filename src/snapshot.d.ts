/** The build-time snapshot of the default Översikt (scripts/snapshot.ts). */
declare module 'virtual:overview-snapshot' {
  const snapshot: import('./lib/state/overview').OverviewSnapshot;
  export default snapshot;
}
