/**
 * The template script's reading of snippets, on the DOM a CMS leaves (no build needed): options with
 * an editor's typographic quotes and non-breaking spaces, unknown options reported (never silent),
 * the README's bare exit link, and snippets added after the page loaded.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseMarker } from '../../src/cms/snippets.js';
import { convert, startCms } from '../../src/cms/cms.js';
import { captureErrors } from '../support/helpers.js';

describe('template script: reading snippets', () => {
  it('reads options written with typographic quotes, non-breaking spaces and commas', () => {
    const marker = parseMarker(
      'Trygg-kit:\u00a0support-card audience=\u201dvictim,\u00a0relative\u201d  hide-national heading-level=4'
    );
    expect(marker).to.deep.equal({
      component: 'support-card',
      options: { audience: 'victim relative', 'hide-national': '', 'heading-level': '4' },
      problems: [],
    });
    expect(parseMarker('Ring trygg-kit: support-card')).to.equal(undefined);
  });

  it('turns a marker and its data link into the element, the link kept inside as the fallback', async () => {
    const root = await fixture(html`<div>
      <p>trygg-kit: plan-timeline status="ongoing delayed" responsible="Socialnämnden"</p>
      <p><a href="../filer/handlingsplan.json?v=2">Handlingsplanen</a></p>
      <p>Annan text</p>
    </div>`);
    convert(root);
    const plan = root.querySelector('trygg-plan-timeline')!;
    expect(plan.getAttribute('src')).to.equal('../filer/handlingsplan.json?v=2');
    expect(plan.getAttribute('status')).to.equal('ongoing delayed');
    expect(plan.getAttribute('responsible')).to.equal('Socialnämnden');
    expect(plan.querySelector('a')?.textContent).to.equal('Handlingsplanen');
    expect(root.textContent.replace(/\s+/g, ' ').trim()).to.equal('Handlingsplanen Annan text');
  });

  it("a data link alone in its paragraph (the builder's form): options from its fragment; in running text it stays a link", async () => {
    const root = await fixture(html`<div>
      <p><a href="https://kommun.example/files/skola-kontakter.json#heading-level=3&amp;audience=child">Kontakter</a></p>
      <p>Ladda ner <a href="/kontakter.json">kontakter.json</a> som öppna data.</p>
    </div>`);
    convert(root);
    const cards = root.querySelectorAll('trygg-support-card');
    expect(cards).to.have.length(1);
    expect(cards[0].getAttribute('src')).to.equal('https://kommun.example/files/skola-kontakter.json');
    expect([cards[0].getAttribute('heading-level'), cards[0].getAttribute('audience')]).to.deep.equal(['3', 'child']);
    expect(root.querySelector(':scope > p a')?.getAttribute('href')).to.equal('/kontakter.json');
  });

  it('an unknown option or component: a trygg-data-error and the console say so (never silent)', async () => {
    const root = await fixture(html`<div><p>trygg-kit: training-badge value=3 max=10 colour=red</p></div>`);
    let event: CustomEvent<{ message: string; source: string }> | undefined;
    root.addEventListener('trygg-data-error', (e) => (event = e as CustomEvent<{ message: string; source: string }>));
    const errors = await captureErrors(() => {
      convert(root);
    });
    const badge = root.querySelector('trygg-training-badge')!;
    expect([badge.getAttribute('value'), badge.getAttribute('max')]).to.deep.equal(['3', '10']);
    expect(event?.detail.source).to.equal('snippet');
    expect(event?.detail.message).to.contain('option "colour"');
    expect(errors.join()).to.contain('docs/cms.md');

    const typo = await fixture(html`<div><p>trygg-kit: suport-card</p></div>`);
    const typoErrors = await captureErrors(() => {
      convert(typo);
    });
    expect(typo.querySelector('p')?.textContent, 'the paragraph stays for the editor to see').to.equal(
      'trygg-kit: suport-card'
    );
    expect(typoErrors.join()).to.contain('"suport-card" is not a component');
  });

  it("the README's link left bare by a sanitizer becomes a quick exit; other links to the site do not", async () => {
    const root = await fixture(html`<div>
      <a href="https://www.smhi.se/">Lämna sidan snabbt</a>
      <p>Vädret: <a href="https://www.smhi.se/">SMHI</a></p>
    </div>`);
    convert(root);
    const exit = document.body.firstElementChild!;
    try {
      expect(exit.localName).to.equal('trygg-quick-exit');
      expect(exit.getAttribute('href')).to.equal('https://www.smhi.se/');
      expect(exit.querySelector('a')?.getAttribute('rel')).to.equal('noreferrer');
      expect(root.querySelectorAll('a')).to.have.length(1);
      expect(root.querySelector('a')?.textContent).to.equal('SMHI');
    } finally {
      exit.remove();
    }
  });

  it('an exit link to this site or to http: leaves to the default neutral site instead, and says so', async () => {
    const root = await fixture(html`<div><p><a href="/start#trygg-quick-exit">Lämna sidan snabbt</a></p></div>`);
    const errors = await captureErrors(() => {
      convert(root);
    });
    const exit = document.body.firstElementChild!;
    try {
      expect(exit.getAttribute('href')).to.equal('https://www.smhi.se/');
      expect(errors.join()).to.contain('is not an absolute https:// URL');
    } finally {
      exit.remove();
    }
  });

  it('finds snippets added after the page loaded (a CMS widget, "load more")', async () => {
    let loads = 0;
    startCms(() => {
      loads++;
      return Promise.resolve();
    });
    const root = await fixture(html`<div></div>`);
    root.innerHTML = '<p>trygg-kit: support-card layout=compact</p><p><a href="/kontakter.json">Kontakter</a></p>';
    await new Promise((resolve) => setTimeout(resolve, 0));
    const card = root.querySelector('trygg-support-card');
    expect(card?.getAttribute('src')).to.equal('/kontakter.json');
    expect(card?.getAttribute('layout')).to.equal('compact');
    expect(loads, 'the loader is loaded once').to.equal(1);
  });
});
