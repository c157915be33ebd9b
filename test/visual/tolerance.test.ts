/**
 * The visual tolerance (test/visual/compare.mjs) catches a misplaced line and lets identical
 * renderings pass: a story rendered twice compares equal, and the same story with one line of text
 * moved by 2 px, or one item's border moved by 2 px, fails the same comparison the baselines use.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { STORIES } from '../support/stories.js';
import { resetPage, showStory, type State } from './visual-matrix.js';

interface Comparison {
  diffPixels: number;
  passed: boolean;
  error: string;
}
const STATE: State = { name: 'sv-1280', lang: 'sv', width: 1280, host: 'light' };
const story = STORIES.find((s) => s.id === 'support-card--default')!;

async function shot(key: string, change?: (root: ShadowRoot) => void): Promise<void> {
  const { main, cleanup } = await showStory(story, STATE);
  try {
    main.id = 'tolerance-shot';
    const card = main.querySelector('trygg-support-card')!;
    if (change) {
      change(card.shadowRoot!);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
    await executeServerCommand('trygg-shot', { selector: '#tolerance-shot', key });
  } finally {
    cleanup();
    main.remove();
  }
}
const compare = (a: string, b: string) => executeServerCommand<Comparison, object>('trygg-shot-compare', { a, b });

/** Moves `el` by `px` down without changing the layout around it. */
function nudge(el: Element | null, px: number): void {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to move');
  el.style.translate = `0 ${px}px`;
}

describe('visual tolerance', function () {
  this.timeout(60000);
  after(resetPage);

  it('passes the same story rendered twice', async () => {
    await shot('first');
    await shot('again');
    const result = await compare('first', 'again');
    expect(result.passed, JSON.stringify(result)).to.equal(true);
    expect(result.diffPixels).to.equal(0);
  });

  it('fails when one line of text moves by 2 px', async () => {
    await shot('text-moved', (root) => {
      nudge(root.querySelector('[part~="status"]'), 2);
    });
    const result = await compare('first', 'text-moved');
    expect(result.passed, JSON.stringify(result)).to.equal(false);
  });

  it('fails when one line (a border) moves by 2 px', async () => {
    await shot('border-moved', (root) => {
      const item = root.querySelector('li');
      if (!(item instanceof HTMLElement)) throw new Error('no list item');
      item.style.outline = '1px solid currentColor';
      item.style.outlineOffset = '0';
    });
    await shot('border-moved-2px', (root) => {
      const item = root.querySelector('li');
      if (!(item instanceof HTMLElement)) throw new Error('no list item');
      item.style.outline = '1px solid currentColor';
      item.style.outlineOffset = '2px';
    });
    const result = await compare('border-moved', 'border-moved-2px');
    expect(result.passed, JSON.stringify(result)).to.equal(false);
  });
});
