/**
 * Script-tag build: `learn.js` registers every element and installs the `learnflow` global
 * (replaying calls queued by the snippet). Only the launcher and the facade are in learn.js;
 * the runtime, the drawer panel, markdown and search are chunks loaded on hover, idle or click.
 *
 * Not Vite's library mode: for the `es` format it skips whitespace minification (to keep pure
 * annotations for a host's bundler), which is right for `dist/lib` and wrong for a file a browser
 * loads as is. This is an app build with one JS entry and no HTML.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/script',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    manifest: true,
    minify: 'esbuild',
    rollupOptions: {
      input: { learn: fileURLToPath(new URL('./components/learn.ts', import.meta.url)) },
      preserveEntrySignatures: 'exports-only',
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
