import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/plan-timeline/index.js';
import type { PlanDocument, PlanMeasure, TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import type { DataErrorDetail } from '../../src/core/data.js';
import { captureErrors, nextEvent, setLang, shadowText } from '../support/helpers.js';

const TODAY = '2026-11-26';

function measures(el: TryggPlanTimeline, all = false): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="measure"]')].filter((m) => all || !m.hidden);
}
function ids(el: TryggPlanTimeline): string[] {
  return measures(el).map((m) => m.dataset.measureId ?? '');
}
function item(el: TryggPlanTimeline, id: string): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>(`[data-measure-id="${id}"]`)!;
}
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
function count(el: TryggPlanTimeline): string {
  return text(el.shadowRoot!.querySelector('[part="count"]'));
}
async function render(
  data: unknown,
  attrs: Partial<Record<'status' | 'responsible' | 'level' | 'prevention' | 'view', string>> = {}
) {
  const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
  Object.assign(el, attrs);
  el.data = data;
  await el.updateComplete;
  return el;
}
async function demo(): Promise<PlanDocument> {
  const response = await fetch('/demo/data/alingsas-plan.json');
  return (await response.json()) as PlanDocument;
}

const small: PlanDocument = {
  title: 'Handlingsplan 2023–2026',
  period: { start: '2023', end: '2026' },
  measures: [
    { id: 'c', title: 'Utan datum', status: 'planned' },
    {
      id: 'b',
      title: 'Utbildning',
      start: '2023-03',
      end: '2024-12',
      status: 'ongoing',
      level: 'organisation',
      prevention: 'universal',
      responsible: ['Kommunledningskontoret'],
      partners: ['Alingsåshem'],
      audience: ['staff'],
      sdg: ['5.2', '16.1'],
    },
    {
      id: 'a',
      kind: 'decision',
      title: 'Kommunstyrelsen behandlar motionen',
      body: 'Kommunstyrelsen',
      paragraph: '176',
      date: '2022-11-28',
      status: 'done',
    },
    {
      id: 'd',
      title: 'Kampanj',
      date: '2022',
      status: 'delayed',
      level: 'society',
      prevention: 'selective',
      responsible: ['Alingsåshem'],
    },
    {
      id: 'e',
      title: 'Uppföljning',
      date: '2022-12',
      status: 'cancelled',
      level: ['individual', 'society'],
      prevention: 'indicated',
      responsible: ['Socialnämnden'],
    },
    { id: 'f', title: 'Framtida kartläggning', start: '2027-01', status: 'planned', responsible: ['Socialnämnden'] },
  ],
};

beforeEach(async () => {
  await setLang('sv');
  await setViewport({ width: 800, height: 600 });
});

describe('<trygg-plan-timeline>', () => {
  describe('the Alingsås demo data', () => {
    it('shows the decision history and measures from the seed, in order, accessible in sv, en and ar', async () => {
      const el = await render(await demo());
      const list = el.shadowRoot!.querySelector('ol[part="list"]')!;
      expect(list).to.exist;
      expect(ids(el).slice(0, 6)).to.deep.equal([
        'handlingsprogram-socialforvaltningen',
        'kf-100-motion',
        'ksau-105',
        'sn-53',
        'klk-yttrande',
        'ks-176',
      ]);
      // The council's decision has no date in the source: undated, last group, and says so.
      const kf = item(el, 'kf-beslut');
      expect(text(kf)).to.contain('Motionen bifalls');
      expect(text(kf)).to.contain('Datum inte angivet');
      expect(kf.closest('.year')!.classList.contains('undated')).to.equal(true);
      const sn = item(el, 'sn-53');
      expect(text(sn)).to.contain('Socialnämnden § 53');
      expect(text(sn)).to.contain('under förutsättning att medel tillförs');
      expect(sn.querySelector('time')!.getAttribute('datetime')).to.equal('2022-08-23');
      expect(text(item(el, 'ks-176'))).to.contain('Kommunstyrelsen § 176');
      // Measures without a status in the source say so; examples are marked.
      expect(text(item(el, 'utbildning-anstallda').querySelector('[part="status"]'))).to.equal('Status inte angiven');
      expect(text(item(el, 'exempel-hyresgaster'))).to.contain('(Exempel)');
      expect(shadowText(el)).to.contain('Visar 18 av 18');
      expect(el.shadowRoot!.querySelector('[part="notice"]'), 'the demo data is valid').to.equal(null);
      await expect(el).to.be.accessible();

      await setLang('en', el);
      expect(text(item(el, 'ks-176'))).to.contain('The municipal executive board deals with the matter');
      expect(text(item(el, 'ks-176').querySelector('[part="status"]'))).to.equal('Done');
      expect(text(item(el, 'ks-176').querySelector('time'))).to.equal('November 28, 2022');
      await expect(el).to.be.accessible();

      await setLang('ar', el);
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
      expect(text(item(el, 'ks-176').querySelector('[part="status"]'))).to.equal('منجز');
      // No Arabic text in the data: the Swedish title is marked with its language.
      expect(item(el, 'ks-176').querySelector('.title [lang="sv"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('loads the document from src (same origin)', async () => {
      const el = await fixture<TryggPlanTimeline>(
        html`<trygg-plan-timeline today=${TODAY} src="/demo/data/alingsas-plan.json"></trygg-plan-timeline>`
      );
      for (let i = 0; i < 50 && measures(el).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(measures(el)).to.have.length(18);
    });
  });

  describe('each item', () => {
    it('shows title, dates in <time>, status as text, responsible, partners, level, prevention, audience and targets', async () => {
      const el = await render(small);
      const b = item(el, 'b');
      expect(b.getAttribute('part')).to.equal('measure');
      expect(b.dataset.status).to.equal('ongoing');
      expect(text(b.querySelector('[role="heading"]'))).to.equal('Utbildning');
      expect([...b.querySelectorAll('time')].map((t) => [t.getAttribute('datetime'), text(t)])).to.deep.equal([
        ['2023-03', 'mars 2023'],
        ['2024-12', 'december 2024'],
      ]);
      expect(text(b.querySelector('[part="status"]'))).to.equal('Pågår');
      const meta = text(b.querySelector('dl'));
      for (const s of [
        'Ansvarig',
        'Kommunledningskontoret',
        'I samarbete med',
        'Alingsåshem',
        'Nivå',
        'Organisation',
        'Prevention',
        'För alla (universell)',
        'Målgrupp',
        'Anställda',
        'Agenda 2030',
        '5.2',
        '16.1',
      ]) {
        expect(meta).to.contain(s);
      }
      expect(text(item(el, 'e').querySelector('dl')))
        .to.contain('Individ')
        .and.contain('Samhälle')
        .and.contain('För den som redan är utsatt eller utövar våld (indikerad)');
      expect(text(item(el, 'd').querySelector('dl'))).to.contain('För grupper med ökad risk (selektiv)');
    });

    it('shows partial dates honestly: a year is a year, a month a month', async () => {
      const el = await render(small);
      const d = item(el, 'd').querySelector('time')!;
      expect([d.getAttribute('datetime'), text(d)]).to.deep.equal(['2022', '2022']);
      const e = item(el, 'e').querySelector('time')!;
      expect([e.getAttribute('datetime'), text(e)]).to.deep.equal(['2022-12', 'december 2022']);
      expect(text(item(el, 'f').querySelector('.dates'))).to.equal('Från januari 2027');
      expect(text(item(el, 'c').querySelector('.dates'))).to.equal('Datum inte angivet');
    });

    it('shows a decision with its body, paragraph and date', async () => {
      const el = await render(small);
      const a = item(el, 'a');
      expect(text(a.querySelector('[role="heading"]'))).to.equal('Beslut: Kommunstyrelsen behandlar motionen');
      expect(text(a.querySelector('.dates'))).to.equal('28 november 2022, Kommunstyrelsen § 176');
    });

    it('expands a description with safe links and the targets’ wording, by keyboard', async () => {
      let el!: TryggPlanTimeline;
      const errors = await captureErrors(async () => {
        el = await renderLinks();
      });
      expect(errors.join()).to.contain('measures[0].links[1].url');
      async function renderLinks() {
        return render({
          sdgTargets: { '16.1': { sv: 'Avsevärt minska alla former av våld och dödligt våld överallt.' } },
          measures: [
            {
              id: 'x',
              title: 'Med länkar',
              description: 'Beskrivning <b>inte fet</b>',
              sdg: ['16.1', '5.2'],
              links: [
                { title: 'Kunskapsbanken', url: 'https://www.nck.uu.se/kunskapsbanken/' },
                { title: 'Farlig', url: 'javascript:alert(1)' },
                { title: 'Lokal sida', url: '/stod' },
              ],
            },
          ],
        });
      }
      const details = item(el, 'x').querySelector('details')!;
      expect(details.open).to.equal(false);
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(text(details)).to.contain('Beskrivning <b>inte fet</b>');
      expect(details.querySelector('b')).to.equal(null);
      expect(text(details)).to.contain('Agenda 2030 16.1: Avsevärt minska');
      const links = [...details.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Kunskapsbanken', 'https://www.nck.uu.se/kunskapsbanken/'],
        ['Lokal sida', '/stod'],
      ]);
      expect(text(details)).to.contain('Farlig');
      expect(
        [...details.querySelectorAll('a')].map((a) => a.rel),
        'linked sites do not learn the page'
      ).to.deep.equal(['noreferrer', 'noreferrer']);
      await expect(el).to.be.accessible();
    });

    it('keeps the plan title at heading level 2 or lower (the page keeps its one h1)', async () => {
      const el = await render({ title: 'Planen', measures: [{ id: 'a', title: 'A', date: '2023' }] });
      el.headingLevel = 1;
      await el.updateComplete;
      const title = el.shadowRoot!.querySelector('[role="heading"].plan-title')!;
      expect(title.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('order and today', () => {
    it('is chronological by date or start, undated last, grouped by year with headings', async () => {
      const el = await render(small);
      expect(ids(el)).to.deep.equal(['d', 'a', 'e', 'b', 'f', 'c']);
      const headings = [...el.shadowRoot!.querySelectorAll('.year-heading')].map((h) => [
        text(h),
        h.getAttribute('aria-level'),
      ]);
      expect(headings).to.deep.equal([
        ['2022', '3'],
        ['2023', '3'],
        ['2027', '3'],
        ['Utan datum', '3'],
      ]);
      expect(item(el, 'a').querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
      expect(el.shadowRoot!.querySelector('.plan-title')!.getAttribute('aria-level')).to.equal('2');
    });

    it('puts the "today" marker between the past and the future (today is injectable)', async () => {
      const el = await render(small);
      const marker = () => el.shadowRoot!.querySelector('[part="today"]')!;
      const before = () =>
        [...marker().closest('ol[part="list"]')!.querySelectorAll('[part~="measure"], [part="today"]')].map(
          (n) => n.getAttribute('data-measure-id') ?? 'today'
        );
      expect(text(marker())).to.equal('I dag 26 november 2026');
      expect(marker().querySelector('time')!.getAttribute('datetime')).to.equal(TODAY);
      expect(before()).to.deep.equal(['d', 'a', 'e', 'b', 'today', 'f', 'c']);
      el.today = '2022-11-30';
      await el.updateComplete;
      expect(before()).to.deep.equal(['d', 'a', 'today', 'e', 'b', 'f', 'c']);
      await expect(el).to.be.accessible();
    });
  });

  describe('today moves', () => {
    // The marker is a row among the items: moving it from August back to February shifts x2–x4
    // between its two places, and each is drawn anew.
    async function fourMonths(): Promise<TryggPlanTimeline> {
      const month = (id: string, start: string): PlanMeasure => ({
        id,
        title: `Punkt ${id}`,
        start,
        status: 'planned',
        description: `Beskrivning av ${id}`,
      });
      const plan: PlanDocument = {
        title: 'Plan',
        period: { start: '2026', end: '2026' },
        measures: [month('x1', '2026-01'), month('x2', '2026-03'), month('x3', '2026-05'), month('x4', '2026-07')],
      };
      const el = await fixture<TryggPlanTimeline>(
        html`<trygg-plan-timeline today="2026-08-01" view="list"></trygg-plan-timeline>`
      );
      el.data = plan;
      await el.updateComplete;
      return el;
    }

    it('an opened measure keeps its own details when the marker moves past it', async () => {
      // Each item keeps its own elements (an opened details never shows another measure).
      const el = await fourMonths();
      const details = item(el, 'x3').querySelector('details')!;
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      el.today = '2026-02-01';
      await el.updateComplete;
      const order = [...el.shadowRoot!.querySelectorAll('[part~="measure"], [part="today"]')].map(
        (n) => n.getAttribute('data-measure-id') ?? 'today'
      );
      expect(order).to.deep.equal(['x1', 'today', 'x2', 'x3', 'x4']);
      if (details.isConnected)
        expect(details.closest('[part~="measure"]')!.getAttribute('data-measure-id'), 'the open details').to.equal(
          'x3'
        );
      for (const id of ['x1', 'x2', 'x3', 'x4'])
        expect(text(item(el, id).querySelector('details p')), id).to.equal(`Beskrivning av ${id}`);
      await expect(el).to.be.accessible();
    });

    it('focus stays on the same measure when the marker moves past it', async () => {
      // A keyboard user on x3's "Mer information": x3 is drawn anew, and focus must not fall to the
      // page (the next Tab would start from the top) nor land on another measure.
      const el = await fourMonths();
      item(el, 'x3').querySelector('summary')!.focus();
      el.today = '2026-02-01';
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement;
      expect(focused?.localName, 'what has focus').to.equal('summary');
      expect(focused?.closest('[part~="measure"]')?.getAttribute('data-measure-id'), 'its measure').to.equal('x3');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(item(el, 'x3').querySelector('details')!.open, "x3's details").to.equal(true);
      expect(item(el, 'x2').querySelector('details')!.open, "x2's details").to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('filters by the status and responsible attributes', async () => {
      let el = await render(small, { status: 'planned delayed' });
      expect(ids(el)).to.deep.equal(['d', 'f', 'c']);
      expect(count(el)).to.equal('Visar 3 av 6');
      el = await render(small, { responsible: 'Socialnämnden' });
      expect(ids(el)).to.deep.equal(['e', 'f']);
      el = await render(small, { responsible: 'Kommunstyrelsen' });
      expect(ids(el), 'a decision’s body counts as responsible').to.deep.equal(['a']);
      el = await render(small, { status: 'unknown-word done' });
      expect(ids(el), 'unknown tokens are ignored').to.deep.equal(['a']);
      el = await render(small, { level: 'society', prevention: 'indicated' });
      expect(ids(el)).to.deep.equal(['e']);
      el = await render(small, { responsible: 'Ingen' });
      expect(ids(el)).to.deep.equal([]);
      expect(count(el)).to.equal('Inga punkter matchar filtret.');
      await expect(el).to.be.accessible();
    });

    it('has keyboard filter controls that announce the number of results politely', async () => {
      const el = await render(small);
      const root = el.shadowRoot!;
      const filters = root.querySelector<HTMLDetailsElement>('[part="filters"]')!;
      filters.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(filters.open).to.equal(true);
      await expect(el).to.be.accessible();
      const live = root.querySelector('[part="count"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      const ongoing = root.querySelector<HTMLInputElement>('input[name="status"][value="ongoing"]')!;
      expect(text(ongoing.closest('fieldset')!.querySelector('legend'))).to.equal('Status');
      expect(text(ongoing.closest('label'))).to.equal('Pågår');
      ongoing.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(ongoing.checked).to.equal(true);
      expect(el.status).to.equal('ongoing');
      expect(ids(el)).to.deep.equal(['b']);
      expect(text(live)).to.equal('Visar 1 av 6');
      const select = root.querySelector<HTMLSelectElement>('select[name="responsible"]')!;
      expect([...select.options].map((o) => o.value)).to.deep.equal([
        '',
        'Alingsåshem',
        'Kommunledningskontoret',
        'Kommunstyrelsen',
        'Socialnämnden',
      ]);
      select.value = 'Alingsåshem';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal([]);
      expect(text(live)).to.equal('Inga punkter matchar filtret.');
      await expect(el).to.be.accessible();
      const clear = [...root.querySelectorAll('button')].find((b) => text(b) === 'Visa alla')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(ids(el)).to.have.length(6);
      expect(ongoing.checked).to.equal(false);
      expect(root.activeElement, 'focus stays on the button').to.equal(clear);
      expect(filters.open, 'the panel stays open').to.equal(true);
      expect(text(live)).to.equal('Visar 6 av 6');
      await setLang('en', el);
      expect(text(live)).to.equal('Showing 6 of 6');
      await setLang('ar', el);
      expect(text(live)).to.equal('عرض 6 من 6');
      await expect(el).to.be.accessible();
    });

    it('when nothing matches, "Visa alla" beside the message shows every measure again; focus goes to the count (sv, ar)', async () => {
      for (const [lang, button, none, all] of [
        ['sv', 'Visa alla', 'Inga punkter matchar filtret.', 'Visar 6 av 6'],
        ['ar', 'عرض الكل', null, 'عرض 6 من 6'],
      ] as const) {
        await setLang(lang);
        const el = await render(small, { responsible: 'Ingen', status: 'done' });
        const root = el.shadowRoot!;
        expect(root.querySelector<HTMLDetailsElement>('[part="filters"]')!.open, 'the filters are closed').to.equal(
          false
        );
        const live = root.querySelector<HTMLElement>('[part="count"]')!;
        if (none) expect(text(live)).to.equal(none);
        // Right after the message, before any measure: the next Tab stop.
        const clear = live.nextElementSibling as HTMLButtonElement;
        expect([clear.localName, text(clear)], lang).to.deep.equal(['button', button]);
        expect(clear.getBoundingClientRect().height, 'a 44 px target').to.be.at.least(44);
        await expect(el).to.be.accessible();
        clear.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(ids(el), `${lang}: every measure`).to.have.length(6);
        expect([el.status, el.responsible], 'the filters are cleared').to.deep.equal([undefined, undefined]);
        expect(text(live)).to.equal(all);
        expect(clear.isConnected, 'the button goes with the message').to.equal(false);
        // Not <body>: the count, which says what is shown now.
        expect(root.activeElement, 'focus').to.equal(live);
        await expect(el).to.be.accessible();
      }
    });

    it('prints the "no match" message without its "Visa alla" (no controls on paper)', async () => {
      const el = await render(small, { responsible: 'Ingen' });
      const live = el.shadowRoot!.querySelector<HTMLElement>('[part="count"]')!;
      const clear = live.nextElementSibling as HTMLElement;
      expect(text(clear)).to.equal('Visa alla');
      expect(clear.checkVisibility(), 'on screen').to.equal(true);
      await executeServerCommand('trygg-media', { media: 'print' });
      try {
        expect(matchMedia('print').matches).to.equal(true);
        expect(clear.checkVisibility(), 'the button on paper').to.equal(false);
        expect(el.shadowRoot!.querySelector<HTMLElement>('.tools')!.checkVisibility(), 'the filters').to.equal(false);
        expect([text(live), live.checkVisibility()], 'the message').to.deep.equal([
          'Inga punkter matchar filtret.',
          true,
        ]);
      } finally {
        await executeServerCommand('trygg-media', { media: '' });
      }
    });
  });

  describe('views', () => {
    it('is a vertical list at 320 px, with no horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render(await demo());
      const chart = el.shadowRoot!.querySelector('.chart')!;
      expect(getComputedStyle(chart).display).to.equal('block');
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    });

    it('enhances the same list into an overview with lanes and bars when wide, and back to a list on request', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await render(small);
      const root = el.shadowRoot!;
      const chart = root.querySelector('.chart')!;
      expect(getComputedStyle(chart).display).to.equal('grid');
      // Lanes by responsible body (first), alphabetically, decorative for assistive technology.
      const lanes = root.querySelector('.lanes')!;
      expect(lanes.getAttribute('aria-hidden')).to.equal('true');
      expect([...lanes.querySelectorAll('.lane')].map(text)).to.deep.equal([
        'Alingsåshem',
        'Kommunledningskontoret',
        'Kommunstyrelsen',
        'Socialnämnden',
      ]);
      // The same list items, placed on the grid: b spans from 2023-03 on.
      const b = item(el, 'b');
      const e = item(el, 'e');
      const f = item(el, 'f');
      expect(getComputedStyle(b).gridRowStart).to.equal('4');
      expect(getComputedStyle(e).gridRowStart).to.equal(getComputedStyle(f).gridRowStart);
      expect(b.getBoundingClientRect().left).to.be.greaterThan(item(el, 'a').getBoundingClientRect().left);
      expect(getComputedStyle(b.querySelector('.bar')!).display).to.equal('block');
      // Undated items stay a list below the chart.
      expect(item(el, 'c').getBoundingClientRect().top).to.be.greaterThan(f.getBoundingClientRect().bottom);
      expect(measures(el)).to.have.length(6);
      expect(el.shadowRoot!.querySelector('ol[part="list"]')).to.exist;
      await expect(el).to.be.accessible();

      const toggle = root.querySelector<HTMLButtonElement>('button.view')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.view).to.equal('list');
      expect(getComputedStyle(chart).display).to.equal('block');
      await expect(el).to.be.accessible();

      el.view = 'auto';
      await setLang('ar', el);
      expect(getComputedStyle(chart).display).to.equal('grid');
      expect(b.getBoundingClientRect().right, 'time runs right to left').to.be.lessThan(
        item(el, 'a').getBoundingClientRect().right
      );
      await expect(el).to.be.accessible();
    });

    it('opens every description for printing', async () => {
      const el = await render(await demo());
      const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part~="measure"] details')];
      expect(details.length).to.be.greaterThan(5);
      expect(details.every((d) => !d.open)).to.equal(true);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(details.every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(details.every((d) => !d.open)).to.equal(true);
    });
  });

  describe('states', () => {
    it('says when there is nothing yet, while loading, and when loading failed', async () => {
      let el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline></trygg-plan-timeline>`);
      expect(shadowText(el)).to.equal('Det finns inga punkter i planen ännu.');
      await expect(el).to.be.accessible();

      el = await render({ measures: [] });
      expect(count(el)).to.equal('Det finns inga punkter i planen ännu.');
      await expect(el).to.be.accessible();

      const errors = await captureErrors(async () => {
        const failed = nextEvent(document, 'trygg-data-error', 8000);
        el = await fixture<TryggPlanTimeline>(
          html`<trygg-plan-timeline src="/no-such-plan.json"></trygg-plan-timeline>`
        );
        expect(shadowText(el)).to.equal('Hämtar planen …');
        await failed;
        await el.updateComplete;
      });
      expect(shadowText(el)).to.equal('Uppgifterna kunde inte läsas in.');
      await expect(el).to.be.accessible();
      el.data = undefined;
      el.src = '/demo/data/alingsas-plan.json';
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Hämtar planen …');
      expect(errors.join()).to.contain('no-such-plan.json');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    async function renderBad(data: unknown) {
      const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today=${TODAY}></trygg-plan-timeline>`);
      const events: DataErrorDetail[] = [];
      el.addEventListener('trygg-data-error', (e) => events.push(e.detail));
      const errors = await captureErrors(async () => {
        el.data = data;
        await el.updateComplete;
      });
      return { el, events, errors };
    }

    it('drops bad fields and items, shows every valid item and a notice, and fires one trygg-data-error', async () => {
      const { el, events, errors } = await renderBad({
        measures: [
          { id: 'ok', title: 'Giltig', date: '2023-05-01', status: 'ongoing' },
          { id: 'st', title: 'Okänd status', date: '2023', status: 'paused', level: 'galaxy', kind: 'wish' },
          { id: 'bad-month', title: 'Omöjligt datum', date: '2023-13' },
          { id: 'bad-day', title: 'Omöjlig dag', start: '2023-02-30' },
          { id: 'rev', title: 'Slut före start', start: '2024-06', end: '2023-01' },
          { id: 'ok', title: 'Samma id igen' },
          { id: 'no-title' },
          {
            id: 'inj',
            title: '<img src=x onerror=alert(1)>',
            responsible: ['<script>alert(1)</script>'],
            links: [
              { title: 'x', url: 'javascript:alert(1)' },
              { title: 'y', url: 'data:text/html,hi' },
            ],
          },
        ],
      });
      expect(events).to.have.length(1);
      const problems = events[0].problems.join('\n');
      for (const path of [
        'measures[1].status',
        'measures[1].level',
        'measures[1].kind',
        'measures[2].date',
        'measures[3].start',
        'measures[4].end',
        'measures[5].id',
        'measures[6].title',
        'measures[7].links[0].url',
      ]) {
        expect(problems).to.contain(path);
      }
      expect(events[0].message).to.contain('measures[');
      expect(errors.join('\n')).to.contain('measures[1].status');
      expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal('En del uppgifter kunde inte visas.');
      expect(ids(el).sort()).to.deep.equal(['bad-day', 'bad-month', 'inj', 'ok', 'rev', 'st']);
      expect(text(item(el, 'st').querySelector('[part="status"]'))).to.equal('Status inte angiven');
      expect(text(item(el, 'bad-month').querySelector('.dates'))).to.equal('Datum inte angivet');
      expect(text(item(el, 'rev').querySelector('.dates'))).to.equal('Från juni 2024');
      expect(text(item(el, 'ok'))).to.contain('Giltig');
      const inj = item(el, 'inj');
      expect(inj.querySelector('img, script')).to.equal(null);
      expect(text(inj)).to.contain('<img src=x onerror=alert(1)>');
      expect(text(inj)).to.contain('<script>alert(1)</script>');
      expect(el.shadowRoot!.querySelectorAll('a[href]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a clear notice, not a blank, for a document that is not a plan', async () => {
      const { el, events } = await renderBad({ measures: 'none' });
      expect(events[0].message).to.contain('measures');
      expect(text(el.shadowRoot!.querySelector('[part="notice"]'))).to.equal('Uppgifterna kunde inte läsas in.');
      await expect(el).to.be.accessible();
    });

    it('shows the first 1 000 of 10 000 measures with a notice that says so, in each language', async function () {
      this.timeout(120_000);
      const many = Array.from({ length: 10_000 }, (_, i): PlanMeasure => ({
        id: `m${i}`,
        title: `Åtgärd ${i}`,
        date: `${2020 + (i % 10)}-0${1 + (i % 9)}`,
        status: 'planned',
      }));
      const { el, events } = await renderBad({ measures: many });
      expect(events).to.have.length(1);
      expect(events[0].message).to.contain('measures: 10000 items; only the first 1000 are shown');
      expect(measures(el)).to.have.length(1000);
      expect(count(el)).to.equal('Visar 1000 av 1000');
      const notices = () => [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map(text);
      // Only the limit was met: its own notice, not the one about wrong data.
      expect(notices()).to.deep.equal(['Planen har 10000 punkter. Här visas de första 1000.']);
      await setLang('en', el);
      expect(notices()).to.deep.equal(['The plan has 10000 items. The first 1000 are shown here.']);
      await setLang('ar', el);
      expect(notices()).to.deep.equal(['تحتوي الخطة على 10000 بندًا. تُعرض هنا أول 1000 بند.']);
      await setLang('sv', el);
    });
  });
});
