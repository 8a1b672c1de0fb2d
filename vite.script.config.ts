/**
 * Script-tag build: `learn.js` registers every element and installs the `learnflow` global
 * (replaying calls queued by the snippet). Only the launcher and the facade are in learn.js;
 * the runtime, the drawer panel, markdown and search are chunks loaded on hover, idle or click.
 */
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
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
