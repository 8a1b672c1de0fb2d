/**
 * Gzip sizes (-9) of the script-tag build, from Vite's manifest and the chunks' source maps
 * (deterministic, no browser):
 *  - initial: learn.js and everything it imports statically — what a host page loads before any click;
 *  - drawer: "drawer open with search and article" for a page in English over the http backend:
 *    the chunks holding the modules that scenario runs — the entry, the runtime (sdk/start.ts), the
 *    panel (panel/define.ts) and the article sanitiser (src/markdown/render-html.ts) — with their
 *    static imports. Not marked (only for articles without server html), not the other
 *    translations, not autostart. bench/browser.bench.ts measures the same scenario as the JS a
 *    browser actually fetched;
 *  - all: every JS file of the build (all elements + SDK).
 * Run after `vite build --config vite.script.config.ts`. Prints `BENCH {json}`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }

/** Source modules the drawer-with-search-and-article scenario runs, besides the entry. */
const SCENARIO_MODULES = ['sdk/start.ts', 'components/learn-drawer/panel/define.ts', 'src/markdown/render-html.ts'];

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

/** The manifest key of the chunk whose source map lists `module` (shared chunks are keyed by name, not source). */
function chunkHolding(module: string): string {
  for (const [key, chunk] of Object.entries(manifest)) {
    const map = join(dist, `${chunk.file}.map`);
    if (!existsSync(map)) continue;
    const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
    if (sources.some((s) => s.endsWith(module))) return key;
  }
  throw new Error(`no chunk holds ${module}: was the build run with sourcemaps?`);
}

const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
const initial = closure([entry], false);
const drawer = closure([entry, ...SCENARIO_MODULES.map(chunkHolding)], false);
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
const perChunk = Object.fromEntries(allFiles.sort().map((f) => [f, kb(gz(f))]));
const drawerChunks = [...drawer].map((k) => manifest[k]!.file).sort();
console.log(`initial (before any click): ${kb(size(initial))} KB gzip`);
console.log(`drawer open with search and article: ${kb(size(drawer))} KB gzip`, drawerChunks);
console.log(`everything: ${kb(all)} KB gzip`);
console.log('chunks:', perChunk);
console.log(`BENCH ${JSON.stringify({ bundle: { initialKB: kb(size(initial)), drawerKB: kb(size(drawer)), drawerChunks, allKB: kb(all), chunks: perChunk } })}`);
