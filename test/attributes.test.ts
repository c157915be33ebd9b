/**
 * Editors and frameworks add, change and remove attributes at any time. Removing one gives the
 * property `null` (Lit's converter); no component may throw or go blank on it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/quick-exit.js';
import '../src/support-card.js';
import '../src/training-badge.js';
import { shadowText } from './support/helpers.js';

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
    src: '/test/fixtures/training.json',
    credential: '{}',
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
