import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/components/training-badge/index.js';
import type { TrainingDocument, TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import { inNextFrame, setLang, watchIntl } from '../support/helpers.js';
import { bar, ErrorLog, normal, part, seen, status } from './helpers.js';

const log = new ErrorLog();
const TODAY = '2026-11-26';

const doc = (): TrainingDocument => ({
  course: { sv: 'Grundutbildning om våld i nära relationer', en: 'Basic training on violence in close relationships' },
  target: 90,
  deadline: '2026-12-31',
  updated: '2026-11-01',
  units: [
    { name: 'Socialförvaltningen', completed: 84, total: 120 },
    { name: 'Kultur- och utbildningsförvaltningen', completed: 30, total: 40 },
    { name: 'Alingsåshem', completed: 6, total: 40 },
  ],
});

async function badge(
  value: unknown,
  max: unknown,
  more: Partial<TryggTrainingBadge> = {}
): Promise<TryggTrainingBadge> {
  const el = await fixture<TryggTrainingBadge>(
    html`<trygg-training-badge label="Grundutbildning" today=${TODAY}></trygg-training-badge>`
  );
  Object.assign(el, { value, max, ...more });
  await el.updateComplete;
  return el;
}

async function card(data: unknown, more = ''): Promise<TryggTrainingBadge> {
  const el = document.createElement('trygg-training-badge');
  el.today = TODAY;
  if (more) el.unit = more;
  el.data = data as TrainingDocument;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

const fill = (el: TryggTrainingBadge) => part(el, 'indicator')!;

beforeEach(async () => {
  log.start();
  await setLang('sv');
});

afterEach(() => {
  log.stop();
});

describe('<trygg-training-badge>', () => {
  describe('badge', () => {
    it('is a progressbar named by the label, with values, "84 av 120 (70 %)", a status word and the target', async () => {
      const el = await fixture<TryggTrainingBadge>(html`<trygg-training-badge
        label="Grundutbildning om våld i nära relationer"
        value="84"
        max="120"
        target="90"
        deadline="2026-12-31"
        today=${TODAY}
      ></trygg-training-badge>`);
      const progress = bar(el);
      expect(progress.getAttribute('aria-label')).to.equal('Grundutbildning om våld i nära relationer');
      expect(progress.getAttribute('aria-valuemin')).to.equal('0');
      expect(progress.getAttribute('aria-valuemax')).to.equal('120');
      expect(progress.getAttribute('aria-valuenow')).to.equal('84');
      expect(normal(progress.getAttribute('aria-valuetext'))).to.equal('84 av 120 (70 %)');
      expect(seen(el)).to.equal('84 av 120 (70 %) Pågår Mål: 90 %');
      expect(status(el)).to.equal('Pågår');
      expect(part(el, 'target-marker')).to.exist;
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(log.events).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('speaks English and Arabic, numbers formatted with Intl in the page locale', async () => {
      const el = await badge(84, 120, { target: 90 });
      await setLang('en', el);
      expect(seen(el)).to.equal('84 of 120 (70%) In progress Target: 90%');
      await expect(el).to.be.accessible();

      await setLang('ar', el);
      const n = new Intl.NumberFormat('ar');
      const p = new Intl.NumberFormat('ar', { style: 'percent' }).format(0.7);
      expect(seen(el)).to.contain(normal(`${n.format(84)} من ${n.format(120)} (${p})`));
      expect(status(el)).to.equal('قيد التنفيذ');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('formats large numbers with the locale’s grouping', async () => {
      const el = await badge('1 200', 2400);
      expect(seen(el)).to.contain('1 200 av 2 400 (50 %)');
      await setLang('en', el);
      expect(seen(el)).to.contain('1,200 of 2,400 (50%)');
    });

    it('fits in a sentence: inline, on the text line', async () => {
      const p = await fixture<HTMLParagraphElement>(html`<p>
        Hittills har <trygg-training-badge label="Personal" value="18" max="18" today=${TODAY}></trygg-training-badge>
        gått utbildningen.
      </p>`);
      const el = p.querySelector('trygg-training-badge')!;
      await el.updateComplete;
      expect(p.getClientRects().length).to.equal(1);
      expect(el.getBoundingClientRect().height).to.be.below(40);
      expect(normal(p.textContent)).to.contain('Hittills har');
      await expect(p).to.be.accessible();
    });

    it('fits a narrow table cell at 320 px: its texts wrap rather than push the page wider', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        // As on the demo's school page: a padded main column, cells with padding.
        const main =
          await fixture<HTMLElement>(html`<main style="padding: 1rem"><table style="inline-size: 100%; border-collapse: collapse">
          <tbody>
            <tr>
              <th scope="row">Förvaltningskontoret</th>
              <td><trygg-training-badge label="Förvaltningskontoret" value="1200" max="1500" target="90" today=${TODAY}></trygg-training-badge></td>
            </tr>
            <tr>
              <th scope="row">Elevhälsan</th>
              <td><trygg-training-badge label="Elevhälsan" value="0" max="1500" target="90" today=${TODAY}></trygg-training-badge></td>
            </tr>
          </tbody>
        </table></main>`);
        const table = main.querySelector('table')!;
        table.querySelectorAll('th, td').forEach((cell) => {
          (cell as HTMLElement).style.padding = '0.5rem 0.75rem 0.5rem 0';
        });
        const badges = [...table.querySelectorAll('trygg-training-badge')];
        await Promise.all(badges.map((b) => b.updateComplete));
        expect(status(badges[1]), 'the status word is still there').to.equal('Inte påbörjad');
        for (const lang of ['sv', 'en', 'ar']) {
          await setLang(lang, ...badges);
          expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
          expect(table.getBoundingClientRect().right, lang).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('has a status word for every state, never colour alone', async () => {
      const cases: [number, number, number | null, string | null, string, string][] = [
        [0, 120, 90, '2026-12-31', 'Inte påbörjad', 'Not started'],
        [84, 120, 90, '2026-12-31', 'Pågår', 'In progress'],
        [108, 120, 90, '2026-12-31', 'Målet är nått', 'Target reached'],
        [120, 120, 90, '2026-12-31', 'Klar', 'Complete'],
        [84, 120, 90, '2026-11-25', 'Försenad', 'Overdue'],
        [0, 120, 90, '2026-11-25', 'Försenad', 'Overdue'],
        [108, 120, 90, '2026-11-25', 'Målet är nått', 'Target reached'],
        [84, 120, null, '2026-11-25', 'Försenad', 'Overdue'],
        [84, 120, 90, '2026-11-26', 'Pågår', 'In progress'],
        [84, 120, null, null, 'Pågår', 'In progress'],
      ];
      const el = await badge(0, 1);
      for (const [value, max, target, deadline, sv, en] of cases) {
        Object.assign(el, { value, max, target, deadline });
        await setLang('sv', el);
        expect(status(el), `${value}/${max} target ${target} by ${deadline}`).to.equal(sv);
        await expect(el).to.be.accessible();
        await setLang('en', el);
        expect(status(el)).to.equal(en);
      }
      expect(log.events).to.deep.equal([]);
    });

    it('reaches the target exactly at the target, and shows 100 % only when complete', async () => {
      const el = await badge(108, 120, { target: 90 });
      expect(seen(el)).to.contain('108 av 120 (90 %)');
      expect(status(el)).to.equal('Målet är nått');
      Object.assign(el, { value: 107 });
      await el.updateComplete;
      expect(seen(el)).to.contain('107 av 120 (89 %)');
      expect(status(el)).to.equal('Pågår');
      Object.assign(el, { value: 999, max: 1000 });
      await el.updateComplete;
      expect(seen(el)).to.contain('999 av 1 000 (99 %)');
      expect(status(el)).to.equal('Målet är nått');
    });

    it('takes "today" as a Swedish calendar date: overdue from the day after the deadline', async () => {
      const el = await badge(10, 100, { deadline: '2026-12-31', today: '2026-12-31' });
      expect(status(el)).to.equal('Pågår');
      el.today = '2027-01-01';
      await el.updateComplete;
      expect(status(el)).to.equal('Försenad');
    });
  });

  describe('bar', () => {
    it('fills from the inline start: from the left in Swedish, from the right in Arabic; the marker at the target', async () => {
      const el = await badge(84, 120, { target: 90 });
      const check = (rtl: boolean) => {
        const track = bar(el).getBoundingClientRect();
        const inner = { left: track.left + 1, right: track.right - 1, width: track.width - 2 };
        const filled = fill(el).getBoundingClientRect();
        const marker = part(el, 'target-marker')!.getBoundingClientRect();
        expect(filled.width / inner.width).to.be.closeTo(0.7, 0.01);
        if (rtl) {
          expect(filled.right).to.be.closeTo(inner.right, 0.5);
          expect((marker.left + marker.right) / 2).to.be.closeTo(inner.right - 0.9 * inner.width, 1);
        } else {
          expect(filled.left).to.be.closeTo(inner.left, 0.5);
          expect((marker.left + marker.right) / 2).to.be.closeTo(inner.left + 0.9 * inner.width, 1);
        }
      };
      check(false);
      await setLang('ar', el);
      check(true);
      await setLang('en', el);
      check(false);
    });

    it('in a card spans the card, filled to the share done, the marker at the target (sv, ar)', async () => {
      const el = await card(doc());
      for (const lang of ['sv', 'ar']) {
        await setLang(lang, el);
        const base = part(el, 'base')!;
        const style = getComputedStyle(base);
        const content =
          base.getBoundingClientRect().width -
          2 * (parseFloat(style.paddingInlineStart) + parseFloat(style.borderInlineStartWidth));
        const track = bar(el).getBoundingClientRect();
        // The whole width of the card, and a bar's height (the bar once collapsed to its two borders).
        expect(track.width, `${lang}: the bar's width`).to.be.closeTo(content, 1);
        expect(track.height, `${lang}: the bar's height`).to.be.closeTo(20, 1);
        const inner = { left: track.left + 1, right: track.right - 1, width: track.width - 2 };
        const filled = fill(el).getBoundingClientRect();
        const marker = part(el, 'target-marker')!.getBoundingClientRect();
        // 120 of 200 done, target 90 %.
        expect(filled.width / inner.width, `${lang}: the share filled`).to.be.closeTo(0.6, 0.01);
        const start = lang === 'ar' ? inner.right : inner.left;
        const along = (x: number) => Math.abs(x - start) / inner.width;
        expect(along(lang === 'ar' ? filled.right : filled.left), `${lang}: filled from the start`).to.be.below(0.01);
        expect(along((marker.left + marker.right) / 2), `${lang}: the marker`).to.be.closeTo(0.9, 0.01);
        await expect(el).to.be.accessible();
      }
    });

    it('follows a dir set by the page rather than the language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><trygg-training-badge value="1" max="4" today=${TODAY}></trygg-training-badge></div>`
      );
      const el = wrapper.querySelector('trygg-training-badge')!;
      await el.updateComplete;
      expect(part(el, 'base')!.hasAttribute('dir')).to.equal(false);
      expect(fill(el).getBoundingClientRect().right).to.be.closeTo(bar(el).getBoundingClientRect().right - 1, 0.5);
    });

    it('re-renders on attribute changes: one line high, as wide as its own words (no room kept for others)', async () => {
      const el = await badge(84, 120, { target: 90, deadline: '2026-12-31' });
      const height = el.getBoundingClientRect().height;
      for (const [value, deadline] of [
        [0, '2026-12-31'],
        [5, '2026-12-31'],
        [108, '2026-12-31'],
        [120, '2026-12-31'],
        [9, '2026-01-01'],
      ] as const) {
        el.setAttribute('value', String(value));
        el.setAttribute('deadline', deadline);
        await el.updateComplete;
        expect(el.getBoundingClientRect().height, `value ${value}`).to.equal(height);
        const box = part(el, 'status')!;
        expect(box.children.length).to.equal(1);
        expect(box.getBoundingClientRect().width).to.be.closeTo(box.children[0].getBoundingClientRect().width, 1);
        expect(normal(bar(el).getAttribute('aria-valuenow'))).to.equal(String(value));
        expect(Number(part(el, 'base')!.style.getPropertyValue('--_pct'))).to.equal(Math.floor((value * 100) / 120));
      }
      expect(status(el)).to.equal('Försenad');
    });

    it('keeps the card’s size when the figures change', async () => {
      const el = await card(doc());
      const before = el.getBoundingClientRect().height;
      el.value = 190;
      await el.updateComplete;
      expect(status(el)).to.equal('Målet är nått');
      el.value = 0;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(before);
    });

    it('animates the fill, but not under prefers-reduced-motion', async () => {
      const el = await badge(84, 120);
      expect(parseFloat(getComputedStyle(fill(el)).transitionDuration)).to.be.greaterThan(0.1);
      await executeServerCommand('trygg-media', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
      try {
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
        expect(parseFloat(getComputedStyle(fill(el)).transitionDuration)).to.be.below(0.001);
      } finally {
        await executeServerCommand('trygg-media', {
          features: [{ name: 'prefers-reduced-motion', value: 'no-preference' }],
        });
      }
    });

    it('stays visible in forced-colours mode: bordered track, system-colour fill and marker', async () => {
      const el = await badge(84, 120, { target: 90 });
      const wrapper = await card(doc());
      await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'active' }] });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const target of [el, wrapper]) {
          const track = getComputedStyle(bar(target));
          const filled = getComputedStyle(fill(target));
          expect(track.borderTopStyle).to.equal('solid');
          expect(parseFloat(track.borderTopWidth)).to.be.at.least(1);
          expect(filled.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(filled.backgroundColor, 'fill differs from the track').to.not.equal(track.backgroundColor);
          expect(filled.forcedColorAdjust).to.equal('none');
          expect(getComputedStyle(part(target, 'target-marker')!).backgroundColor).to.not.equal(filled.backgroundColor);
          await expect(target).to.be.accessible();
        }
      } finally {
        await executeServerCommand('trygg-media', { features: [{ name: 'forced-colors', value: 'none' }] });
      }
    });
  });

  describe('older browsers', () => {
    const original = Object.getOwnPropertyDescriptor(ElementInternals.prototype, 'states')!;
    afterEach(() => {
      Object.defineProperty(ElementInternals.prototype, 'states', original);
    });
    const older: [string, PropertyDescriptor][] = [
      ['Safari before 17.4: no CustomStateSet', { configurable: true, get: () => undefined }],
      [
        'Chrome before 125: only --dashed state names',
        {
          configurable: true,
          get: () => ({
            add: (name: string) => {
              if (!name.startsWith('--')) throw new DOMException(`'${name}' must start with '--'`, 'SyntaxError');
            },
            delete: () => false,
          }),
        },
      ],
    ];
    for (const [name, states] of older) {
      it(`${name}: the badge and the card still render, nothing is thrown`, async () => {
        Object.defineProperty(ElementInternals.prototype, 'states', states);
        const thrown: unknown[] = [];
        const onError = (event: PromiseRejectionEvent) => thrown.push(event.reason);
        window.addEventListener('unhandledrejection', onError);
        try {
          const small = await badge(84, 120);
          const big = await card(doc());
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(thrown).to.deep.equal([]);
          expect(seen(small)).to.contain('84 av 120 (70 %)');
          expect(seen(big)).to.contain('120 av 200 (60 %)');
          expect(part(big, 'title')!.textContent.trim()).to.equal('Grundutbildning om våld i nära relationer');
        } finally {
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  });

  describe('editors’ attributes are untrusted', () => {
    const bad: [string, Record<string, unknown>, string, RegExp][] = [
      ['max 0', { value: 0, max: 0 }, 'max', /^max: 0/],
      ['max missing', { value: 84, max: null }, 'max', /^max: missing/],
      ['value missing', { value: null, max: 120 }, 'value', /^value: missing/],
      ['value not a number', { value: 'åttiofyra', max: 120 }, 'value', /^value: "åttiofyra" is not a number/],
      ['max not a number', { value: 84, max: '120 st' }, 'max', /^max: "120 st" is not a number/],
      ['negative value', { value: -5, max: 120 }, 'value', /^value: -5 is negative/],
      ['negative max', { value: 5, max: '-120' }, 'max', /^max: -120 is negative/],
      ['NaN as a property', { value: Number.NaN, max: 120 }, 'value', /^value: "NaN" is not a number/],
      ['Infinity', { value: 'Infinity', max: 120 }, 'value', /is not a number/],
      // Issue 16: 400 digits used to show "∞ av ∞ (NaN %)".
      ['400 digits', { value: '9'.repeat(400), max: '9'.repeat(400) }, 'value', /is not a number/],
      ['past 2^53 (not exact)', { value: 84, max: '9007199254740993' }, 'max', /is not a number/],
    ];
    for (const [name, props, field, problem] of bad) {
      it(`${name}: "Uppgift saknas", a notice and one trygg-data-error naming ${field}; never NaN`, async () => {
        const el = await badge(null, null);
        expect(log.events).to.have.length(0);
        Object.assign(el, props);
        await el.updateComplete;
        expect(seen(el)).to.match(/^Uppgift saknas/);
        expect(seen(el)).to.contain('En del uppgifter kunde inte visas.');
        expect(seen(el)).not.to.match(/NaN|undefined|Infinity|∞/);
        expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
        expect(status(el)).to.equal('');
        expect(log.events).to.have.length(1);
        expect(log.events[0].source).to.equal('attributes');
        expect(log.events[0].message).to.match(new RegExp(`^attributes: ${field}: `));
        expect(log.events[0].problems[0]).to.match(problem);
        expect(log.console.join()).to.contain(field);
        await expect(el).to.be.accessible();
        el.requestUpdate();
        await el.updateComplete;
        expect(log.events, 'not reported again on a re-render').to.have.length(1);
      });
    }

    it('value above max: shown as complete, with a notice', async () => {
      const el = await badge(130, 120);
      expect(seen(el)).to.match(/^120 av 120 \(100 %\) Klar En del uppgifter/);
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('120');
      expect(log.problems).to.deep.equal(['value: 130 is more than max (120); shown as 120']);
      await expect(el).to.be.accessible();
    });

    it('a target outside 0–100 or not a number is ignored, with a notice', async () => {
      for (const target of [120, -1, 'nittio']) {
        const el = await badge(84, 120, { target });
        expect(part(el, 'target-marker'), String(target)).to.equal(null);
        expect(seen(el)).to.equal('84 av 120 (70 %) Pågår En del uppgifter kunde inte visas.');
        expect(log.events.at(-1)!.message).to.match(/^attributes: target: /);
      }
      expect(log.events).to.have.length(3);
    });

    it('an invalid deadline is ignored (no overdue), an invalid today falls back to the real date', async () => {
      const el = await badge(10, 100, { deadline: '31/12/2026', target: 90 });
      expect(status(el)).to.equal('Pågår');
      expect(log.problems).to.deep.equal(['deadline: "31/12/2026" is not a date as YYYY-MM-DD; ignored']);
      el.deadline = '2026-02-30';
      await el.updateComplete;
      expect(log.problems.at(-1)).to.match(/^deadline: "2026-02-30"/);
      el.deadline = '2020-01-01';
      el.today = 'igår';
      await el.updateComplete;
      expect(log.problems.at(-1)).to.match(/^today: "igår"/);
      expect(status(el), 'the real today is after 2020').to.equal('Försenad');
    });

    it('without figures the track is dashed, with no target marker or legend: it does not look like "0 %"', async () => {
      // The empty solid track (with the 90 % marker on it) looked as "0 av 120 (0 %)" does: nobody trained.
      const legend = (el: TryggTrainingBadge) =>
        getComputedStyle(el.shadowRoot!.querySelector('.target')!, '::before').content;
      const none = await badge(null, null, { target: 90 });
      expect(seen(none)).to.match(/^Uppgift saknas/);
      expect(getComputedStyle(bar(none)).borderTopStyle, 'no figures: dashed').to.equal('dashed');
      expect(part(none, 'target-marker'), 'no marker on a bar without figures').to.equal(null);
      expect(legend(none), 'no marker, no legend line before "Mål: 90 %"').to.equal('none');
      expect(seen(none)).to.contain('Mål: 90 %');
      await expect(none).to.be.accessible();
      const zero = await badge(0, 120, { target: 90 });
      expect(seen(zero)).to.match(/^0 av 120 \(0 %\)/);
      expect(getComputedStyle(bar(zero)).borderTopStyle, '0 of 120: solid').to.equal('solid');
      expect(part(zero, 'target-marker'), '0 of 120: the marker').to.not.equal(null);
      expect(legend(zero)).to.not.equal('none');
      // A card whose target was refused: "Senast …" without the marker's legend.
      const deadline = await card({ ...doc(), target: 120, deadline: '2026-12-31' });
      expect(part(deadline, 'target-marker')).to.equal(null);
      expect(legend(deadline), 'a deadline alone: no legend line').to.equal('none');
      await expect(deadline).to.be.accessible();
    });

    it('in a sentence at 320 px it flows with the words: no line break before it, "Mål: 90 %" in one piece (sv, ar)', async () => {
      // An inline-block, the badge moved whole to a line of its own when it did not fit beside
      // "Hittills har", and wrapped inside itself: the sentence read as three blocks.
      await setViewport({ width: 320, height: 600 });
      try {
        const p = await fixture<HTMLParagraphElement>(
          html`<p style="margin: 0; inline-size: 304px">
            <span id="before">Hittills har</span>
            <trygg-training-badge label="Grundutbildning" value="84" max="120" target="90" today=${TODAY}></trygg-training-badge>
            <span id="after">av socialförvaltningens personal gått grundutbildningen.</span>
          </p>`
        );
        const el = p.querySelector('trygg-training-badge')!;
        await el.updateComplete;
        for (const lang of ['sv', 'ar']) {
          await setLang(lang, el);
          const before = p.querySelector('#before')!.getBoundingClientRect();
          const start = bar(el).getBoundingClientRect();
          expect(
            Math.abs(start.top + start.height / 2 - (before.top + before.height / 2)),
            `${lang}: the bar on the line of "Hittills har"`
          ).to.be.below(4);
          const target = el.shadowRoot!.querySelector('.target')!;
          expect(target.getClientRects().length, `${lang}: "Mål: 90 %" in one piece`).to.equal(1);
          // The line stays a text line: no taller than the page's line height plus a few pixels.
          const line = parseFloat(getComputedStyle(p).lineHeight) || 1.2 * parseFloat(getComputedStyle(p).fontSize);
          expect(p.getBoundingClientRect().height / line, `${lang}: lines`).to.be.below(5);
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
        await setLang('sv');
      }
    });

    it('an element with nothing set yet reports nothing and shows "Uppgift saknas"', async () => {
      const el = await fixture<TryggTrainingBadge>(
        html`<trygg-training-badge label="Grundutbildning"></trygg-training-badge>`
      );
      expect(seen(el)).to.equal('Uppgift saknas');
      expect(log.events).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('never shows NaN, undefined or Infinity, whatever the attributes (property-based)', async () => {
      const el = await badge(null, null);
      const anything = fc.oneof(
        fc.constant(null),
        fc.string(),
        fc.integer({ min: -1000, max: 100_000 }),
        fc.double(),
        fc.constantFrom(
          '',
          ' ',
          '0',
          '-0',
          '1e3',
          '0x10',
          'NaN',
          'Infinity',
          '1 200',
          '12,5',
          '12.5',
          '١٢',
          '2026-12-31'
        )
      );
      const date = fc.oneof(
        fc.constant(null),
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
      );
      await fc.assert(
        fc.asyncProperty(anything, anything, anything, date, async (value, max, target, deadline) => {
          Object.assign(el, { value, max, target, deadline });
          await el.updateComplete;
          const text = seen(el);
          expect(text).not.to.match(/NaN|undefined|Infinity|null/);
          const progress = bar(el);
          const now = progress.getAttribute('aria-valuenow');
          if (now !== null) {
            expect(Number(now)).to.be.within(0, Number(progress.getAttribute('aria-valuemax')));
            expect(text).to.match(/ av .*\(\d+ %\)/);
          }
          const pct = Number(part(el, 'base')!.style.getPropertyValue('--_pct'));
          expect(pct).to.be.within(0, 100);
        }),
        { numRuns: 150 }
      );
    });
  });

  describe('first frame', () => {
    it('uses no Intl object before its first frame is drawn, in Swedish and English: numbers, percentages and dates are written without one', async () => {
      const seenFirst: string[] = [];
      for (const lang of ['sv', 'en']) {
        await setLang(lang);
        for (const make of [
          () => {
            // As a page writes it: no `today`, so "overdue" is read from the Swedish clock.
            const el = document.createElement('trygg-training-badge');
            Object.assign(el, { label: 'Grundutbildning', value: 1234, max: 2000, target: 90, deadline: '2031-12-31' });
            return el;
          },
          () => {
            const el = document.createElement('trygg-training-badge');
            el.data = { ...doc(), deadline: '2032-06-30', updated: '2031-02-01' };
            return el;
          },
        ]) {
          const el = make();
          const { calls, stop } = watchIntl();
          try {
            document.body.append(el);
            seenFirst.push(await inNextFrame(() => `${calls.length} ${seen(el)}`));
          } finally {
            stop();
            el.remove();
          }
        }
      }
      expect(
        seenFirst.map((text) => text.split(' ')[0]),
        'Intl calls before each first frame'
      ).to.deep.equal(['0', '0', '0', '0']);
      // What those frames showed: grouped thousands, percentages, the deadline and the update in words.
      expect(seenFirst[0]).to.contain('1 234 av 2 000 (61 %)').and.contain('Mål: 90 %');
      expect(seenFirst[1]).to.contain('120 av 200 (60 %)').and.contain('30 juni 2032').and.contain('1 februari 2031');
      expect(seenFirst[2]).to.contain('1,234 of 2,000 (61%)').and.contain('Target: 90%');
      expect(seenFirst[3]).to.contain('June 30, 2032').and.contain('February 1, 2031');
    });
  });

  describe('card with a training document', () => {
    it('shows title, bar, numbers, target line, deadline, updated date and the units', async () => {
      const el = await card(doc());
      expect(getComputedStyle(el).display).to.equal('block');
      const title = part(el, 'title')!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(normal(title.textContent)).to.equal('Grundutbildning om våld i nära relationer');
      expect(bar(el).getAttribute('aria-label'), 'the bar has a name of its own').to.equal(
        'Grundutbildning om våld i nära relationer, genomfört'
      );
      expect(bar(el).getAttribute('aria-valuenow')).to.equal('120');
      expect(bar(el).getAttribute('aria-valuemax')).to.equal('200');
      const text = seen(el);
      expect(text).to.contain('120 av 200 (60 %) Pågår');
      expect(text).to.contain('Mål: 90 % senast 31 december 2026');
      expect(text).to.contain('Uppdaterad 1 november 2026');
      expect(text).to.contain('Per enhet (3)');
      expect(el.shadowRoot!.querySelector('time[datetime="2026-12-31"]')).to.exist;
      const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((r) =>
        [...r.children].map((c) => normal(c.textContent)).join(' | ')
      );
      expect(rows).to.deep.equal([
        'Socialförvaltningen | 84 av 120 (70 %) | Pågår',
        'Kultur- och utbildningsförvaltningen | 30 av 40 (75 %) | Pågår',
        'Alingsåshem | 6 av 40 (15 %) | Pågår',
      ]);
      expect([...el.shadowRoot!.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).to.deep.equal([
        'col',
        'col',
        'col',
        'row',
        'row',
        'row',
      ]);
      expect(log.events).to.deep.equal([]);
      await expect(el).to.be.accessible();

      await setLang('en', el);
      expect(seen(el)).to.contain('Target: 90% by December 31, 2026');
      expect(normal(part(el, 'title')!.textContent)).to.equal('Basic training on violence in close relationships');
      await expect(el).to.be.accessible();

      await setLang('ar', el);
      const title2 = part(el, 'title')!.querySelector('[lang]');
      expect(title2?.getAttribute('lang'), 'Swedish course name marked as Swedish in an Arabic page').to.equal('sv');
      expect(seen(el)).to.contain('حسب الوحدة');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('lets attributes override the document, and a heading level be set', async () => {
      const el = await card(doc());
      Object.assign(el, { label: 'Vår förvaltning', target: 50, deadline: '2026-06-30', headingLevel: 3 });
      await el.updateComplete;
      expect(normal(part(el, 'title')!.textContent)).to.equal('Vår förvaltning');
      expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
      expect(seen(el)).to.contain('Mål: 50 % senast 30 juni 2026');
      expect(status(el)).to.equal('Målet är nått');
      el.layout = 'badge';
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(part(el, 'units')).to.equal(null);
    });

    it('shows one unit with unit="…", and says so when the unit is not in the document', async () => {
      const el = await card(doc(), 'Alingsåshem');
      expect(seen(el)).to.contain('6 av 40 (15 %) Pågår');
      expect(part(el, 'units')).to.equal(null);
      el.unit = 'Alingsåshemmet';
      await el.updateComplete;
      expect(seen(el)).to.contain('Uppgift saknas');
      expect(log.events[0].message).to.equal('attributes: unit: "Alingsåshemmet" is not one of the document\'s units');
      await expect(el).to.be.accessible();
    });

    it('an empty unit list: "Uppgift saknas", a notice and an error naming units', async () => {
      const el = await card({ ...doc(), units: [] });
      expect(seen(el)).to.contain('Uppgift saknas');
      expect(seen(el)).to.contain('En del uppgifter kunde inte visas');
      expect(part(el, 'units')).to.equal(null);
      expect(log.events).to.have.length(1);
      expect(log.events[0].message).to.equal('data: units: the list is empty, so there are no figures to show');
      await expect(el).to.be.accessible();
    });

    it('200 units: the sum, and the list folded away behind "Per enhet (200)"', async () => {
      const units = Array.from({ length: 200 }, (_, i) => ({
        name: `Enhet ${i + 1} med ett ganska långt namn`,
        completed: i % 11,
        total: 10 + (i % 11),
      }));
      const el = await card({ ...doc(), units });
      const completed = units.reduce((sum, u) => sum + u.completed, 0);
      const total = units.reduce((sum, u) => sum + u.total, 0);
      expect(bar(el).getAttribute('aria-valuenow')).to.equal(String(completed));
      expect(bar(el).getAttribute('aria-valuemax')).to.equal(String(total));
      const details = part(el, 'units') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(normal(details.querySelector('summary')!.textContent)).to.equal('Per enhet (200)');
      expect(seen(el)).not.to.contain('Enhet 1 ');
      expect(details.querySelectorAll('tbody tr')).to.have.length(200);
      await expect(el).to.be.accessible();
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(seen(el)).to.contain('Enhet 200 med ett ganska långt namn');
      await expect(el).to.be.accessible();
    });

    /** Units with long one-word names and the longest status words, as on the demo's school page. */
    const wideUnits = (): TrainingDocument => ({
      ...doc(),
      units: [
        { name: 'Förvaltningskontoret', completed: 21, total: 23 },
        { name: 'Elevhälsan', completed: 0, total: 14 },
        { name: 'Kultur- och utbildningsförvaltningen Norra distriktet', completed: 1200, total: 1500 },
        { name: 'Lindgårdens förskola', completed: 18, total: 18 },
      ],
    });
    /** Nothing sticks out to the right (or, in Arabic, to the left) of a 320 px page. */
    function fitsIn320(el: Element): void {
      expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(320);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, node.textContent).to.be.at.most(320.5);
        expect(box.left, node.textContent).to.be.at.least(-0.5);
      }
    }

    it('reflows at 320 px with the units open, in every language: the table stacks its rows (no horizontal scroll)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="padding: 1rem"></div>`);
        const el = document.createElement('trygg-training-badge');
        el.today = TODAY;
        el.data = wideUnits();
        wrapper.append(el);
        await el.updateComplete;
        for (const lang of ['sv', 'en', 'ar']) {
          await setLang(lang, el);
          fitsIn320(el);
          await expect(el, lang).to.be.accessible();
        }
        // Still a table for assistive technology: a row per unit, its name as the row header.
        const rows = [...el.shadowRoot!.querySelectorAll('tbody [role="row"]')];
        expect(rows).to.have.length(4);
        expect(rows.map((row) => row.querySelector('[role="rowheader"]')?.textContent.trim())).to.deep.equal(
          wideUnits().units.map((u) => u.name)
        );
        expect(el.shadowRoot!.querySelectorAll('thead [role="columnheader"]')).to.have.length(3);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps the table’s columns when there is room', async () => {
      const el = await card(wideUnits());
      const [name, count, word] = [...el.shadowRoot!.querySelector('tbody tr')!.children].map((cell) =>
        cell.getBoundingClientRect()
      );
      expect(count.left, 'the count beside the name').to.be.above(name.right - 1);
      expect(word.left, 'the status beside the count').to.be.above(count.right - 1);
      expect(count.top).to.be.closeTo(name.top, 1);
    });

    it('fits 320 px with WCAG text spacing (letter 0.12em, word 0.16em, line 1.5)', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div
          style="padding: 1rem; letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5"
        ></div>`);
        const el = document.createElement('trygg-training-badge');
        el.today = TODAY;
        el.data = wideUnits();
        const inline = Object.assign(document.createElement('trygg-training-badge'), {
          label: 'Elevhälsan',
          value: 1500,
          max: 1500,
          target: 90,
          today: TODAY,
        });
        wrapper.append(el, inline);
        await el.updateComplete;
        await inline.updateComplete;
        fitsIn320(el);
        fitsIn320(inline);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps every valid unit when some are wrong, and names the bad ones', async () => {
      const el = await card({
        ...doc(),
        target: 150,
        deadline: '2026-13-01',
        units: [
          { name: 'Socialförvaltningen', completed: 84, total: 120 },
          { name: 'Fel', completed: 50, total: 40 },
          { name: 'Också fel', completed: '12', total: 40 },
          { name: 'Socialförvaltningen', completed: 1, total: 1 },
          { name: 'Alingsåshem', completed: 6, total: 40 },
        ],
      });
      expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(2);
      expect(seen(el)).to.contain('90 av 160 (56 %)');
      expect(part(el, 'target-marker')).to.equal(null);
      expect(seen(el)).to.contain('En del uppgifter kunde inte visas');
      expect(log.events).to.have.length(1);
      const problems = log.events[0].problems.join('\n');
      expect(problems, 'indices as the editor wrote them').not.to.match(/units\[[03]\]/);
      for (const field of [
        'target: ',
        'deadline: ',
        'units[1]: completed is more than total',
        'units[2].completed: ',
        'units: "Socialförvaltningen" is listed twice',
      ])
        expect(problems).to.contain(field);
      await expect(el).to.be.accessible();
    });

    it('a document that is not a training document: an error notice, nothing else breaks', async () => {
      const el = await card({ kurs: 'fel' });
      expect(seen(el)).to.contain('Uppgifterna kunde inte läsas in.');
      expect(log.events[0].message).to.match(/^data: units: /);
      await expect(el).to.be.accessible();
    });

    it('reads inline JSON', async () => {
      const el = await fixture<TryggTrainingBadge>(html`<trygg-training-badge today=${TODAY}>
        <script type="application/json">
          { "course": "Grundkurs", "units": [{ "name": "A", "completed": 1, "total": 4 }] }
        </script>
      </trygg-training-badge>`);
      expect(seen(el)).to.contain('Grundkurs');
      expect(seen(el)).to.contain('1 av 4 (25 %)');
    });

    it('fetches src, showing a loading state of the same shape first', async () => {
      const realFetch = window.fetch.bind(window);
      let release: () => void = () => undefined;
      window.fetch = (input, init) =>
        new Promise((resolve) => {
          release = () => {
            resolve(realFetch(input, init));
          };
        });
      try {
        const el = await fixture<TryggTrainingBadge>(
          html`<trygg-training-badge src="/test/training-badge/fixtures/training.json" today=${TODAY}></trygg-training-badge>`
        );
        expect(seen(el)).to.equal('Utbildning Hämtar uppgifter …');
        expect(bar(el).getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
        // While it loads, the card keeps one screen height (README "No layout shift"): what follows
        // it stays where it will be, below the screen, until the figures are in.
        expect(el.getBoundingClientRect().height).to.be.closeTo(window.innerHeight, 1);
        // Nothing in the card moves when the figures arrive ("120 av 200 (60 %)" is narrower than
        // the loading text: a status already on the line would move left).
        let shift = 0;
        const shifts = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shift += (entry as PerformanceEntry & { value: number }).value;
        });
        shifts.observe({ type: 'layout-shift' });
        expect(part(el, 'status') === null, 'no status while loading').to.equal(true);
        release();
        await waitUntil(() => seen(el).includes('120 av 200'), 'document loaded');
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        shifts.disconnect();
        expect(shift, 'layout shift when the figures arrive').to.equal(0);
        expect(status(el)).to.equal('Pågår');
        expect(bar(el).hasAttribute('aria-busy')).to.equal(false);
        expect(
          el.shadowRoot!.querySelector('.bar')!.getBoundingClientRect().top - el.getBoundingClientRect().top
        ).to.be.above(0);
        expect(el.getBoundingClientRect().height).to.be.above(100);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('a src that fails: an error notice and one trygg-data-error naming src', async () => {
      const el = await fixture<TryggTrainingBadge>(
        html`<trygg-training-badge src="/test/fixtures/saknas.json"></trygg-training-badge>`
      );
      await waitUntil(() => log.events.length > 0, 'error reported');
      await el.updateComplete;
      expect(seen(el)).to.contain('Uppgifterna kunde inte läsas in.');
      expect(seen(el)).to.contain('Uppgift saknas');
      expect(log.events[0].message).to.contain('/test/fixtures/saknas.json');
      await expect(el).to.be.accessible();
    });
  });

  describe('Content-Security-Policy', () => {
    it('draws the bar under a strict CSP with Trusted Types (no style attribute needed)', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'CSP';
      frame.src = '/test/training-badge/fixtures/training-badge-csp.html';
      document.body.append(frame);
      try {
        const result = () =>
          (
            frame.contentWindow as unknown as {
              result?: { ratio: number; violations: string[]; control: string[] };
            } | null
          )?.result;
        await waitUntil(result, 'CSP page rendered', { timeout: 8000 });
        const { ratio, violations, control } = result()!;
        expect(violations, 'no CSP violation by the badge').to.deep.equal([]);
        expect(control, 'negative control: a style= binding is blocked on this page').to.deep.equal(['style-src-attr']);
        expect(ratio).to.be.closeTo(0.7, 0.01);
      } finally {
        frame.remove();
      }
    });
  });
});
