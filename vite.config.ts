/**
 * Library build: ES modules, one entry per element plus the SDK, so a host imports only what it
 * uses (`learnflow/components/learn-drawer/define.js`, `learnflow/sdk`). Dependencies stay external:
 * the host's bundler de-duplicates lit, idb, marked… with the rest of its app.
 */
import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';
import { htmlTemplates } from './scripts/html-templates.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const deps = Object.keys(pkg.dependencies);

export default defineConfig({
  // Not minified (the host's bundler does that), but no bundler minifies inside template literals.
  plugins: [htmlTemplates()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      formats: ['es'],
      entry: {
        'sdk/index': 'sdk/index.ts',
        'sdk/facade': 'sdk/facade.ts',
        'components/learn-drawer/define': 'components/learn-drawer/define.ts',
        'components/learn-drawer/learn-drawer': 'components/learn-drawer/learn-drawer.ts',
        'components/learn-ask/define': 'components/learn-ask/define.ts',
        'components/learn-inbox/define': 'components/learn-inbox/define.ts',
        'components/learn-feedback/define': 'components/learn-feedback/define.ts',
        'src/protocol/index': 'src/protocol/index.ts',
        'src/markdown/index': 'src/markdown/index.ts',
      },
    },
    rollupOptions: {
      external: (id) => deps.some((d) => id === d || id.startsWith(`${d}/`)),
      output: { preserveModules: true, preserveModulesRoot: '.', entryFileNames: '[name].js' },
    },
  },
});
