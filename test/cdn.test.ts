/**
 * The CDN files as a web editor pastes them (run `npm run build` first; `npm test` does).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PageCheck {
  result: { defined: string[]; buttonText: string; buttonBackground: string; shadowTexts: string[] } | null;
  violations: string[];
  errors: string[];
  consoleErrors: string[];
}

const check = (page: string) => executeServerCommand<PageCheck, { page: string }>('page-check', { page });

describe('CDN files', function () {
  this.timeout(20000);

  before(async () => {
    const response = await fetch('/dist/cdn/trygg.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/trygg.js is missing: run `npm run build` before the browser tests');
  });

  it('work under a strict CSP with Trusted Types enforced: no violation, styles applied', async () => {
    const r = await check('csp.html');
    expect(r.violations).to.deep.equal([]);
    expect(r.consoleErrors, 'Chromium logs every refused script, style or policy').to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    expect(r.result?.buttonText).to.equal('Lämna sidan snabbt');
    expect(r.result?.buttonBackground, 'the component styles apply (adoptedStyleSheets)').to.equal('rgb(164, 0, 29)');
  });

  it('can both be loaded on one page: defining twice does not throw', async () => {
    const r = await check('cdn-both.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    expect(r.result?.defined).to.include('trygg-quick-exit');
    expect(r.result?.buttonText).to.equal('Lämna sidan snabbt');
  });
});
