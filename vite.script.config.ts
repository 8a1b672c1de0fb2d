/**
 * Script-tag build: `learn.js` registers every element and installs the `learnflow` global
 * (replaying calls queued by the snippet). Only the launcher and the facade are in learn.js;
 * the runtime, the drawer panel, markdown and search are chunks loaded on hover, idle or click.
 */
import { defineConfig, type Plugin } from 'vite';
import { cssTemplates } from './scripts/css-templates.js';
import { htmlTemplates } from './scripts/html-templates.js';

/**
 * Vite wraps every dynamic import of an app build in `__vitePreload`, a 0.5 KB gzip helper (of a
 * 5 KB first-load budget) that injects <link rel=modulepreload> tags into the host's <head> and fires
 * `vite:preloadError` on the host's window. We preload ourselves (hover, idle) and want neither, so
 * the helper module is replaced by a plain call. Library mode would skip the helper but also skips
 * whitespace minification of ES output. Delete if Vite gains an option to turn the helper off.
 */
function noPreloadHelper(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'learnflow:no-preload-helper',
    enforce: 'pre',
    resolveId: (id) => (id === helperId ? id : null),
    load: (id) => (id === helperId ? { code: 'export const __vitePreload = (load) => load();', moduleSideEffects: false } : null),
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
    minify: 'esbuild',
    rollupOptions: {
      input: { learn: 'components/learn.ts' },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
