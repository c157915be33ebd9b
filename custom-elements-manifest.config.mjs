// custom-elements.json for editors' tooling, Storybook's docs tables and package consumers.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
