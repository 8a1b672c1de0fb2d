/**
 * Script-tag build: `learn.js` registers every element and installs the `learnflow` global
 * (replaying calls queued by the snippet). Only the launcher and the facade are in learn.js;
 * the runtime, the drawer panel, markdown and search are chunks loaded on hover, idle or click.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist/script',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: false,
    manifest: true,
    lib: { formats: ['es'], entry: { learn: 'components/learn.ts' }, fileName: (_format, name) => `${name}.js` },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});
