// GOV.UK Frontend's "Exit this page" (govuk-frontend, an exact-pinned devDependency), the quick
// exit's anchor (issue 11), as a page gets it: the component's shipped ES module bundle, and only
// its own CSS rules (Exit this page, button, visually hidden, :root) cut out of
// govuk-frontend.min.css with postcss. Used by bench/quick-exit.mjs (speed) and scripts/size.mjs (bytes).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import postcss from 'postcss';

const govuk = resolve(import.meta.dirname, '../../node_modules/govuk-frontend');

/** `{ version, js, css }`: the bundle's text (not minified, as shipped) and the cut-out CSS. */
export function govukExitThisPage() {
  const dist = join(govuk, 'dist/govuk');
  const css = postcss.parse(readFileSync(join(dist, 'govuk-frontend.min.css'), 'utf8'));
  css.walkRules((rule) => {
    if (!/govuk-exit-this-page|govuk-button|govuk-visually-hidden|:root/.test(rule.selector)) rule.remove();
  });
  css.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  return {
    version: JSON.parse(readFileSync(join(govuk, 'package.json'), 'utf8')).version,
    js: readFileSync(join(dist, 'components/exit-this-page/exit-this-page.bundle.mjs'), 'utf8'),
    css: css.toString(),
  };
}
