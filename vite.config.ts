// Vite: `npm start` serves the demo site (demo/) on the embedded default data.
// The library and CDN builds are in scripts/build.mjs (they use Vite's API with their own settings).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./demo', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] },
  },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${root}/index.html`,
        school: `${root}/school.html`,
        housing: `${root}/housing.html`,
        cms: `${root}/cms.html`,
        builder: `${root}/builder.html`,
        'builder-preview': `${root}/builder-preview.html`,
      },
    },
  },
});
