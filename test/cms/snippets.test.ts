/**
 * The CMS path end to end (issue 9): each editor snippet (docs/snippets/<component>.cms.html) goes
 * through each of the four sanitizers web editors' CMSs run, with their default configurations (real
 * packages: test/cms/sanitizers.ts); what is left is published in a page with the administrator's
 * template lines (docs/snippets/template.html, integrity checked by the browser) and opened in a second
 * tab (test/support/browser-plugin.mjs), where the data files answer at the site's root. Each page
 * must show every component with its data and options, pass axe, and its quick exit must leave by
 * location.replace with no Referer. 4 snippets × 4 sanitizers, one page per sanitizer.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ckeditor, dompurify, sanitizeHtml, tinymce, type Sanitize } from './sanitizers.js';

const SNIPPETS = ['quick-exit', 'support-card', 'training-badge', 'plan-timeline'] as const;

interface Page {
  tags: string[];
  strayLinks: string[];
  exit: { first: boolean; href: string; button: string; fallback: string | null; rel: string | null } | null;
  card: { src: string; audience: string; contacts: string[]; headingLevels: number[] } | null;
  badge: { src: string; now: string; max: string; name: string; text: string; headingLevels: number[] } | null;
  plan: { src: string; measures: string[]; list: boolean; headingLevels: number[] } | null;
  notices: string[];
  events: string[];
  console: string[];
  axe: string[];
}
interface Result {
  page: Page | null;
  before: { length: number };
  after: { length: number; title: string };
  finalUrl: string | null;
  backUrl: string;
  requests: { url: string; referer: string | null }[];
  consoleErrors: string[];
}

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

describe('editor snippets through the default sanitizers of CMSs', function () {
  this.timeout(60000);
  const stored: Record<string, Record<string, string>> = {};
  let expected: { contacts: string[]; done: number; total: number; course: string; measures: string[] };

  before(async () => {
    const response = await fetch('/dist/cdn/trygg-cms.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn is missing: run `npm run build` before the browser tests');
    const snippets = Object.fromEntries(
      await Promise.all(
        SNIPPETS.map(async (name) => [name, await (await fetch(`/docs/snippets/${name}.cms.html`)).text()] as const)
      )
    );
    // What a CMS stores: each snippet pasted on its own, through each sanitizer.
    const tiny = await tinymce();
    const ck = await ckeditor();
    const sanitizers: Record<string, Sanitize> = {
      dompurify,
      'sanitize-html': sanitizeHtml,
      tinymce: tiny.sanitize,
      ckeditor5: ck.sanitize,
    };
    try {
      for (const [name, sanitize] of Object.entries(sanitizers)) {
        stored[name] = {};
        for (const snippet of SNIPPETS) stored[name][snippet] = await sanitize(snippets[snippet]);
      }
    } finally {
      tiny.remove();
      await ck.remove();
      // The editors keep state in the origin's storage; the kit's own tests check that it is empty.
      localStorage.clear();
      sessionStorage.clear();
    }
    // The data the page should show, from the same files the site serves.
    const contacts = await json<{ contacts: { id: string; audience?: string[] }[] }>(
      '/demo/data/contacts.example.json'
    );
    const training = await json<{ course: { sv: string }; units: { completed: number; total: number }[] }>(
      '/demo/data/training.example.json'
    );
    const plan = await json<{ measures: { id: string }[] }>('/demo/data/alingsas-plan.json');
    expected = {
      // audience="victim relative": contacts for either, and those for everyone.
      contacts: contacts.contacts
        .filter((c) => !c.audience || c.audience.some((a) => a === 'victim' || a === 'relative'))
        .map((c) => c.id),
      done: training.units.reduce((n, u) => n + u.completed, 0),
      total: training.units.reduce((n, u) => n + u.total, 0),
      course: training.course.sv,
      measures: plan.measures.map((m) => m.id),
    };
  });

  it('every sanitizer keeps what the snippets need (a paragraph with a link, its fragment)', () => {
    const kept = {
      'quick-exit': /<p><a href="https:\/\/www\.smhi\.se\/#trygg-quick-exit">/,
      'support-card': /kontakter\.json#audience=victim\+relative&amp;heading-level=2"/,
      'training-badge': /utbildning\.json#layout=card&amp;heading-level=2"/,
      'plan-timeline': /handlingsplan\.json#view=list&amp;heading-level=2"/,
    };
    for (const [name, snippets] of Object.entries(stored))
      for (const snippet of SNIPPETS) expect(snippets[snippet], `${name} ${snippet}`).to.match(kept[snippet]);
  });

  const triggers: Record<string, string> = {
    dompurify: 'click',
    'sanitize-html': 'shift',
    tinymce: 'click',
    ckeditor5: 'shift',
  };
  for (const [name, trigger] of Object.entries(triggers)) {
    it(`${name}: all four render their data and options, pass axe, and the exit leaves by replace (${trigger})`, async () => {
      const body = SNIPPETS.map((s) => `${stored[name][s]}\n<p>Vanlig text från redaktören.</p>`).join('\n');
      const r = await executeServerCommand<Result, { cms: { name: string; body: string }; trigger: string }>(
        'exit-e2e',
        { cms: { name, body }, trigger }
      );
      const page = r.page!;
      expect(page, 'the page got ready').to.not.equal(null);
      expect(page.tags).to.have.members([...SNIPPETS].map((s) => `trygg-${s}`));
      expect(page.strayLinks, 'every snippet link became its element').to.deep.equal([]);

      // Quick exit: first in the page, to the neutral site without the snippet's marker.
      expect(page.exit).to.deep.equal({
        first: true,
        href: 'https://www.smhi.se/',
        button: 'Lämna sidan snabbt',
        fallback: 'https://www.smhi.se/',
        rel: 'noreferrer',
      });
      // Support card: 112, the national lines, and the uploaded contacts for the chosen audience.
      const card = page.card!;
      expect(card.audience).to.equal('victim relative');
      expect(card.contacts[0]).to.equal('se-112');
      expect(card.contacts).to.include.members(expected.contacts);
      expect(card.contacts).not.to.include('exempel-samtal-for-dig-som-utovar-vald');
      expect(card.headingLevels.length).to.be.greaterThan(0);
      expect(new Set(card.headingLevels), 'heading-level=2').to.deep.equal(new Set([2]));
      // Training badge: the document's sums, as a progress bar named after the course.
      const badge = page.badge!;
      expect([badge.now, badge.max]).to.deep.equal([String(expected.done), String(expected.total)]);
      expect(badge.text).to.contain(expected.course);
      expect(badge.text).to.contain(`${expected.done} av ${expected.total}`);
      expect(badge.headingLevels[0], 'heading-level=2').to.equal(2);
      // Plan: every measure, as a list (view=list), the title at level 2.
      const plan = page.plan!;
      expect(plan.measures).to.have.members(expected.measures);
      expect(plan.list).to.equal(true);
      expect(plan.headingLevels[0]).to.equal(2);
      // Nothing went wrong, and a person with assistive technology meets no barrier.
      expect(page.notices).to.deep.equal([]);
      expect(page.events).to.deep.equal([]);
      expect(page.console).to.deep.equal([]);
      expect(r.consoleErrors).to.deep.equal([]);
      expect(page.axe).to.deep.equal([]);

      // The exit: replaced (Back goes to the page before), no Referer, to the neutral site.
      expect(r.finalUrl).to.equal('https://www.smhi.se/');
      expect(r.after.title).to.equal('Neutral');
      expect(r.after.length, 'history length unchanged: replaced').to.equal(r.before.length);
      expect(r.backUrl).to.match(/\/test\/fixtures\/start\.html$/);
      expect(r.requests[0].url).to.equal('https://www.smhi.se/');
      expect(r.requests[0].referer).to.equal(null);
    });
  }
});
