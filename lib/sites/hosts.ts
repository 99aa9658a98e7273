/**
 * The hosts the product works on. One list, used by the manifest (web accessible resources),
 * the content scripts' match patterns and the test harness, so a new host is added in one place.
 * https only: the real sites serve nothing over http.
 */
export const RUANG_GTK_HOSTS = ['guru.kemdikbud.go.id', 'guru.kemendikdasmen.go.id'] as const;
export const RUMAH_PENDIDIKAN_HOST = 'rumah.pendidikan.go.id';
/** Ruang GTK inside the Rumah Pendidikan super-app lives under this path only. */
export const RUMAH_PENDIDIKAN_GTK_PATH = '/ruang/gtk';
export const EKINERJA_HOST = 'kinerja.bkn.go.id';
