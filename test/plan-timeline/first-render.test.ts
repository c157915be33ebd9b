// A long plan's first render does not make the owner filter's Intl.Collator: a page's first one loads
// ICU's collation data (10-20 ms here), so the loader makes it in a task of its own before the task
// that shows the plan (bench/tasks.mjs, "plan: 1 000 measures": that task went over 50 ms with it).
// A file of its own: the kit shares one Collator per language on a page, so no other test may have
// made the Swedish one first.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/plan-timeline/index.js';
import type { PlanDocument, TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { onYield, setLang } from '../support/helpers.js';

const owners = ['Zonens nämnd', 'Östra nämnden', 'Arbetsmarknadsnämnden', 'Ägarnämnden', 'Åsa kommunstyrelse'];

function plan(n: number): PlanDocument {
  return {
    title: 'Lång plan',
    measures: Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      title: `Åtgärd nummer ${i}`,
      start: `${2022 + (i % 5)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      status: 'planned',
      responsible: [owners[i % owners.length]],
    })),
  };
}

describe('<trygg-plan-timeline> first render of a long plan', () => {
  it("makes the owner filter's order (a Collator) in a task before the one that shows the plan, in the page's alphabet", async () => {
    await setLang('sv');
    const log: string[] = [];
    const RealCollator = Intl.Collator;
    Intl.Collator = new Proxy(RealCollator, {
      construct(target, args: ConstructorParameters<typeof Intl.Collator>) {
        log.push('collator');
        return Reflect.construct<ConstructorParameters<typeof Intl.Collator>, Intl.Collator>(target, args);
      },
    });
    const stopYields = onYield(() => log.push('yield'));
    try {
      const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
      const observer = new MutationObserver(() => {
        if (!log.includes('shown') && el.shadowRoot!.querySelector('[part="measure"] [role="heading"]'))
          log.push('shown');
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      el.data = plan(600);
      await el.updateComplete;
      observer.disconnect();
      const made = log.indexOf('collator');
      const shown = log.indexOf('shown');
      expect(
        log.filter((e) => e === 'collator'),
        'one Collator for the page'
      ).to.have.length(1);
      expect(shown, 'the plan is shown').to.be.greaterThan(-1);
      expect(made, 'the Collator is made before the plan is shown').to.be.lessThan(shown);
      expect(log.slice(made, shown), 'in a task before the one that shows it').to.include('yield');
      // The filter's choices in the Swedish alphabet (Å, Ä, Ö after Z), as a person meets them.
      const choices = [...el.shadowRoot!.querySelectorAll('select[name="responsible"] option')].map((o) =>
        o.textContent.trim()
      );
      expect(choices.slice(1)).to.deep.equal([
        'Arbetsmarknadsnämnden',
        'Zonens nämnd',
        'Åsa kommunstyrelse',
        'Ägarnämnden',
        'Östra nämnden',
      ]);
    } finally {
      Intl.Collator = RealCollator;
      stopYields();
    }
  });
});
