/**
 * Findings of the second accessibility review (issue 14) in the training badge: a badge inside a
 * sentence takes only the room of its own words and adds no block (a paragraph would split the
 * sentence for screen readers); the card's bar has a name of its own and its numbers are read once;
 * the units table has a caption.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/components/training-badge/index.js';
import type { TrainingDocument, TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import { setLang } from '../support/helpers.js';
import { bar, normal, part } from './helpers.js';

const TODAY = '2026-11-26';
type AxNode = { role: string; name: string };
const tree = () => executeServerCommand<AxNode[], undefined>('trygg-ax-tree');

const doc: TrainingDocument = {
  course: { sv: 'Grundutbildning om våld i nära relationer', en: 'Basic training on violence in close relationships' },
  target: 90,
  deadline: '2026-12-31',
  units: [
    { name: 'Socialförvaltningen', completed: 84, total: 120 },
    { name: 'Alingsåshem', completed: 6, total: 40 },
  ],
};

const WORDS = { sv: ['Klar', 'Pågår'], en: ['Complete', 'In progress'], ar: [] as string[] };

describe('<trygg-training-badge> review findings', () => {
  afterEach(async () => {
    await setLang('sv');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['sv', 'en', 'ar'] as const) {
    it(`a badge in a sentence: no block inside it, and no room kept for longer status words (${lang})`, async () => {
      await setLang(lang);
      const p = await fixture<HTMLParagraphElement>(html`<p>
        Hittills har <trygg-training-badge label="Personal" value="18" max="18" target="90" today=${TODAY}></trygg-training-badge>
        gått utbildningen.
      </p>`);
      const el = p.querySelector('trygg-training-badge')!;
      await el.updateComplete;
      // Phrasing content only: no paragraph, div or list splits the sentence.
      const tags = new Set([...el.shadowRoot!.querySelectorAll('*')].map((e) => e.localName));
      for (const block of ['p', 'div', 'dl', 'ul', 'ol', 'table', 'details'])
        expect(tags.has(block), `<${block}> inside the badge`).to.equal(false);
      // The sentence is one paragraph for a screen reader.
      const nodes = await tree();
      expect(nodes.filter((n) => n.role === 'paragraph').length, 'paragraphs').to.equal(1);
      // The status takes the width of its one word (it is "Klar": the shortest but one).
      const box = part(el, 'status')!;
      const words = [...box.children];
      expect(words.length, 'only the current word').to.equal(1);
      if (WORDS[lang].length) expect(normal(box.textContent)).to.equal(WORDS[lang][0]);
      const range = document.createRange();
      range.selectNodeContents(words[0]);
      const word = words[0].getBoundingClientRect();
      expect(box.getBoundingClientRect().width, 'status box').to.be.closeTo(word.width, 1);
      expect(word.width, 'the word in its pill').to.be.closeTo(range.getBoundingClientRect().width, 24);
      // The numbers likewise: no room for a wider value.
      const numbers = el.shadowRoot!.querySelector('.numbers')!;
      expect(numbers.children.length).to.equal(1);
      await expect(p).to.be.accessible();
    });

    it(`the card's heading and bar have different names, and the numbers are read once (${lang})`, async () => {
      await setLang(lang);
      const el = await fixture<TryggTrainingBadge>(html`<trygg-training-badge today=${TODAY}></trygg-training-badge>`);
      el.data = doc;
      await el.updateComplete;
      const nodes = await tree();
      const heading = nodes.find((n) => n.role === 'heading')!;
      const progress = nodes.find((n) => n.role === 'progressbar')!;
      expect(heading.name).to.equal(normal(part(el, 'title')!.textContent));
      expect(progress.name, 'the bar has a name').to.not.equal('');
      expect(progress.name, 'not the heading').to.not.equal(heading.name);
      expect(progress.name, 'it holds the label').to.contain(heading.name);
      const value = normal(bar(el).getAttribute('aria-valuetext'));
      expect(value).to.match(/\d|[٠-٩]/);
      // Read as the bar's value only: no text node of the tree says the same again.
      const again = nodes.filter((n) => n.role !== 'progressbar' && normal(n.name).includes(value));
      expect(again.map((n) => `${n.role}: ${n.name}`)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`the units table has a caption (${lang})`, async () => {
      await setLang(lang);
      const el = await fixture<TryggTrainingBadge>(html`<trygg-training-badge today=${TODAY}></trygg-training-badge>`);
      el.data = doc;
      await el.updateComplete;
      const caption = el.shadowRoot!.querySelector('table > caption')!;
      expect(caption, 'caption').to.exist;
      const text = normal(caption.textContent);
      expect(text).to.contain(lang === 'en' ? 'Basic training' : 'Grundutbildning');
      for (const width of [800, 320]) {
        await setViewport({ width, height: 800 });
        const table = (await tree()).find((n) => n.role === 'table');
        expect(table?.name, `the table's name at ${width} px`).to.equal(text);
      }
      await expect(el).to.be.accessible();
    });
  }
});
