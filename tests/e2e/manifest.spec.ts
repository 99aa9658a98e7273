import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

/**
 * The built manifest asks for the four sites and the permissions a feature uses, nothing more
 * (README "Privacy"). Read from the build the other end-to-end tests load.
 */
const SITES = ['guru.kemdikbud.go.id', 'guru.kemendikdasmen.go.id', 'rumah.pendidikan.go.id', 'kinerja.bkn.go.id'];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
  side_panel?: { default_path: string };
}

const manifest = (): Manifest => JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const hostOf = (pattern: string) => /^https:\/\/([^/*]+)\//.exec(pattern)?.[1];

test('the manifest asks for the four sites over https and the permissions a feature uses, nothing more', () => {
  const m = manifest();
  // sidePanel: the panel beside the page. No `scripting`, no `tabs`.
  expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage']);
  // Nothing of the extension is web-accessible: no page can load any of its files.
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
  expect(m.optional_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions ?? []).toEqual([]);
  const patterns = [
    ...(m.host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches),
    ...(m.web_accessible_resources ?? []).flatMap((w) => w.matches),
  ];
  expect(patterns.length).toBeGreaterThan(0);
  for (const pattern of patterns) expect(SITES, pattern).toContain(hostOf(pattern));
  expect([...(m.host_permissions ?? [])].map(hostOf).sort()).toEqual([...SITES].sort());
  // On Rumah Pendidikan, the overlay runs under Ruang GTK's path only.
  const rumah = (m.content_scripts ?? []).flatMap((c) => c.matches).filter((p) => hostOf(p) === 'rumah.pendidikan.go.id');
  expect(rumah).toEqual(['https://rumah.pendidikan.go.id/ruang/gtk*']);
});
