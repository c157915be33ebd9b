// Lets the browser tests import the Storybook stories (stories/*.stories.ts) as they are. The stories
// use two Vite import forms that a browser does not understand: `README.md?raw` (the file as a
// string) and `data.json` (a JSON module). Imports of those from a story file are served as small
// JavaScript modules here; every other request (tests that fetch JSON) is untouched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MARK = 'story-module';

export function storiesPlugin() {
  return {
    name: 'trygg-stories',
    transformImport({ source, context }) {
      if (!context.path.startsWith('/stories/')) return undefined;
      if (source.endsWith('.json')) return `${source}?${MARK}`;
      return undefined;
    },
    serve(context) {
      const raw = context.URL.searchParams.has('raw');
      if (!raw && !context.URL.searchParams.has(MARK)) return undefined;
      const file = resolve(root, `.${context.path}`);
      if (!file.startsWith(`${root}/`)) return undefined;
      const text = readFileSync(file, 'utf8');
      const value = raw ? JSON.stringify(text) : JSON.stringify(JSON.parse(text));
      return { body: `export default ${value};\n`, type: 'js' };
    },
  };
}
