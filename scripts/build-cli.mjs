// The command-line tool (`npx trygg-kit …`, package.json "bin"): src/cli/trygg-kit.ts and the sheet
// parsers it shares with the builder, bundled with their libraries (Papa Parse, read-excel-file,
// iconv-lite, valibot) into one file, dist/cli/trygg-kit.js. Those libraries stay devDependencies:
// sites that only use the components never install them. Run by scripts/build.mjs.
import { build } from 'vite';
import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist/cli');

await build({
  logLevel: 'warn',
  configFile: false,
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    outDir,
    emptyOutDir: true,
    ssr: join(root, 'src/cli/trygg-kit.ts'),
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'trygg-kit.js', codeSplitting: false, banner: '#!/usr/bin/env node' },
    },
  },
});
chmodSync(join(outDir, 'trygg-kit.js'), 0o755);
