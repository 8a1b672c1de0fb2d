/** The demo site (Helm CRM and friends), served by `npm start` from the reference server. */
import { defineConfig } from 'vite';
import { cssTemplates } from './scripts/css-templates.js';
import { htmlTemplates } from './scripts/html-templates.js';
import { fileURLToPath } from 'node:url';

const demo = (p: string) => fileURLToPath(new URL(`./demo/${p}`, import.meta.url));

export default defineConfig({
  root: demo(''),
  base: './',
  // demo/public/media (the lesson video, its captions and poster, step images) is served at /media/.
  publicDir: demo('public'),
  // The same stylesheet and template minification as the script-tag build, so the end-to-end test covers it.
  plugins: [cssTemplates(), htmlTemplates()],
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { index: demo('index.html'), crm: demo('crm.html'), hub: demo('hub.html'), inbox: demo('inbox.html'), insights: demo('insights.html') } },
  },
});
