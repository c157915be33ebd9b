/**
 * An app that configures @lit/localize itself (the same copy as trygg-kit): trygg-kit must not
 * throw, must say what to do, and must follow the app's locale once the app merges our strings.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { templates as tryggEnglish } from '../../src/locales/en.js';
import type { TryggQuickExit } from '../../src/components/quick-exit/index.js';

const appEnglish = { 'app.hello': 'Hello' };
const app = configureLocalization({
  sourceLocale: 'sv',
  targetLocales: ['en'],
  // The documented merge: the app's own templates plus trygg-kit/locales/en.js.
  loadLocale: () => Promise.resolve({ templates: { ...appEnglish, ...tryggEnglish } }),
});

describe('an app that configured @lit/localize first', () => {
  it('loads trygg-kit without throwing, warns once, and follows the app locale with merged strings', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      // A Lit element (the quick exit has no Lit since issue 11: it follows the app's locale through
      // @lit/localize's status events, with its own strings).
      await import('../../src/components/training-badge/index.js');
      await import('../../src/components/quick-exit/index.js');
      const el = await fixture<TryggQuickExit>(html`<trygg-quick-exit></trygg-quick-exit>`);
      const label = () => el.shadowRoot!.querySelector('button')!.textContent.trim();
      expect(label()).to.equal('Lämna sidan snabbt');
      await app.setLocale('en');
      await el.updateComplete;
      expect(label()).to.equal('Exit this page quickly');
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('already configured'))).to.have.length(1);
    expect(warnings[0]).to.contain('trygg-kit/locales/<locale>.js');
  });
});
