/**
 * The plan timeline at a phone's width (320 px) and a desktop's (1 280 px): words are not broken in
 * the middle, the filters do not widen the page, every disclosure has its own name, decisions without
 * details have no empty list, and a load error is announced (it replaces the loading text inside the
 * same live region). Also: Swedish fallback texts are marked lang="sv" on a page in another language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/plan-timeline/index.js';
import type { PlanDocument, TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { captureErrors, setLang } from '../support/helpers.js';

const LONG = 'Socialförvaltningens enhet för stöd till våldsutsatta vuxna, barn och ungdomar samt våldsutövare';
const plan: PlanDocument = {
  title: 'Handlingsplan 2023–2026',
  period: { start: '2023', end: '2026' },
  measures: [
    {
      id: 'a',
      title: 'Stödsamtal för våldsutövare',
      start: '2023-03',
      end: '2026-12',
      status: 'ongoing',
      responsible: ['Socialnämnden', 'Socialförvaltningen'],
      audience: ['perpetrators'],
      description: 'Samtal i grupp och enskilt.',
    },
    { id: 'b', kind: 'decision', title: 'Beslut om planen', date: '2023-02-01', status: 'done' },
    {
      id: 'c',
      title: 'Utbildning',
      start: '2024-01',
      end: '2024-12',
      status: 'planned',
      responsible: [LONG],
      description: 'Grundutbildning för all personal.',
    },
  ],
};

async function render(width: number): Promise<TryggPlanTimeline> {
  await setViewport({ width, height: 800 });
  const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
  el.data = plan;
  await el.updateComplete;
  return el;
}
const item = (el: TryggPlanTimeline, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[data-measure-id="${id}"]`)!;

describe('<trygg-plan-timeline> layout and names', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await setLang('sv');
  });

  it('at 320 px no word in the details is broken in the middle, and copied text keeps words and punctuation', async () => {
    const el = await render(320);
    const meta = item(el, 'a').querySelector('dl.meta')!;
    // A space before each value: the end of the term's own text (" Ansvarig: ") or the space after
    // the value before it. A line may break there. (A term the item does not have is an empty
    // hidden slot.)
    for (const dd of meta.querySelectorAll('div:not([hidden]) > dd')) {
      let before = dd.previousSibling;
      while (before?.nodeType === Node.COMMENT_NODE) before = before.previousSibling; // Lit's markers
      expect(before?.textContent, 'whitespace before each dd').to.match(/\s$/);
    }
    // The colon and the commas are text (not generated content), so copied text has them too.
    expect(meta.textContent.replace(/\s+/g, ' ')).to.contain('Ansvarig: Socialnämnden, Socialförvaltningen');
    // A one-word value sits on one line (it is not split "Socialförvaltning|en").
    for (const dd of el.shadowRoot!.querySelectorAll('dd')) {
      // A term the item does not have is an empty hidden slot (nothing to break).
      if (/\s/.test(dd.textContent.trim()) || !dd.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(dd);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, dd.textContent).to.equal(1);
    }
  });

  it('at 320 px (and narrower) a date, "Datum inte angivet" and a term with the start of its value are never split over lines (sv, ar)', async () => {
    const demo = (await (await fetch('/demo/data/alingsas-plan.json')).json()) as PlanDocument;
    // The lines a piece of text is laid out on (the tops of its client rects).
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top));
    };
    for (const lang of ['sv', 'ar']) {
      await setViewport({ width: 320, height: 800 });
      const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
      el.data = demo;
      await el.updateComplete;
      await setLang(lang, el);
      const root = el.shadowRoot!;
      const times = [...root.querySelectorAll('time')].filter((t) => t.checkVisibility());
      expect(times.length, lang).to.be.at.least(10);
      for (const time of times) expect(new Set(lines(time)).size, `${lang}: "${time.textContent}"`).to.equal(1);
      // An item without dates says so, on one line.
      const undated = [...root.querySelectorAll('.dates')].filter((d) => !d.querySelector('time'));
      expect(undated.length, lang).to.be.at.least(5);
      for (const dates of undated) {
        // Its first text ("Datum inte angivet"), before the deciding body.
        const words = [...dates.childNodes].find((n) => n.nodeType !== Node.COMMENT_NODE && n.textContent?.trim())!;
        expect(new Set(lines(words)).size, `${lang}: "${words.textContent}"`).to.equal(1);
      }
      // A term ("Målgrupp:", "Agenda 2030:") ends on the line where its first value starts.
      const terms = [...root.querySelectorAll('.meta div:not([hidden]) > dt')].filter((t) => t.checkVisibility());
      expect(terms.length, lang).to.be.at.least(20);
      for (const dt of terms) {
        const term = lines(dt);
        if (dt.textContent.includes('2030'))
          expect(new Set(term).size, `${lang}: "${dt.textContent}" on one line`).to.equal(1);
        expect(lines(dt.nextElementSibling!)[0], `${lang}: "${dt.textContent}" and its value`).to.equal(term.at(-1));
      }
      await expect(el).to.be.accessible();
    }
    // "Status inte angiven" and "Datum inte angivet" do not fit on one line: the line breaks between them.
    await setLang('sv');
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
    el.data = { title: 'Plan', measures: [{ id: 'x', title: 'Utan status och datum' }] };
    await el.updateComplete;
    const dates = el.shadowRoot!.querySelector('.dates')!;
    expect(dates.textContent.trim()).to.equal('Datum inte angivet');
    // Whatever the font, some of these widths break the line inside the second text unless it is kept whole.
    for (let width = 320; width >= 200; width -= 4) {
      el.style.inlineSize = `${width}px`;
      expect(new Set(lines(dates)).size, `Datum inte angivet at ${width} px`).to.equal(1);
    }
  });

  it('when no item matches the filters, no axis, today marker or empty year is drawn (320, 1280 px; sv, ar)', async () => {
    for (const lang of ['sv', 'ar'])
      for (const width of [320, 1280]) {
        const el = await render(width);
        await setLang(lang, el);
        const at = `${lang} at ${width} px`;
        const root = el.shadowRoot!;
        // Drawn before the filter: the axis (overview) or the year with the today marker (list).
        const drawn = () =>
          [...root.querySelectorAll('.chart *')].filter((e) => {
            const { width, height } = e.getBoundingClientRect();
            // A visually hidden year heading of the overview is 1 px.
            return e.checkVisibility() && width > 1 && height > 1;
          });
        expect(drawn().length, at).to.be.greaterThan(0);
        el.responsible = 'Ingen sådan förvaltning';
        await el.updateComplete;
        expect(root.querySelector('[part="count"]')!.textContent.trim(), at).to.not.match(/\d/);
        expect(
          drawn().map((e) => `${e.className}: ${e.textContent.trim()}`),
          at
        ).to.deep.equal([]);
        await expect(el).to.be.accessible();
        // Cleared, the plan and its today marker come back.
        el.responsible = undefined;
        await el.updateComplete;
        expect(root.querySelector('[part="today"] > .label')!.checkVisibility(), at).to.equal(true);
      }
  });

  it('at 320 px the open filters do not widen the page (a long responsible body in the select)', async () => {
    const el = await render(320);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="filters"]')!.open = true;
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const select = el.shadowRoot!.querySelector('select')!;
    expect(select.getBoundingClientRect().right).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('a decision without details has no empty list', async () => {
    const el = await render(1280);
    expect(item(el, 'b').querySelector('dl'), 'no dl').to.equal(null);
    for (const dl of el.shadowRoot!.querySelectorAll('dl')) expect(dl.children.length).to.be.greaterThan(0);
  });

  it("a measure's disclosure is drawn as a block, with no list-item counter, in both views", async () => {
    // A counter on every summary (the browser's own style increments list-item by 0) made each
    // slice of a long plan update all the plan's counters: style per slice grew with the plan.
    for (const width of [320, 1280]) {
      const el = await render(width);
      const summary = item(el, 'a').querySelector('summary')!;
      const style = getComputedStyle(summary);
      expect(style.display, `display at ${width} px`).to.equal('block');
      expect(style.counterIncrement, `counter at ${width} px`).to.equal('none');
      // Still a disclosure with its drawn marker.
      expect(getComputedStyle(summary, '::before').content).to.equal('""');
      summary.click();
      await el.updateComplete;
      expect(summary.parentElement!.hasAttribute('open'), 'opens').to.equal(true);
    }
  });

  it('"Mer information" is underlined from its first letter, a clear gap after its marker (sv, ar)', async () => {
    for (const [width, lang, words] of [
      [320, 'sv', 'Mer information'],
      [1280, 'sv', 'Mer information'],
      [320, 'ar', 'مزيد من المعلومات'],
      [1280, 'ar', 'مزيد من المعلومات'],
    ] as const) {
      const el = await render(width);
      await setLang(lang, el);
      const summary = item(el, 'a').querySelector('summary')!;
      const at = `${lang} at ${width} px`;
      // The underlined text is the words alone: a space before them was underlined too.
      expect(summary.textContent, at).to.equal(words);
      const range = document.createRange();
      range.selectNodeContents(summary);
      const text = range.getBoundingClientRect();
      const box = summary.getBoundingClientRect();
      const em = parseFloat(getComputedStyle(summary).fontSize);
      // From the summary's start edge to the words: the marker (0.5em) and the gap after it.
      const before = lang === 'ar' ? box.right - text.right : text.left - box.left;
      expect(before / em, `marker and gap in em, ${at}`).to.be.within(1, 1.25);
      await expect(el).to.be.accessible();
    }
  });

  it('"Filtrera" has the drawn triangle of "Mer information", closed and open, mirrored in Arabic', async () => {
    for (const [width, lang, words] of [
      [320, 'sv', 'Filtrera'],
      [1280, 'sv', 'Filtrera'],
      [320, 'ar', 'تصفية'],
      [1280, 'ar', 'تصفية'],
    ] as const) {
      const el = await render(width);
      await setLang(lang, el);
      const summary = el.shadowRoot!.querySelector<HTMLElement>('[part="filters"] > summary')!;
      for (const open of [false, true]) {
        (summary.parentElement as HTMLDetailsElement).open = open;
        const at = `${lang} at ${width} px, ${open ? 'open' : 'closed'}`;
        expect(summary.textContent.trim(), at).to.equal(words);
        const marker = getComputedStyle(summary, '::before');
        expect(marker.content, at).to.equal('""');
        // Closed: a triangle pointing to the text (its start side drawn: left in Swedish, right in
        // Arabic); open: pointing down (its top drawn). The other sides transparent.
        const side = open ? 'Top' : lang === 'ar' ? 'Right' : 'Left';
        const em = parseFloat(getComputedStyle(summary).fontSize);
        for (const edge of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          const width = parseFloat(marker.getPropertyValue(`border-${edge.toLowerCase()}-width`));
          const color = marker.getPropertyValue(`border-${edge.toLowerCase()}-color`);
          if (edge === side) {
            expect(width / em, `${at}: the drawn side, ${edge}`).to.be.within(0.45, 0.55);
            expect(color, `${at}: the drawn side, ${edge}`).to.equal(getComputedStyle(summary).color);
          } else if (width) expect(color, `${at}: ${edge}`).to.equal('rgba(0, 0, 0, 0)');
        }
        // The marker and the gap after it before the words, on the start side.
        const range = document.createRange();
        range.selectNodeContents(summary);
        const text = range.getBoundingClientRect();
        const box = summary.getBoundingClientRect();
        const before = lang === 'ar' ? box.right - text.right : text.left - box.left;
        expect(before / em, `marker and gap in em, ${at}`).to.be.within(1, 1.25);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('opening the filters moves neither "Visa som lista" nor "Filtrera" (sv, ar; 320, 800, 1280 px)', async () => {
    for (const lang of ['sv', 'ar'])
      for (const width of [320, 800, 1280]) {
        const el = await render(width);
        await setLang(lang, el);
        const at = `${lang} at ${width} px`;
        const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="filters"]')!;
        const toggle = el.shadowRoot!.querySelector<HTMLElement>('button.view')!;
        // The toggle is there from the overview's width on (48rem); below it is not shown.
        expect(toggle.checkVisibility(), `toggle shown, ${at}`).to.equal(width > 768);
        const summary = details.querySelector('summary')!;
        // The toggle's box; the summary's start edge and top (open, it spans the rest of the row).
        const places = () => {
          const t = toggle.getBoundingClientRect();
          const s = summary.getBoundingClientRect();
          return [t.left, t.right, t.top, lang === 'ar' ? s.right : s.left, s.top].map(Math.round);
        };
        const closed = places();
        details.open = true;
        await el.updateComplete;
        expect(places(), `open, ${at}`).to.deep.equal(closed);
        expect(document.documentElement.scrollWidth, at).to.be.at.most(width);
        await expect(el).to.be.accessible();
        details.open = false;
        expect(places(), `closed again, ${at}`).to.deep.equal(closed);
      }
  });

  it('pressing "Visa som lista" keeps its size, so "Filtrera" after it does not move (sv, ar)', async () => {
    // Pressed, it turned bold and took a 2 px border: 9 px wider, and the filters beside it jumped.
    for (const lang of ['sv', 'ar']) {
      const el = await render(1280);
      await setLang(lang, el);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.view')!;
      const summary = el.shadowRoot!.querySelector('[part="filters"] summary')!;
      const places = () => {
        const t = toggle.getBoundingClientRect();
        const s = summary.getBoundingClientRect();
        return [t.width, t.height, s.left, s.right, s.top].map(Math.round);
      };
      const before = places();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed'), 'set-up: pressed').to.equal('true');
      expect(places(), `${lang}: pressed`).to.deep.equal(before);
      // Still visibly pressed: a heavier border than the unpressed button's.
      expect(parseFloat(getComputedStyle(toggle).borderTopWidth), `${lang}: pressed border`).to.equal(2);
      await expect(el).to.be.accessible();
    }
  });

  it('at 320 px a long filter label wraps beside its checkbox and never squeezes it (sv, ar)', async () => {
    for (const lang of ['sv', 'ar']) {
      const el = await render(320);
      await setLang(lang, el);
      el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="filters"]')!.open = true;
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
      expect(boxes.length, lang).to.be.at.least(11);
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const box of boxes) {
        const { width, height } = box.getBoundingClientRect();
        const label = box.closest('label')!.textContent.trim();
        // 1.25rem each way, as every other checkbox: a label that wraps to two lines squeezed it.
        expect([width / rem, height / rem], `${lang}: the checkbox of "${label}"`).to.deep.equal([1.25, 1.25]);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('in forced colours (Windows high contrast) the overview keeps its bars and the disclosures their triangles', async () => {
    const el = await render(1280);
    await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      // What the system colours are here (a probe in the page, outside the element).
      const probe = document.body.appendChild(document.createElement('span'));
      probe.style.color = 'CanvasText';
      const text = getComputedStyle(probe).color;
      probe.style.color = 'LinkText';
      const link = getComputedStyle(probe).color;
      probe.remove();
      for (const id of ['a', 'c']) {
        const bar = item(el, id).querySelector('.bar')!;
        expect(getComputedStyle(bar).display, `bar of ${id} shown`).to.equal('block');
        // Drawn in the text's colour, not the page's (where it cannot be seen).
        expect(getComputedStyle(bar).backgroundColor, `bar of ${id}`).to.equal(text);
      }
      // "Mer information" and "Filtrera".
      for (const summary of [
        item(el, 'a').querySelector('summary')!,
        el.shadowRoot!.querySelector('[part="filters"] > summary')!,
      ])
        for (const open of [false, true]) {
          (summary.parentElement as HTMLDetailsElement).open = open;
          const marker = getComputedStyle(summary, '::before');
          const at = `${summary.textContent.trim()}, ${open ? 'open' : 'closed'}`;
          // One side drawn in the summary's colour, the others left transparent: a triangle, not a square.
          const drawn = open ? marker.borderTopColor : marker.borderLeftColor;
          const clear = open ? marker.borderLeftColor : marker.borderTopColor;
          expect(marker.content, at).to.equal('""');
          expect(drawn, `the drawn side, ${at}`).to.equal(link);
          expect(clear, `the transparent sides, ${at}`).to.equal('rgba(0, 0, 0, 0)');
        }
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });

  it('every "Mer information" disclosure has its own name (the measure it belongs to)', async () => {
    const el = await render(1280);
    const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
    const names = tree
      .filter((n) => n.role === 'DisclosureTriangle' && n.name.startsWith('Mer information'))
      .map((n) => n.name);
    expect(names).to.include('Mer information Stödsamtal för våldsutövare').and.include('Mer information Utbildning');
    expect(new Set(names).size).to.equal(names.length);
    await expect(el).to.be.accessible();
  });

  it('a load error is announced: it replaces the loading text inside the same live region', async () => {
    let el!: TryggPlanTimeline;
    let region!: Element;
    await captureErrors(async () => {
      el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline src="/no-such-plan.json"></trygg-plan-timeline>`);
      region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.textContent).to.contain('Hämtar planen …');
      for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part="notice"]'); i++)
        await new Promise((r) => setTimeout(r, 50));
    });
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.closest('[role="status"]'), 'the notice is inside the live region').to.equal(region);
    expect(region.isConnected).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('on a page in a language the kit does not have, its Swedish texts are marked lang="sv" (WCAG 3.1.2)', async () => {
    await setLang('fi');
    const el = await render(1280);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
    await setLang('en', el);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('lang')).to.equal(false);
    await setLang('sv', el);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('lang')).to.equal(false);
  });
});
