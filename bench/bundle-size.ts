/**
 * Gzip sizes of the script-tag build, from Vite's manifest (deterministic, no browser):
 *  - initial: learn.js and everything it imports statically — what a host page loads before any click;
 *  - drawer: initial + every chunk reachable through dynamic imports from the drawer's launcher
 *    (panel, runtime, markdown, search) — what an open drawer with an article has loaded;
 *  - all: every JS file of the build (all elements + SDK).
 * Run after `vite build --config vite.script.config.ts`. Prints `BENCH {json}`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }

const dist = new URL('../dist/script/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function closure(keys: string[], followDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    const chunk = manifest[key]!;
    for (const k of chunk.imports ?? []) walk(k);
    if (followDynamic) for (const k of chunk.dynamicImports ?? []) walk(k);
  };
  keys.forEach(walk);
  return seen;
}
const size = (keys: Set<string>) => [...keys].reduce((sum, k) => sum + gz(manifest[k]!.file), 0);

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const initial = closure([entry], false);
const drawer = closure([entry], true);
const allFiles: string[] = [];
const walkDir = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkDir(p);
    else if (name.endsWith('.js')) allFiles.push(p.slice(dist.length));
  }
};
walkDir(dist);
const all = allFiles.reduce((sum, f) => sum + gz(f), 0);

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const perChunk = Object.fromEntries([...drawer].map((k) => [manifest[k]!.file, kb(gz(manifest[k]!.file))]));
console.log(`initial (before any click): ${kb(size(initial))} KB gzip`);
console.log(`drawer open with search and article: ${kb(size(drawer))} KB gzip`);
console.log(`everything: ${kb(all)} KB gzip`);
console.log('chunks:', perChunk);
console.log(`BENCH ${JSON.stringify({ bundle: { initialKB: kb(size(initial)), drawerKB: kb(size(drawer)), allKB: kb(all), chunks: perChunk } })}`);
