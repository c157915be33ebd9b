/**
 * Colours follow the host page: on a dark page that sets only `background` and `color` (no
 * `--trygg-*` token), every text of every component reaches WCAG contrast against what is really
 * behind it; the same on a light page. The contrast is measured on the computed colours (alpha
 * composited over the backgrounds of every ancestor, across shadow roots, down to the page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/support-card/index.js';
import '../../src/components/training-badge/index.js';
import '../../src/components/plan-timeline/index.js';
import '../../src/components/quick-exit/index.js';
import type { TryggSupportCard } from '../../src/components/support-card/index.js';
import type { TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { setLang, type Updating } from '../support/helpers.js';

type RGBA = [number, number, number, number];

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
/** Any CSS colour (oklch, color-mix results…) as sRGB bytes and alpha, through a canvas. */
function rgba(color: string): RGBA {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}
const over = (top: RGBA, below: RGBA): RGBA => {
  const a = top[3] + below[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
};
function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat tree (slots aside): the shadow host when leaving a shadow root. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}
/** What is behind `el`: its own and every ancestor's background, composited, over the canvas colour. */
function backdrop(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) layers.push(rgba(getComputedStyle(e).backgroundColor));
  return layers.reduceRight<RGBA>((below, top) => over(top, below), [255, 255, 255, 1]);
}

interface Finding {
  text: string;
  ratio: number;
  color: string;
}
/** Every visible text node under the element's shadow root (and nested ones) with its contrast. */
function texts(host: Element): Finding[] {
  const found: Finding[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        continue;
      }
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!el || !text) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || style.visibility !== 'visible' || el.closest('[hidden]')) continue;
      if (el.closest('.visually-hidden') || !el.checkVisibility({ contentVisibilityAuto: true })) continue;
      const bg = backdrop(el);
      const fg = over(rgba(style.color), bg);
      const ratio = contrast(fg, bg);
      // Large text (24 px, or 18.66 px bold) needs 3:1; the rest 4.5:1.
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5))
        found.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, color: style.color });
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

const contacts = {
  contacts: [
    {
      id: 'kvinnojour',
      name: 'Kvinnojouren (exempel)',
      description: 'Stöd till dig som är utsatt.',
      channels: [
        { type: 'phone', value: '0322-100 00' },
        { type: 'chat', value: 'https://example.org/chatt' },
      ],
      hours: [{ dayOfWeek: ['Monday'], opens: '09:00', closes: '16:00' }],
      free: true,
      source: { url: 'https://example.org/', checked: '2026-11-01' },
    },
  ],
};
const training = {
  course: 'Grundutbildning',
  target: 90,
  deadline: '2026-12-31',
  units: [
    { name: 'Socialförvaltningen', completed: 84, total: 120 },
    { name: 'Kommunledningskontoret', completed: 40, total: 40 },
  ],
};

const PAGES = {
  dark: { background: '#121212', color: '#ececec' },
  'dark grey': { background: '#2b2b2b', color: '#f5f5f5' },
  light: { background: '#ffffff', color: '#1b1b1b' },
} as const;

/** One element per visible look, on the given page; resolves when it has rendered its data. */
const cases: Record<string, () => Promise<Updating>> = {
  'support card': async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card now="2026-11-30T10:00:00+01:00"></trygg-support-card>`
    );
    el.data = contacts;
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    return el;
  },
  'support card, compact': async () => {
    const el = await fixture<TryggSupportCard>(
      html`<trygg-support-card layout="compact" now="2026-11-30T22:00:00+01:00"></trygg-support-card>`
    );
    el.data = contacts;
    await el.updateComplete;
    return el;
  },
  'support card, partly wrong data': async () => {
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card hide-national></trygg-support-card>`);
    el.data = { contacts: [{ id: 'x', name: 'Utan kanaler' }] };
    await el.updateComplete;
    return el;
  },
  'training badge': async () =>
    fixture<TryggTrainingBadge>(
      html`<trygg-training-badge label="Grundutbildning" value="84" max="120" target="90" deadline="2026-12-31" today="2026-11-26"></trygg-training-badge>`
    ),
  'training badge, overdue': async () =>
    fixture<TryggTrainingBadge>(
      html`<trygg-training-badge label="Grundutbildning" value="84" max="120" target="90" deadline="2026-12-31" today="2027-01-10"></trygg-training-badge>`
    ),
  'training card': async () => {
    const el = await fixture<TryggTrainingBadge>(
      html`<trygg-training-badge layout="card" today="2026-11-26"></trygg-training-badge>`
    );
    el.data = training;
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    return el;
  },
  'plan timeline (list)': async () => {
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
    el.data = await (await fetch('/demo/data/alingsas-plan.json')).json();
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    return el;
  },
  'plan timeline (overview)': async () => {
    const el = await fixture<TryggPlanTimeline>(
      html`<div style="inline-size: 70rem"><trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline></div>`
    );
    const timeline = el.querySelector<TryggPlanTimeline>('trygg-plan-timeline')!;
    timeline.data = await (await fetch('/demo/data/alingsas-plan.json')).json();
    await timeline.updateComplete;
    return timeline;
  },
  'quick exit, help open': async () => {
    const el = await fixture<Updating & HTMLElement>(html`<trygg-quick-exit></trygg-quick-exit>`);
    await el.updateComplete;
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    return el;
  },
};

describe('theme: colours follow the host page', () => {
  const saved = { background: document.body.style.background, color: document.body.style.color };
  afterEach(async () => {
    document.body.style.background = saved.background;
    document.body.style.color = saved.color;
    await setLang('sv');
  });

  for (const [pageName, page] of Object.entries(PAGES)) {
    describe(`on a ${pageName} page with no --trygg-* token`, () => {
      for (const [name, make] of Object.entries(cases)) {
        it(`${name}: every text has WCAG contrast (sv, ar)`, async () => {
          document.body.style.background = page.background;
          document.body.style.color = page.color;
          const el = await make();
          for (const lang of ['sv', 'ar']) {
            await setLang(lang, el);
            expect(texts(el), `${lang}: texts below the WCAG contrast`).to.deep.equal([]);
          }
          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('the measurement catches near-invisible text (a negative control)', async () => {
    document.body.style.background = '#121212';
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card hide-national></trygg-support-card>`);
    el.style.setProperty('--trygg-color-text', '#1b1b1b');
    await el.updateComplete;
    const found = texts(el);
    expect(
      found.map((f) => f.ratio).some((r) => r < 1.5),
      JSON.stringify(found)
    ).to.equal(true);
  });

  it('a site theme (tokens) still wins over the derived colours', async () => {
    const el = await fixture<TryggSupportCard>(html`<trygg-support-card hide-national></trygg-support-card>`);
    el.style.setProperty('--trygg-color-danger', 'rgb(1, 2, 3)');
    await el.updateComplete;
    const name = el.shadowRoot!.querySelector('.emergency .name')!;
    expect(getComputedStyle(name).color).to.equal('rgb(1, 2, 3)');
  });
});
