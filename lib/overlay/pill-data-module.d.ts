/** The build turns lib/overlay/pill-data.ts's buildPillData() into this module (scripts/vite-plugins.ts). */
declare module 'virtual:pendamping-kinerja/pill-data' {
  const data: import('./pill-data').PillData;
  export default data;
}
