/**
 * The "lazy property" pattern: a script (or a framework) may set properties on an element before
 * its definition has loaded (the CDN file comes later, or is deferred). Those values must still take
 * effect once the element upgrades: they are not lost in an own property that shadows the accessor.
 */
import { expect } from '@open-wc/testing';
import { shadowText } from '../support/helpers.js';

const TAGS = ['trygg-quick-exit', 'trygg-support-card', 'trygg-training-badge', 'trygg-plan-timeline'];

describe('properties set before the definition loads', () => {
  it('take effect on upgrade, for every component', async () => {
    expect(
      TAGS.filter((tag) => customElements.get(tag)),
      'nothing defined yet'
    ).to.deep.equal([]);
    const holder = document.createElement('div');
    document.body.append(holder);
    // Plain HTMLElements for now: each assignment creates an own property.
    const exit = Object.assign(document.createElement('trygg-quick-exit'), {
      href: 'https://lazy.example/',
      label: 'Gå härifrån',
    });
    const card = Object.assign(document.createElement('trygg-support-card'), {
      data: {
        contacts: [
          {
            id: 'lazy',
            name: 'Lokal kontakt',
            audience: ['child'],
            channels: [{ type: 'phone', value: '031-390 06 42' }],
          },
        ],
      },
      audience: 'child',
      now: new Date('2026-11-30T10:00:00+01:00'),
    });
    const badge = Object.assign(document.createElement('trygg-training-badge'), {
      label: 'Grundutbildning',
      value: 84,
      max: 120,
      target: 90,
      today: '2026-11-26',
    });
    const plan = Object.assign(document.createElement('trygg-plan-timeline'), {
      data: {
        measures: [
          { id: 'lazy-ongoing', kind: 'measure', title: 'Utbildning', start: '2025-01', status: 'ongoing' },
          { id: 'lazy-done', kind: 'decision', title: 'Beslut', date: '2024-05-02', status: 'done' },
        ],
      },
      status: 'ongoing',
      view: 'list',
      today: '2026-11-26',
    });
    holder.append(exit, card, badge, plan);
    try {
      await import('../../src/index.js');
      const elements = [exit, card, badge, plan] as unknown as { updateComplete: Promise<boolean> }[];
      await Promise.all(elements.map((el) => el.updateComplete));

      expect(exit.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Gå härifrån');
      expect(exit.getAttribute('href'), 'reflected after upgrade').to.equal('https://lazy.example/');

      const ids = [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part="contact"]')].map(
        (c) => c.dataset.contactId
      );
      expect(ids.slice(0, 2)).to.deep.equal(['se-112', 'lazy']);
      expect(ids, 'the audience filter applies').not.to.include('se-kvinnofridslinjen');

      const bar = badge.shadowRoot!.querySelector('[role="progressbar"]')!;
      expect(bar.getAttribute('aria-valuenow')).to.equal('84');
      expect(bar.getAttribute('aria-label')).to.equal('Grundutbildning');
      expect(shadowText(badge)).to.contain('84 av 120 (70 %)');

      const shown = [...plan.shadowRoot!.querySelectorAll<HTMLElement>('[part~="measure"]')]
        .filter((m) => !m.closest('[hidden]'))
        .map((m) => m.dataset.measureId);
      expect(shown, 'the data and the status filter apply').to.deep.equal(['lazy-ongoing']);
    } finally {
      holder.remove();
    }
  });
});
