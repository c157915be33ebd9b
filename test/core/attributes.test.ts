/**
 * Editors and frameworks add, change and remove attributes at any time. Removing one gives the
 * property `null` (Lit's converter); no component may throw or go blank on it. And every attribute
 * is untrusted text: markup and script URLs in any of them stay text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/quick-exit/index.js';
import '../../src/components/support-card/index.js';
import '../../src/components/training-badge/index.js';
import '../../src/components/plan-timeline/index.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { shadowText } from '../support/helpers.js';

const all: Record<string, Record<string, string>> = {
  'trygg-quick-exit': { href: 'https://neutral.example/', shortcut: 'none', label: 'Lämna', 'help-href': '/hjalp' },
  'trygg-support-card': {
    audience: 'victim child',
    'hide-national': '',
    layout: 'compact',
    'heading-level': '4',
    now: '2026-11-30T10:00:00+01:00',
    src: '/demo/data/contacts.example.json',
  },
  'trygg-training-badge': {
    label: 'Grundutbildning',
    value: '84',
    max: '120',
    target: '90',
    deadline: '2026-12-31',
    unit: 'Socialförvaltningen',
    layout: 'card',
    'heading-level': '3',
    today: '2026-11-26',
    src: '/test/training-badge/fixtures/training.json',
    credential: '{}',
  },
  'trygg-plan-timeline': {
    src: '/demo/data/alingsas-plan.json',
    status: 'ongoing done',
    responsible: 'Kommunstyrelsen',
    level: 'organisation',
    prevention: 'universal',
    view: 'list',
    today: '2026-11-26',
    'heading-level': '3',
  },
};

describe('removing attributes', () => {
  const thrown: string[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
    thrown.push(String('reason' in event ? event.reason : event.message));
  };
  const error = console.error;
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    console.error = () => undefined;
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    console.error = error;
  });

  for (const [tag, attributes] of Object.entries(all)) {
    for (const name of Object.keys(attributes)) {
      it(`<${tag}>: removing ${name} never throws and the element still renders`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
        wrapper.append(el);
        await el.updateComplete;
        el.removeAttribute(name);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(thrown).to.deep.equal([]);
        expect(shadowText(el)).to.not.equal('');
        if (tag === 'trygg-support-card') expect(shadowText(el)).to.contain('112');
      });
    }
  }
});

describe('markup and script in attributes', () => {
  const payloads = [
    '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>',
    'javascript:window.__xss=1',
    '"><svg onload="window.__xss=1">',
  ];
  const error = console.error;
  const warn = console.warn;
  beforeEach(() => {
    console.error = () => undefined;
    console.warn = () => undefined;
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });

  for (const [tag, attributes] of Object.entries(all)) {
    it(`<${tag}>: every attribute set to markup or a script URL renders as text, with only safe links`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const payload of payloads) {
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        for (const name of Object.keys(attributes)) el.setAttribute(name, payload);
        wrapper.append(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelector('img, script, svg, iframe, object, embed'), payload).to.equal(null);
        for (const node of root.querySelectorAll('*')) {
          for (const attribute of node.getAttributeNames())
            expect(attribute, `${node.localName}: ${payload}`).not.to.match(/^on/);
        }
        for (const link of root.querySelectorAll('a[href]')) {
          expect(safeUrl(link.getAttribute('href')), link.getAttribute('href') ?? '').to.not.equal(undefined);
        }
        expect((window as Window & { __xss?: number }).__xss).to.equal(undefined);
        el.remove();
      }
    });
  }
});
