/**
 * The CDN files as a web editor pastes them (run `npm run build` first; `npm test` does).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { templates as coreAr } from '../../src/core/locales/ar.js';
import { templates as cardAr } from '../../src/components/support-card/locales/ar.js';
import { templates as badgeAr } from '../../src/components/training-badge/locales/ar.js';
import { templates as planAr } from '../../src/components/plan-timeline/locales/ar.js';
import { templates as quickExitAr } from '../../src/components/quick-exit/locales/ar.js';

interface PageCheck {
  result: {
    defined: string[];
    buttonText: string;
    buttonBackground: string;
    shadowTexts: string[];
    contactIds: string[][];
    links: string[];
    fillRatio: number | null;
    notices: (string | null)[];
    texts: string[];
    helpTexts: string[];
    /** fixtures/cdn-intl*.html: for each Intl object made, its kind and whether the support card (the badge) was defined then. */
    intl: [string, boolean][] | null;
  } | null;
  violations: string[];
  errors: string[];
  consoleErrors: string[];
  /** Paths of every script the page fetched, in order. */
  scripts: string[];
}

interface LateCheck extends Omit<PageCheck, 'result'> {
  result: { scriptsBefore: string[]; definedBefore: string[]; defined: string[]; shadowTexts: string[] } | null;
}

const check = (page: string) => executeServerCommand<PageCheck, { page: string }>('page-check', { page });
const checkLate = (page: string) => executeServerCommand<LateCheck, { page: string }>('page-check', { page });
/** The strings of one language: chunks/<part>-<lang>-<hash>.js. */
const strings = (scripts: string[], lang: string) =>
  scripts.filter((s) => new RegExp(`-${lang}-[\\w-]+\\.js$`).test(s));
const kit = (scripts: string[]) =>
  scripts.filter((s) => s.startsWith('/dist/cdn/')).map((s) => s.replace(/-[\w-]{8}\.js$/, '.js'));

describe('CDN files', function () {
  this.timeout(20000);

  before(async () => {
    const response = await fetch('/dist/cdn/trygg.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn/trygg.js is missing: run `npm run build` before the browser tests');
  });

  it('work under a strict CSP with Trusted Types enforced: no violation, styles applied', async () => {
    const r = await check('fixtures/csp.html');
    expect(r.violations).to.deep.equal([]);
    expect(r.consoleErrors, 'Chromium logs every refused script, style or policy').to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    expect(r.result?.buttonText).to.equal('Lämna sidan snabbt');
    expect(r.result?.buttonBackground, 'the component styles apply (adoptedStyleSheets)').to.equal('rgb(164, 0, 29)');
  });

  it('every component renders its data under the strict CSP: inline JSON, src and attributes', async () => {
    const r = await check('fixtures/csp.html');
    expect(r.violations).to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    expect(r.errors).to.deep.equal([]);
    const result = r.result!;
    expect(result.defined).to.have.members([
      'trygg-quick-exit',
      'trygg-support-card',
      'trygg-training-badge',
      'trygg-plan-timeline',
    ]);
    const [, inlineCard, srcCard, badge, documentBadge, plan] = result.shadowTexts;
    expect(result.contactIds[0].slice(0, 2)).to.deep.equal(['se-112', 'csp-lokal']);
    expect(result.contactIds[1], 'the src document was fetched (connect-src self)').to.include('exempel-socialjour');
    expect(inlineCard).to.contain('112');
    expect(srcCard).to.contain('112');
    expect(badge).to.contain('84 av 120');
    expect(documentBadge).to.contain('Grundutbildning om våld i nära relationer');
    expect(plan).to.contain('Handlingsplan');
    expect(result.fillRatio, 'the bar is drawn at 70 % without a style attribute').to.be.closeTo(0.7, 0.02);
    expect(result.notices.filter((n) => n !== null)).to.deep.equal([]);
    for (const href of result.links) expect(href).to.match(/^(https:|tel:|sms:|mailto:|\/)/);
  });

  it('can both be loaded on one page: defining twice does not throw', async () => {
    const r = await check('fixtures/cdn-both.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    expect(r.result?.defined).to.include('trygg-quick-exit');
    expect(r.result?.buttonText).to.equal('Lämna sidan snabbt');
    // The loader imports quick-exit.js itself: the page fetches each file once and no other copy of the exit.
    // quick-exit.js has no Lit (issue 11): a page with only the quick exit loads no Lit chunk.
    expect(r.scripts, 'no file twice').to.have.length(new Set(r.scripts).size);
    expect(kit(r.scripts)).to.have.members(['/dist/cdn/quick-exit.js', '/dist/cdn/trygg.js']);
  });

  it('the README’s two files (and an element file) under `trusted-types lit-html` without allow-duplicates: 112 and the lines show (issue 16)', async () => {
    const r = await check('fixtures/cdn-two-files-tt.html');
    expect(r.violations, 'no Trusted Types violation').to.deep.equal([]);
    expect(r.errors, 'no "Policy with name lit-html already exists"').to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    expect(r.result?.defined).to.include.members(['trygg-quick-exit', 'trygg-support-card', 'trygg-training-badge']);
    expect(r.result?.contactIds[0].slice(0, 2)).to.deep.equal(['se-112', 'se-kvinnofridslinjen']);
    expect(r.result?.links).to.include('tel:112');
    expect(r.result?.shadowTexts.join()).to.contain('84 av 120');
  });

  it('a Swedish page downloads only the chunks of the elements it shows, and no English or Arabic strings', async () => {
    const r = await check('fixtures/csp.html');
    expect(r.result?.defined).to.have.length(4);
    expect(strings(r.scripts, 'en')).to.deep.equal([]);
    expect(strings(r.scripts, 'ar')).to.deep.equal([]);
    const quickExitOnly = await check('fixtures/cdn-both.html');
    expect(kit(quickExitOnly.scripts)).not.to.include.members(['/dist/cdn/support-card.js']);
    expect(
      kit(quickExitOnly.scripts).filter((s) => /support-card|training-badge|plan-timeline|data/.test(s))
    ).to.deep.equal([]);
  });

  it('an Arabic page downloads the Arabic strings of its elements only, and shows them', async () => {
    const r = await check('fixtures/cdn-ar.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    expect(strings(r.scripts, 'en')).to.deep.equal([]);
    expect(kit(strings(r.scripts, 'ar'))).to.include.members([
      '/dist/cdn/chunks/quick-exit-ar.js',
      '/dist/cdn/chunks/support-card-ar.js',
    ]);
    expect(r.result?.buttonText).to.equal('غادر هذه الصفحة بسرعة');
  });

  it('an Arabic page shows the Arabic strings of every element and of the notice (the CDN files use short msg ids)', async () => {
    const r = await check('fixtures/cdn-strings-ar.html');
    expect(r.errors).to.deep.equal([]);
    const [quickExit, card, badge, plan] = r.result!.texts;
    // The quick exit has its own tables (no Lit), with short ids too. Its help panel, as shown when opened:
    const [help] = r.result!.helpTexts;
    for (const id of ['quick-exit.label', 'quick-exit.help-summary'] as const)
      expect(quickExit, id).to.contain(quickExitAr[id]);
    for (const id of ['quick-exit.help-what', 'quick-exit.help-shortcut', 'quick-exit.help-history'] as const)
      expect(help, id).to.contain(quickExitAr[id]);
    expect(quickExit + help, 'no Swedish source text left').not.to.match(/Webbläsarens historik|Lämna sidan|Så döljer/);
    // The strings files of the source, with their full ids: the short ids must lead to the same texts.
    expect(card).to.contain(cardAr['support-card.emergency-name']);
    expect(card).to.contain(cardAr['support-card.national.se-kvinnofridslinjen.name']);
    expect(card).to.contain(cardAr['support-card.national.se-kvinnofridslinjen.description']);
    expect(card).to.contain(cardAr['support-card.more']);
    expect(r.result!.notices[1]).to.equal(coreAr['core.data-partial']);
    expect(badge).to.contain(badgeAr['training-badge.default-label']);
    expect(plan).to.contain(planAr['plan-timeline.ongoing']);
    expect(card, 'no Swedish source text left').not.to.contain('Mer information');
    // The bad contact is named in the console (the console message stays English, for editors).
    expect(r.consoleErrors.join('\n')).to.contain('contacts[1].channels');
  });

  it("the loader makes the page's first Intl objects (ICU's data, each kind's first) while an Arabic training badge's chunk downloads, before its first render", async () => {
    const r = await check('fixtures/cdn-intl-badge.html?lang=ar');
    expect(r.errors).to.deep.equal([]);
    const digits = new Intl.NumberFormat('ar');
    expect(r.result?.shadowTexts[1], 'the badge rendered, in Arabic').to.contain(
      `${digits.format(84)} من ${digits.format(120)}`
    );
    const made = r.result!.intl!;
    // Every kind the badge makes for its first frame (its numbers: Arabic digits are Intl's): the
    // first of each before the badge was defined, so its first render loads none of them.
    const kinds = [...new Set(made.map(([kind]) => kind))];
    expect(kinds, 'kinds of Intl objects made').to.include.members(['DateTimeFormat', 'NumberFormat', 'ListFormat']);
    const madeByBadge = made.filter(([, defined]) => defined).map(([kind]) => kind);
    expect(madeByBadge.length, 'the badge made Intl objects of its own').to.be.greaterThan(0);
    expect(
      [...new Set(madeByBadge)].filter((kind) => made.find(([k]) => k === kind)![1]),
      'kinds whose first object the badge made'
    ).to.deep.equal([]);
  });

  it('makes no Intl object for a Swedish training badge: the loader makes none for it, and its numbers and dates need none', async () => {
    const r = await check('fixtures/cdn-intl-badge.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.result?.shadowTexts[1], 'the badge rendered').to.contain('84 av 120 (70 %)');
    expect(r.result!.intl, 'Intl objects made').to.deep.equal([]);
  });

  it('makes no Intl object for a support card before it is defined: its first frame needs none (Temporal)', async () => {
    const r = await check('fixtures/cdn-intl.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.result?.shadowTexts[1], 'the card rendered').to.contain('112');
    const made = r.result!.intl!;
    // The second card's disclosure names Finnish after its first frame: Intl objects then (Swedish
    // and English, the national lines' languages, are named without Intl: support-card/deferred.test.ts).
    expect(made.length, 'Intl objects made after the card was defined').to.be.greaterThan(0);
    expect(
      made.filter(([, defined]) => !defined).map(([kind]) => kind),
      'made before it was defined'
    ).to.deep.equal([]);
  });

  it('the loader defines an element added after it ran, in the document or in an open shadow root', async () => {
    const r = await checkLate('fixtures/cdn-late.html');
    expect(r.errors).to.deep.equal([]);
    expect(r.consoleErrors).to.deep.equal([]);
    const result = r.result!;
    expect(result.definedBefore, 'nothing to define before the elements are added').to.deep.equal([]);
    expect(kit(result.scriptsBefore).filter((s) => s.startsWith('/dist/cdn/'))).to.deep.equal(['/dist/cdn/trygg.js']);
    expect(result.defined).to.deep.equal(['trygg-support-card', 'trygg-training-badge']);
    expect(result.shadowTexts[0]).to.contain('112');
    expect(result.shadowTexts[1]).to.contain('3 av 4');
  });
});
