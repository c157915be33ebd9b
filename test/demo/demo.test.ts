/**
 * The demo site (`npm start`) as a visitor sees it: each page loaded whole in a second tab, on the
 * embedded default data, in Swedish and Arabic, wide and at 320 px. axe runs over the whole page
 * (not one element), so page-level rules count too: landmarks, heading order, one h1, duplicate ids.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface DemoCheck {
  violations: string[];
  storage: { cookie: string; local: number; session: number; indexedDB: number };
  overflow: number;
  headings: string[];
  contacts: string[][];
  measures: number[];
  gaps: { between: string; gap: number }[];
  intro: { tag: string; text: string; links: { name: string; href: string; visible: boolean }[] };
  badges: string[];
  notices: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

const check = (page: string, lang = 'sv', width = 1280, spacing = false) =>
  executeServerCommand<DemoCheck, { page: string; lang: string; width: number; spacing: boolean }>('demo-check', {
    page,
    lang,
    width,
    spacing,
  });

/** Heading levels never skip one on the way down (h2 → h4), and there is one h1. */
function outlineIsWhole(headings: string[]): void {
  const levels = headings.map((h) => Number(h[0]));
  expect(
    levels.filter((l) => l === 1),
    `one h1 in ${headings.join(' / ')}`
  ).to.have.length(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `${headings[i]} after ${headings[i - 1]}`).to.be.at.most(levels[i - 1] + 1);
  });
}

describe('demo pages', function () {
  this.timeout(60000);

  for (const page of ['index.html', 'school.html', 'housing.html', 'cms.html']) {
    for (const [lang, width] of [
      ['sv', 1280],
      ['sv', 320],
      ['ar', 320],
    ] as const) {
      it(`${page} (${lang}, ${width} px): no axe violation on the whole page, no sideways scroll, no error, no foreign request, no storage`, async () => {
        const r = await check(page, lang, width);
        expect(r.violations).to.deep.equal([]);
        expect(r.overflow, 'horizontal scroll').to.be.at.most(0);
        expect(r.consoleErrors).to.deep.equal([]);
        expect(r.foreignRequests).to.deep.equal([]);
        expect(r.storage, 'no cookie, no storage').to.deep.equal({ cookie: '', local: 0, session: 0, indexedDB: 0 });
        expect(r.notices, 'the demo data has no problems').to.deep.equal([]);
        outlineIsWhole(r.headings);
      });
    }
  }

  for (const page of ['index.html', 'school.html', 'housing.html']) {
    it(`${page} at 320 px with WCAG text spacing: nothing sticks out`, async () => {
      const r = await check(page, 'sv', 320, true);
      expect(r.overflow, 'horizontal scroll').to.be.at.most(0);
      expect(r.violations).to.deep.equal([]);
    });
  }

  it('cms.html, built only from the editor snippets, shows every component with its data', async () => {
    const r = await check('cms.html');
    expect(r.contacts[0][0]).to.equal('se-112');
    expect(r.contacts[0]).to.include('exempel-kvinnofridsmottagning');
    expect(r.contacts[0], 'audience=victim relative').not.to.include('exempel-samtal-for-dig-som-utovar-vald');
    expect(r.measures).to.deep.equal([18]);
    expect(r.badges[0]).to.contain('130 av 242');
    expect(r.notices).to.deep.equal([]);
  });

  it("cms.html: the elements made from the editor's paragraphs keep space between them, at 320 and 1 280 px", async () => {
    for (const width of [320, 1280]) {
      const r = await check('cms.html', 'sv', width);
      expect(r.gaps.map((g) => g.between)).to.deep.equal([
        'trygg-support-card → trygg-training-badge',
        'trygg-training-badge → trygg-plan-timeline',
      ]);
      for (const { between, gap } of r.gaps) expect(gap, `${between} at ${width} px`).to.be.at.least(16);
    }
  });

  it('cms.html says first what it shows and where the CMS code comes from: the builder, and how to paste it', async () => {
    for (const width of [320, 1280]) {
      const r = await check('cms.html', 'sv', width);
      expect(r.intro.tag, 'a paragraph before the heading').to.equal('p');
      expect(r.intro.text).to.contain('klistrat in länkar');
      expect(r.intro.text).to.contain('"Kopiera CMS-koden" och klistra in den som HTML');
      expect(r.intro.links).to.deep.equal([
        { name: 'byggaren', href: new URL('/demo/builder.html', location.origin).href, visible: true },
      ]);
      expect(r.violations).to.deep.equal([]);
    }
  });

  it('keeps showing the embedded default data', async () => {
    const home = await check('index.html');
    expect(home.contacts[0][0]).to.equal('se-112');
    expect(home.contacts[0]).to.include.members(['exempel-kvinnofridsmottagning', 'se-kvinnofridslinjen']);
    expect(home.measures[0], 'the Alingsås plan').to.be.greaterThan(5);
    const school = await check('school.html');
    expect(school.badges[0]).to.contain('130 av 242');
    expect(school.badges.at(-1), 'the example credential').to.contain('Open Badges 3.0');
    const housing = await check('housing.html');
    expect(housing.contacts[0].slice(0, 2)).to.deep.equal(['se-112', 'exempel-alingsashem-kundservice']);
  });
});
