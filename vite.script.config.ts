/**
 * Script-tag build: `learn.js` registers every element and installs the `learnflow` global
 * (replaying calls queued by the snippet). Only the launcher and the facade are in learn.js;
 * the runtime, the drawer panel, markdown and search are chunks loaded on hover, idle or click.
 */
import type { OutputOptions } from 'rollup';
import { defineConfig, type Plugin } from 'vite';
import { cssTemplates } from './scripts/css-templates.js';
import { htmlTemplates } from './scripts/html-templates.js';

/**
 * Vite wraps every dynamic import of an app build in `__vitePreload(() => import(…), deps, url)`,
 * whose helper (0.5 KB gzip of a 5 KB first-load budget) injects <link rel=modulepreload> tags into
 * the host's <head> and fires `vite:preloadError` on the host's window. We preload ourselves (hover,
 * idle) and want neither. The wrapper is taken off again right after Vite puts it on (a transform
 * ordered after Vite's), leaving the plain `import(…)` that was written — ≈ 50 B gzip of learn.js
 * even with the helper reduced to a call. Should a future Vite wrap in a form not matched here, the
 * helper module stays replaced by a plain call. Library mode would skip the wrapper but also skips
 * whitespace minification of ES output. Delete if Vite gains an option to turn the helper off.
 */
function noPreloadHelper(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  // What vite:build-import-analysis writes around `import('x')` (optionally destructuring it for tree-shaking).
  const wrapped =
    /__vitePreload\((?:\(\) => |async \(\) => \{ const \{[^{}]*\} = await )(import\((['"`])[^'"`]*\2\))(?:;return \{[^{}]*\}\})?,__VITE_IS_MODERN__\?__VITE_PRELOAD__:void 0(?:,import\.meta\.url)?\)/g;
  return {
    name: 'learnflow:no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helperId ? id : null),
    load: (id) => (id === helperId ? { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false } : null),
    transform: {
      order: 'post',
      handler(code) {
        if (!code.includes('__vitePreload(')) return null;
        return { code: code.replace(wrapped, '$1'), map: null };
      },
    },
  };
}

/**
 * Three chunks named by hand (Rollup's own split is by exactly which entries use a module, and each
 * extra file of the drawer's open+search+article scenario costs its imports, exports and a gzip
 * stream of its own):
 *  - `learn`: learn.js's modules. Named because Rollup treats every named chunk like an entry, so a
 *    module learn.js shares with the others (the context key, the locale helper) would otherwise
 *    leave learn.js for a file of its own, loaded before any click.
 *  - `lit`: what the drawer's panel shares with the other elements — Lit, the context consumer, the
 *    runtime and language controllers, the theme, icons, the article-link and sanitised-HTML
 *    helpers, the feedback slot. Left to Rollup, an element that uses only part of it
 *    (`<learn-feedback>` uses Lit but not the article helpers) splits it in two: measured +520 B
 *    gzip in the scenario. The drawer loads all of it; an element alone loads ≈ 2 KB it does not run.
 *  - `start`: the runtime with the modules it shares with the later SDK chunks, the lesson engine
 *    and the article sanitiser (zod and the content schemas, search normalisation), which Rollup
 *    would put in two more files: measured −720 B gzip in the scenario. Everything that imports them
 *    works through the runtime, which is loaded first (at idle, or on the first hover or click).
 * Membership is what each module really uses: through an index that only re-exports
 * (`src/protocol/index.ts`, `@lit/context`), only the modules of the names imported.
 */
function sharedChunks(): NonNullable<OutputOptions['manualChunks']> {
  let chunkOf: Map<string, string> | undefined;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!chunkOf) {
      const ids = [...getModuleIds()];
      const known = new Set(ids);
      const resolve = (from: string, spec: string): string | undefined => {
        if (!spec.startsWith('.')) return ids.find((m) => m.includes(`/node_modules/${spec}/index.`));
        const path = new URL(spec, `file://${from}`).pathname;
        return [path, path.replace(/\.js$/, '.ts')].find((m) => known.has(m));
      };
      // An index made only of `export … from`: each exported name → the module that defines it.
      const indexes = new Map<string, Map<string, string> | null>();
      const reexports = (m: string): Map<string, string> | null => {
        if (indexes.has(m)) return indexes.get(m)!;
        indexes.set(m, null);
        const code = (getModuleInfo(m)?.code ?? '').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
        const names = new Map<string, string>();
        const rest = code.replace(/export\s*(\*|\{[^}]*\})\s*from\s*["']([^"']+)["'];?/g, (_, what: string, spec: string) => {
          const target = resolve(m, spec);
          if (!target) return _;
          const pairs = what === '*' ? (getModuleInfo(target)?.exports ?? []).map((n) => [n, n]) : list(what);
          for (const [local, exported] of pairs) names.set(exported!, reexports(target)?.get(local!) ?? target);
          return '';
        });
        const result = code.trim() && !rest.trim() ? names : null;
        indexes.set(m, result);
        return result;
      };
      const closure = (from: string[], precise: boolean) => {
        const seen = new Set<string>();
        const walk = (m: string) => {
          if (seen.has(m)) return;
          seen.add(m);
          const info = getModuleInfo(m);
          const code = info?.code ?? '';
          for (const dep of info?.importedIds ?? []) {
            const index = precise ? reexports(dep) : null;
            if (!index) {
              walk(dep);
              continue;
            }
            // The names this module imports (or re-exports) from that index; a namespace import takes all.
            for (const [, what, spec] of code.matchAll(/(?:import|export)\s*(\*\s*as\s*\w+|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) {
              if (resolve(m, spec!) !== dep) continue;
              const names = what!.startsWith('*') ? [...index.keys()] : list(what!).map(([imported]) => imported!);
              for (const name of names) if (index.has(name)) walk(index.get(name)!);
            }
          }
        };
        from.forEach(walk);
        return seen;
      };
      const entry = closure(ids.filter((m) => getModuleInfo(m)?.isEntry), true);
      const runtime = closure(ids.filter((m) => m.endsWith(RUNTIME)), true);
      const panel = closure(ids.filter((m) => m.endsWith(PANEL)), false);
      // Every other element of the script build: those learn.js registers and those the panel plays.
      const elements = closure(ids.filter((m) => ELEMENT.test(m) && !m.endsWith(PANEL)), false);
      chunkOf = new Map([...entry].map((m) => [m, 'learn']));
      for (const m of runtime) if (!entry.has(m)) chunkOf.set(m, 'start');
      for (const m of panel) if (elements.has(m) && !chunkOf.has(m)) chunkOf.set(m, 'lit');
    }
    return chunkOf.get(id);
  };
}
const RUNTIME = '/sdk/start.ts';
const PANEL = '/components/learn-drawer/panel/define.ts';
const ELEMENT = /\/components\/learn-[a-z-]+\/(?:[a-z-]+\/)*define\.ts$/;

/** `{ a, b as c }` → [['a', 'a'], ['b', 'c']]. */
const list = (braces: string) =>
  braces
    .replace(/[{}]/g, '')
    .split(',')
    .map((item) => item.trim().split(/\s+as\s+/))
    .filter(([name]) => name)
    .map(([name, alias]) => [name!, alias ?? name!]);

export default defineConfig({
  publicDir: false,
  base: './',
  plugins: [noPreloadHelper(), cssTemplates(), htmlTemplates()],
  build: {
    outDir: 'dist/script',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    manifest: true,
    // Terser rather than esbuild: measured on this build (bench/bundle-size.ts, gzip -9), 1.4 KB less
    // for "drawer open with search and article" (62.5 → 61.0 KB), 2.1 KB less in all, 73 B less in
    // learn.js. A second compress pass is worth it; a third, or the unsafe_* options, save < 100 B.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
    rollupOptions: {
      input: { learn: 'components/learn.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        format: 'es',
        manualChunks: sharedChunks(),
        // Only the modules named above: Rollup would otherwise pull their dependencies into the chunk too.
        onlyExplicitManualChunks: true,
        // The module namespace objects Rollup writes for dynamic imports and `import * as` without
        // `[Symbol.toStringTag]: 'Module'` (only String(namespace) would tell): −105 B gzip in the
        // drawer's open+search+article scenario, −4 B in learn.js.
        generatedCode: { preset: 'es2015', symbols: false },
      },
    },
  },
});
