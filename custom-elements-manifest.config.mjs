// custom-elements.json for editors' tooling, Storybook's docs tables and package consumers.
import { posix } from 'node:path';

/**
 * The file the npm package ships for a source module: an element's module and its entry are
 * bundled into `dist/<name>.js`; every other module is described by its `dist/….d.ts`.
 * scripts/check-package.mjs checks that each path in the manifest exists in the package.
 */
export function shippedPath(source) {
  const element = /^src\/components\/([\w-]+)\/(index|[\w-]+)\.ts$/.exec(source);
  if (element && (element[2] === 'index' || element[2] === element[1])) return `dist/${element[1]}.js`;
  return source.replace(/^src\//, 'dist/').replace(/\.ts$/, '.d.ts');
}

/** A module reference (`./schema.js`, `../../core/events.js` or `src/….ts`) as a shipped path. */
function shippedReference(reference, from) {
  // The analyzer writes a root-relative `/src/….js` for an element defined inside a function.
  if (reference.startsWith('/src/')) return shippedPath(reference.slice(1).replace(/\.js$/, '.ts'));
  if (!reference.startsWith('.')) return reference.startsWith('src/') ? shippedPath(reference) : reference;
  return shippedPath(posix.join(posix.dirname(from), reference).replace(/\.js$/, '.ts'));
}

function rewrite(value, from) {
  if (Array.isArray(value)) return value.forEach((item) => rewrite(item, from));
  if (value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'module' && typeof item === 'string') value[key] = shippedReference(item, from);
    else rewrite(item, from);
  }
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'trygg-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const source = module.path;
          rewrite(module.declarations, source);
          rewrite(module.exports, source);
          module.path = shippedPath(source);
        }
      },
    },
  ],
};
