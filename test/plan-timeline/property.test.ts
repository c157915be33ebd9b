// Property-based tests: random (often broken) plan documents never throw, never produce an unsafe
// link, and always render in chronological order with undated items last.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/plan-timeline/index.js';
import type { TryggPlanTimeline } from '../../src/components/plan-timeline/index.js';
import { captureErrors } from '../support/helpers.js';
import { chronological, layout, refinePlan, sortKey } from '../../src/components/plan-timeline/plan.js';
import { validate } from '../../src/core/validate.js';
import { documentSchema } from '../../src/components/plan-timeline/schema.js';

const dates = fc.oneof(
  fc.constantFrom(
    '2022',
    '2022-12',
    '2023-02-28',
    '2024-02-29',
    '2023-13',
    '2023-02-30',
    '22-01',
    '',
    '2023-1-1',
    '9999-12-31',
    '0001'
  ),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc.anything()
);
const urls = fc.constantFrom(
  'https://example.org/a',
  '/lokal',
  '#x',
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  '//evil.example/x',
  'http://insecure.example/',
  'mailto:a@example.org',
  'https://user:pw@example.org/',
  ''
);
const text = fc.oneof(
  fc.string(),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>'),
  fc.dictionary(fc.constantFrom('sv', 'en', 'ar', 'x y'), fc.string())
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const measure = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.string(), fc.integer()),
    kind: maybe(fc.constantFrom('measure', 'decision', 'milestone', 'wish')),
    title: maybe(text),
    description: maybe(text),
    responsible: maybe(
      fc.array(fc.oneof(fc.constantFrom('Socialnämnden', 'Alingsåshem'), fc.string()), { maxLength: 3 })
    ),
    partners: maybe(fc.array(fc.string(), { maxLength: 2 })),
    body: maybe(fc.string()),
    paragraph: maybe(fc.oneof(fc.constantFrom('176', '§ 1'), fc.string())),
    start: maybe(dates),
    end: maybe(dates),
    date: maybe(dates),
    status: maybe(fc.constantFrom('planned', 'ongoing', 'done', 'delayed', 'cancelled', 'paused', 3)),
    level: maybe(
      fc.oneof(
        fc.constantFrom('individual', 'organisation', 'society', 'galaxy'),
        fc.array(fc.constantFrom('individual', 'society', 'x'))
      )
    ),
    prevention: maybe(fc.constantFrom('universal', 'selective', 'indicated', 'y')),
    audience: maybe(fc.array(fc.oneof(fc.constantFrom('staff', 'child'), text), { maxLength: 3 })),
    sdg: maybe(fc.array(fc.constantFrom('5.2', '16.1', '16.a', 'x', '1000.1'), { maxLength: 3 })),
    links: maybe(fc.array(fc.record({ title: text, url: fc.oneof(urls, fc.anything()) }), { maxLength: 3 })),
    example: maybe(fc.oneof(fc.boolean(), fc.string())),
  },
  { requiredKeys: [] }
);
const documents = fc.record(
  {
    title: maybe(text),
    period: maybe(fc.record({ start: maybe(dates), end: maybe(dates) }, { requiredKeys: [] })),
    source: maybe(fc.record({ title: text, url: urls })),
    measures: fc.oneof(fc.array(measure, { maxLength: 12 }), fc.anything()),
  },
  { requiredKeys: [] }
);

function safeHref(href: string): boolean {
  const url = new URL(href, document.baseURI);
  return ['https:', 'tel:', 'sms:', 'mailto:'].includes(url.protocol) || url.origin === location.origin;
}

describe('<trygg-plan-timeline> with random documents', () => {
  it('never throws, links only safely, and keeps chronological order', async () => {
    const el = await fixture<TryggPlanTimeline>(html`<trygg-plan-timeline today="2026-11-26"></trygg-plan-timeline>`);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    try {
      await captureErrors(async () => {
        await fc.assert(
          fc.asyncProperty(
            documents,
            fc.constantFrom('auto', 'list'),
            fc.constantFrom(undefined, 'ongoing done', 'planned'),
            async (doc, view, status) => {
              el.view = view;
              el.status = status;
              el.data = doc;
              await el.updateComplete;
              const root = el.shadowRoot!;
              for (const a of root.querySelectorAll('a')) {
                expect(safeHref(a.getAttribute('href') ?? 'javascript:'), a.getAttribute('href') ?? '').to.equal(true);
              }
              expect(root.querySelector('script, img, iframe')).to.equal(null);
              const keys = [...root.querySelectorAll<HTMLElement>('[part~="measure"]')].map(
                (m) => m.querySelector('.dates time')?.getAttribute('datetime') ?? null
              );
              const dated = keys.filter((k): k is string => k !== null);
              expect(keys.slice(0, dated.length), 'undated last').to.deep.equal(dated);
              expect(dated, 'chronological').to.deep.equal([...dated].sort());
              const ids = [...root.querySelectorAll<HTMLElement>('[data-measure-id]')].map((m) => m.dataset.measureId);
              expect(new Set(ids).size, 'ids are unique').to.equal(ids.length);
            }
          ),
          { numRuns: 150 }
        );
      });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('refines, orders and lays out any valid document without throwing', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const { value } = validate(documentSchema, doc);
        if (!value) return;
        const refined = refinePlan(value).value;
        const ordered = chronological(refined.measures);
        const keys = ordered.map(sortKey);
        const firstUndated = keys.indexOf(undefined);
        if (firstUndated >= 0) expect(keys.slice(firstUndated).every((k) => k === undefined)).to.equal(true);
        const l = layout(ordered, refined.period);
        expect(l.months)
          .to.be.at.least(12)
          .and.at.most(30 * 12);
        const rows = new Map<number, { col: number; span: number }[]>();
        for (const p of l.places.values()) {
          expect(p.col).to.be.at.least(0);
          expect(p.col + p.span).to.be.at.most(l.columns);
          expect(p.barStart + p.barSize).to.be.at.most(1 + 1e-9);
          rows.set(p.row, [...(rows.get(p.row) ?? []), p]);
        }
        // The text runs on over free columns, never over another item in its row.
        for (const row of rows.values()) {
          const sorted = row.sort((a, b) => a.col - b.col);
          sorted
            .slice(1)
            .forEach((p, i) =>
              expect(p.col, 'items of a row do not overlap').to.be.at.least(sorted[i].col + sorted[i].span)
            );
        }
      }),
      { numRuns: 300 }
    );
  });
});
