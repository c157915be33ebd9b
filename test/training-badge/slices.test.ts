/**
 * A long units table is rendered in slices, one per frame (core/tasks.ts, SliceController), so a
 * person's key press is not kept waiting while 5 000 rows are built; `updateComplete` waits for all.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/training-badge/index.js';
import type { TrainingDocument, TryggTrainingBadge } from '../../src/components/training-badge/index.js';

const units = (n: number): TrainingDocument['units'] =>
  Array.from({ length: n }, (_, i) => ({ name: `Enhet ${i + 1}`, completed: i % 10, total: 10 }));

const rows = (el: TryggTrainingBadge) => el.shadowRoot!.querySelectorAll('[part="units"] tbody tr').length;

describe('<trygg-training-badge> with a long units table', function () {
  this.timeout(60_000);

  it('adds the rows in slices, frame by frame, until every unit is in the table', async () => {
    const el = await fixture<TryggTrainingBadge>(
      html`<trygg-training-badge layout="card" today="2026-11-26"></trygg-training-badge>`
    );
    const seen: number[] = [];
    let watching = true;
    const watch = () => {
      seen.push(rows(el));
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    el.data = { course: 'Grundutbildning', target: 90, units: units(3000) };
    await el.updateComplete;
    watching = false;
    expect(rows(el)).to.equal(3000);
    const partial = [...new Set(seen.filter((n) => n > 0 && n < 3000))];
    expect(partial.length, `row counts seen in frames: ${[...new Set(seen)].join(', ')}`).to.be.greaterThan(1);
    expect(partial[0]).to.equal(50);
    expect(el.shadowRoot!.querySelector('[part="units"] summary')?.textContent).to.contain('3');
    await expect(el).to.be.accessible();
  });

  it('starts over with the first slice for a new document, and shows a short one at once', async () => {
    const el = await fixture<TryggTrainingBadge>(
      html`<trygg-training-badge layout="card" today="2026-11-26"></trygg-training-badge>`
    );
    el.data = { course: 'Grundutbildning', target: 90, units: units(2000) };
    await el.updateComplete;
    expect(rows(el)).to.equal(2000);
    el.data = { course: 'Grundutbildning', target: 90, units: units(3) };
    await el.updateComplete;
    expect(rows(el)).to.equal(3);
    expect(el.shadowRoot!.querySelector('[part="units"]')?.hasAttribute('open')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
