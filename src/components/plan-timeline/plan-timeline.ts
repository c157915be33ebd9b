import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { localized, msg, str } from '@lit/localize';
import { DataController, renderDataNotice } from '../../core/data.js';
import { defineElement } from '../../core/define.js';
import { dirFor, getLocale, intl, langFor, registerTranslations, stringsGeneration } from '../../core/locale.js';
import { renderText, type LocalizedText } from '../../core/localized-text.js';
import { renderAnyLink } from '../../core/phone.js';
import { renderLink } from '../../core/safe-link.js';
import { formatDate, renderDate as time, stockholmDate } from '../../core/dates.js';
import { keepFocus } from '../../core/focus.js';
import { headingLevel } from '../../core/attributes.js';
import { LEVELS, planSchemas, PREVENTIONS, STATUSES, type PlanDocument, type PlanMeasure } from './schema.js';
import { baseStyles } from '../../core/theme.js';
import { cssProps, type CssProps } from '../../core/css-props.js';
import {
  chronological,
  columnOf,
  layout,
  listOf,
  MAX_MEASURES,
  OVERVIEW_MAX,
  matches,
  owners,
  refinePlan,
  sortKey,
  tokens,
  type Filters,
  type Layout,
  type Placement,
} from './plan.js';
import { styles } from './plan-timeline.styles.js';
import { settle, SliceController } from '../../core/tasks.js';

/**
 * Items rendered first: a long plan is rendered in slices, each in a task of its own, so that no
 * task keeps a key press or a click waiting (core/tasks.ts, `SliceController`: later slices as many
 * items as fit `TASK_BUDGET` for a slice's script, style and layout). The slices cost CPU: each has
 * its own style and layout work, and the frames between them their paint (bench/run.mjs prints the
 * plan rendered in one task beside it). Slices sized to twice that budget (then with their whole
 * frame) made tasks of 60-80 ms here (bench/tasks.mjs).
 */
const SLICE = 20;

/**
 * A filter change that shows more than this many items that were never shown reveals them in
 * slices too (`reveal`): a hidden item's content is not laid out until it shows, so clearing the
 * filter a plan was first rendered with laid out 800 items in one task of 400-960 ms (medians
 * 440-620). Items shown before keep their layout and show again at once (800 of them: one task of
 * 66-110 ms).
 */
const REVEAL_AT_ONCE = 40;

/** The page language's comma ("،" in Arabic): between a term's values, before a body or the update date. */
const comma = () => msg(',', { id: 'plan-timeline.comma' });

/** Who is responsible for the plan's measures, each name once (the owner filter's choices). */
const ownerNames = (doc: PlanDocument): string[] => [...new Set(doc.measures.flatMap(owners))];

/** The owner filter's order: the alphabet of `locale` (one Collator per locale, shared). */
const ownerOrder = (locale: string): Intl.Collator => intl(Intl.Collator, {}, locale);

registerTranslations({
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
});

/** The filters as one string: equal strings, the same items shown. */
const filterKey = (f: Filters): string =>
  [...[f.status, f.level, f.prevention].map((set) => [...set].join(' ')), f.responsible].join('|');

/** A measure's place on the overview grid (none in the list view or for an undated item). */
const placeProps = (p: Placement | undefined): CssProps =>
  p ? { '--r': p.row, '--c': p.col + 2, '--s': p.span, '--b0': p.barStart, '--b1': p.barSize } : {};

interface Group {
  /** The year (`2022`), or `''` for undated items. */
  year: string;
  items: PlanMeasure[];
  /** The place of its first item in `items`: a group's items follow each other there. */
  start: number;
}

/** What depends on the document only, worked out once per document (not per render or filter). */
interface Prepared {
  doc: PlanDocument;
  /** The measures in chronological order. */
  items: PlanMeasure[];
  /** Year groups in order; the undated group (year `''`) last. */
  groups: Group[];
  /** The overview layout of every dated item, made on first use (`null`: not made yet). */
  layout: Layout | null;
  /** Each item's place in `items`: items from `limit` on are not rendered yet (see {@link SLICE}). */
  index: Map<PlanMeasure, number>;
  /** The responsible bodies for the filter, sorted for `namesLocale`. */
  names: string[];
  namesLocale: string;
  /** The items the filters `shownKey` match (one Set per filter state, not per render). */
  shown: Set<PlanMeasure> | undefined;
  shownKey: string;
}

/**
 * @summary The action plan's measures (åtgärder), decisions and milestones over time: status in
 * words, who is responsible, level, prevention type, audience and Agenda 2030 targets.
 * @tag trygg-plan-timeline
 * @status experimental
 *
 *
 * @fires trygg-data-error - The plan document had problems. `detail: { message, problems, source }`.
 *   Bubbles and is composed. Every valid item is still shown.
 *
 * @csspart base - The wrapper (the container of the container queries).
 * @csspart header - Title, period, description and source of the plan.
 * @csspart filters - The filter disclosure.
 * @csspart count - The number of items shown ("Visar 12 av 15"), a polite live region.
 * @csspart list - The ordered list of year groups.
 * @csspart year - One year group (`li`), and its heading.
 * @csspart measure - One measure, decision or milestone (`li`, with `data-measure-id` and `data-status`).
 * @csspart status - The status text of a measure.
 * @csspart today - The "today" marker.
 * @csspart notice - The short notice when the data had problems.
 *
 * @cssprop --trygg-plan-timeline-line-color - The timeline line and axis (default: --trygg-color-border).
 */
@defineElement('trygg-plan-timeline')
@localized()
export class TryggPlanTimeline extends LitElement {
  static override styles = [baseStyles, styles];

  /** @internal */
  private readonly loader = new DataController(this, {
    // Made the first time a document is checked, not when the element is defined (src/core/schema.ts).
    get schema() {
      return planSchemas().document;
    },
    refine: refinePlan,
    limits: { measures: MAX_MEASURES },
    // The owner filter's names are sorted with an Intl.Collator: a page's first one loads ICU's
    // collation data (10-20 ms here), in a task of its own before a long plan's first render.
    prepare: (doc) => {
      if (ownerNames(doc).length > 1) ownerOrder(getLocale());
    },
    // A plan with no data at all shows nothing: on a page, that is data a CMS removed.
    required: () => true,
  });
  private prepared: Prepared | undefined;
  /** The overview layout in use (`undefined` in the list view). */
  private placed: Layout | undefined;
  /** How many items (in chronological order) have their content rendered; the rest follow in slices. */
  private readonly slices = new SliceController(this, { initial: SLICE, min: 20, max: 400 });
  /**
   * Never-shown items a filter change shows, revealed in slices when there are more than
   * {@link REVEAL_AT_ONCE} (10 in the change's own update, then as many per task as fit the
   * budget): their place in the order of revealing (chronological), until `reveal.limit` has passed
   * them all. Printing shows them all at once.
   */
  private readonly reveal = new SliceController(this, { initial: 10, min: 10, max: 400 });
  private revealing: Map<PlanMeasure, number> | undefined;
  /** The items the last render showed, and the filters it applied (to know what a change shows). */
  private drawn: Set<PlanMeasure> | undefined;
  /** The items of this document that have been rendered shown at least once (their content is laid out). */
  private laidOut = new Set<PlanMeasure>();
  /** How far (a slices limit) `laidOut` has taken in the items of `drawn`. */
  private laidTo = 0;
  private drawnFilters = '';
  private drawnDoc: PlanDocument | undefined;
  /** The next update moves focus to the count (the "Visa alla" beside "no match" was pressed). */
  private focusCount = false;

  /** The plan document as an object (takes precedence over inline JSON and `src`). */
  @property({ attribute: false }) data?: unknown;

  /** URL of a plan document (`https:` or same-origin), fetched without credentials. */
  @property({ reflect: true }) src?: string | null;

  /** Space-separated status filter: `planned ongoing done delayed cancelled`. Empty: every status. */
  @property({ reflect: true }) status?: string;

  /** Only items of this responsible body (exact name; for decisions, the deciding body). */
  @property({ reflect: true }) responsible?: string;

  /** Space-separated level filter: `individual organisation society`. */
  @property({ reflect: true }) level?: string;

  /** Space-separated prevention filter: `universal selective indicated`. */
  @property({ reflect: true }) prevention?: string;

  /** `auto`: the overview (lanes and bars) when the element is wide, else the list. `list`: always the list. */
  @property({ reflect: true }) view: 'auto' | 'list' = 'auto';

  /** Today as `YYYY-MM-DD` for the "today" marker. Default: today's date in Sweden (Europe/Stockholm). */
  @property() today?: string;

  /** Level of the plan title's heading (2–6): years are one level below, items two. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Printing: every description is open. */
  @state() private printing = false;

  constructor() {
    super();
    // A measure the today marker moved past, or of a new document with the same ids (also one that a
    // later slice brings back), is drawn anew: focus goes back to the same control of the same
    // measure, not to the page.
    keepFocus(this, '[part="measure"]', 'measureId', () => this.slices.more);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** @internal */
  private readonly onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
  };

  /** @internal */
  private readonly onFilter = (event: Event): void => {
    const form = (event.target as HTMLInputElement).form;
    if (!form) return;
    const data = new FormData(form);
    const joined = (key: string) =>
      data
        .getAll(key)
        .filter((x): x is string => typeof x === 'string')
        .join(' ') || undefined;
    this.status = joined('status');
    this.level = joined('level');
    this.prevention = joined('prevention');
    this.responsible = (data.get('responsible') as string | null) || undefined;
  };

  /** @internal */
  private readonly onClear = (event: Event): void => {
    this.status = this.level = this.prevention = this.responsible = undefined;
    // The button beside "Inga punkter matchar filtret." goes with the message: focus goes to the
    // count, which says what is shown now, not to <body>.
    this.focusCount = (event.currentTarget as Element).matches('.clear');
  };

  /** @internal */
  private readonly onView = (): void => {
    this.view = this.view === 'list' ? 'auto' : 'list';
  };

  private todayDate(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : stockholmDate();
  }

  private filters(): Filters {
    return {
      status: tokens(this.status, STATUSES),
      level: tokens(this.level, LEVELS),
      prevention: tokens(this.prevention, PREVENTIONS),
      responsible: this.responsible ?? '',
    };
  }

  /**
   * What this render shows of `shown` (the items the filters match): all of it, except, while a
   * filter change is being revealed in slices, the items it shows that `reveal` has not reached yet.
   * A change that shows more than {@link REVEAL_AT_ONCE} items starts a reveal (in chronological
   * order, the first slice at once); a change during one starts again from what is drawn now. A new
   * document is not revealed: its own slices render it.
   */
  private toDraw(prepared: Prepared, shown: Set<PlanMeasure>, key: string): Set<PlanMeasure> {
    const before = this.drawnDoc === prepared.doc ? this.drawn : undefined;
    if (!before) this.laidOut = new Set();
    if (key !== this.drawnFilters || !before) {
      this.drawnFilters = key;
      this.revealing = undefined;
      // Only items never shown count: one that a filter hid after it was shown keeps its layout, and
      // 800 of those show again in one task of 66-110 ms; in slices they took 200-375 ms in all.
      // Except once the browser has been found working on each item the slices add (a screen
      // reader's tree: core/tasks.ts, Pace): shown again at once, they would all go into one
      // serialization of the tree (724-735 ms for 800 here), so they are revealed in slices too.
      const again = this.reveal.paced;
      const fresh = before
        ? prepared.items.filter((m) => shown.has(m) && !before.has(m) && (again || !this.laidOut.has(m)))
        : [];
      if (fresh.length > REVEAL_AT_ONCE && this.reveal.enabled) {
        this.revealing = new Map(fresh.map((m, i) => [m, i]));
        this.reveal.reset();
      }
    }
    if (this.printing) this.revealing = undefined;
    const revealing = this.revealing;
    this.reveal.total = revealing?.size ?? 0;
    const limit = this.reveal.limit;
    const reached = this.slices.limit;
    const { index, items } = prepared;
    // Not revealing: everything shown is drawn, the same Set from render to render while the filters
    // stay (so a slice of a long plan does not go through every item again, and the year groups it
    // does not reach are not rendered again: see render()).
    const drawn = revealing ? new Set<PlanMeasure>() : shown;
    if (revealing) {
      for (const m of shown)
        if ((revealing.get(m) ?? -1) < limit) {
          drawn.add(m);
          if ((index.get(m) ?? 0) < reached) this.laidOut.add(m);
        }
    } else if (drawn === before && reached >= this.laidTo) {
      // Only the items a slice reached since the last render.
      for (let i = this.laidTo; i < Math.min(reached, items.length); i++)
        if (drawn.has(items[i])) this.laidOut.add(items[i]);
    } else {
      for (const m of drawn) if ((index.get(m) ?? 0) < reached) this.laidOut.add(m);
    }
    this.laidTo = reached;
    if (revealing && limit >= revealing.size) this.revealing = undefined;
    this.drawn = drawn;
    this.drawnDoc = prepared.doc;
    return drawn;
  }

  private statusText(status?: string): string {
    switch (status) {
      case 'planned':
        return msg('Planerad', { id: 'plan-timeline.planned' });
      case 'ongoing':
        return msg('Pågår', { id: 'plan-timeline.ongoing' });
      case 'done':
        return msg('Genomförd', { id: 'plan-timeline.done' });
      case 'delayed':
        return msg('Försenad', { id: 'plan-timeline.delayed' });
      case 'cancelled':
        return msg('Avbruten', { id: 'plan-timeline.cancelled' });
      default:
        return msg('Status inte angiven', { id: 'plan-timeline.no-status' });
    }
  }

  private levelText(value: string): string {
    switch (value) {
      case 'individual':
        return msg('Individ', { id: 'plan-timeline.individual' });
      case 'organisation':
        return msg('Organisation', { id: 'plan-timeline.organisation' });
      default:
        return msg('Samhälle', { id: 'plan-timeline.society' });
    }
  }

  /** Who the prevention is for, in plain words; the technical term follows in brackets. */
  private preventionText(value: string): string {
    switch (value) {
      case 'universal':
        return msg('För alla (universell)', { id: 'plan-timeline.universal' });
      case 'selective':
        return msg('För grupper med ökad risk (selektiv)', { id: 'plan-timeline.selective' });
      default:
        return msg('För den som redan är utsatt eller utövar våld (indikerad)', { id: 'plan-timeline.indicated' });
    }
  }

  /** A known audience word in the page's language; anything else is the editor's own text. */
  private audienceText(value: LocalizedText): TemplateResult | string | typeof nothing {
    switch (value) {
      case 'staff':
        return msg('Anställda', { id: 'plan-timeline.staff' });
      case 'resident':
        return msg('Invånare', { id: 'plan-timeline.resident' });
      case 'child':
        return msg('Barn och unga', { id: 'plan-timeline.child' });
      case 'victim':
        return msg('Våldsutsatta', { id: 'plan-timeline.victim' });
      case 'relative':
        return msg('Närstående', { id: 'plan-timeline.relative' });
      case 'perpetrator':
        return msg('Våldsutövare', { id: 'plan-timeline.perpetrator' });
      case 'professional':
        return msg('Yrkesverksamma', { id: 'plan-timeline.professional' });
      case 'politician':
        return msg('Förtroendevalda', { id: 'plan-timeline.politician' });
      default:
        return renderText(value);
    }
  }

  /** The heading level `offset` below the plan title's. */
  private headingAt(offset: number): number {
    return Math.min(6, headingLevel(this.headingLevel, 2) + offset);
  }

  private heading(offset: number, content: unknown, cls: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.headingAt(offset)} class=${cls}>${content}</div>`;
  }

  private renderWhen(m: PlanMeasure): TemplateResult | string {
    if (m.date) return time(m.date);
    if (m.start && m.end)
      return html`<time datetime=${m.start}>${formatDate(m.start)}</time> – <time datetime=${m.end}>${formatDate(m.end)}</time>`;
    if (m.start) return html`${msg('Från', { id: 'plan-timeline.from' })} ${time(m.start)}`;
    if (m.end) return html`${msg('Till', { id: 'plan-timeline.until' })} ${time(m.end)}`;
    return html`<span class="nowrap">${msg('Datum inte angivet', { id: 'plan-timeline.no-date' })}</span>`;
  }

  /**
   * The details list in one template with a fixed slot per term (a template per term made a plan
   * of 1 000 items build some 7 000 more template instances): an absent term is a `hidden` slot
   * without text, the first value is the slot's own `dd`, more values follow it. A `dd` per value,
   * not one text per term: a `dd` isolates its direction (the browser's own `unicode-bidi:
   * isolate`), so on an Arabic page Latin names keep their order right to left; joined into one
   * text ("Övriga förvaltningar، Alingsåshem") they read left to right (the Arabic visual tests
   * caught it). The spaces around a term are in the term's own text (" Ansvarig: "), not text nodes
   * between the elements: a line may still break there and copied text keeps its words apart, and
   * an item with all six terms has 11 text nodes fewer, each two objects in a screen reader's
   * accessibility tree (a text and its inline text box; README "Speed"). The term is in the page's
   * language and not isolated, so its spaces order as the spaces between the elements did. The
   * space after its colon is a no-break space: a term never ends a line without the start of its
   * value (a longer unit, the term's words joined too, broke a long name in the middle at 320 px).
   * The colon after a term and the commas between values are text, not CSS generated content: a
   * `::after` is one more element to style and lay out per term (for 1 000 items some 6 700 boxes,
   * 13 332 layout objects: about 10 % of the first render, README "Speed"), and copied text keeps
   * its punctuation.
   */
  private renderMeta(terms: readonly (readonly [string, readonly unknown[]])[]): TemplateResult {
    const n = (i: number) => terms[i]?.[1].length ?? 0;
    const on = (i: number) => n(i) > 0;
    const label = (i: number) => (on(i) ? ` ${terms[i][0]}:\u00a0` : nothing);
    const sep = comma();
    const after = (value: unknown, last: boolean) =>
      last ? value : typeof value === 'string' ? `${value}${sep}` : [value, sep];
    const first = (i: number) => (on(i) ? after(terms[i][1][0], n(i) === 1) : nothing);
    // The same text as one template per term had: "dt dd" or "dt dd dd " (a space after each dd).
    const more = (i: number) =>
      n(i) > 1
        ? [' ', ...terms[i][1].slice(1).map((value, j) => html`<dd>${after(value, j === n(i) - 2)}</dd> `)]
        : nothing;
    // No text between the terms or at the list's start or end (the spaces are in the terms' text;
    // see renderMeasure). Each line ends with a backslash: the line break is not part of the
    // template.
    return html`<dl class="meta">\
<div ?hidden=${!on(0)}><dt>${label(0)}</dt><dd>${first(0)}</dd>${more(0)}</div>\
<div ?hidden=${!on(1)}><dt>${label(1)}</dt><dd>${first(1)}</dd>${more(1)}</div>\
<div ?hidden=${!on(2)}><dt>${label(2)}</dt><dd>${first(2)}</dd>${more(2)}</div>\
<div ?hidden=${!on(3)}><dt>${label(3)}</dt><dd>${first(3)}</dd>${more(3)}</div>\
<div ?hidden=${!on(4)}><dt>${label(4)}</dt><dd>${first(4)}</dd>${more(4)}</div>\
<div ?hidden=${!on(5)}><dt>${label(5)}</dt><dd>${first(5)}</dd>${more(5)}</div></dl>`;
  }

  /**
   * One measure: the `li` (its `hidden` follows the filters), its content rendered once per document,
   * locale and print state. In the overview the `li` of every item is there from the first render;
   * the content of those not `reached` by the slices yet follows in a later frame (filling an item
   * is cheap; adding items to the overview grid made the browser rebuild the grid's boxes for every
   * slice). In the list view an item is rendered when a slice reaches it.
   */
  private renderItem(
    m: PlanMeasure,
    visible: boolean,
    sdgTargets: PlanDocument['sdgTargets'],
    reached: boolean
  ): TemplateResult {
    return html`<li
      part="measure"
      class="measure ${m.kind ?? 'measure'} ${m.status ?? 'unknown'}"
      data-measure-id=${m.id}
      data-status=${m.status ?? 'unknown'}
      ?hidden=${!visible}
      aria-hidden=${visible ? nothing : 'true'}
      ${cssProps(placeProps(this.placed?.places.get(m.id)))}
    >${
      reached
        ? guard([m, getLocale(), stringsGeneration(), this.printing, this.headingLevel, sdgTargets], () =>
            this.renderMeasure(m, sdgTargets)
          )
        : nothing
    }</li>`;
  }

  private renderMeasure(m: PlanMeasure, sdgTargets: PlanDocument['sdgTargets']): TemplateResult {
    const who = m.responsible ?? [];
    const kind =
      m.kind === 'decision'
        ? msg('Beslut', { id: 'plan-timeline.decision' })
        : m.kind === 'milestone'
          ? msg('Milstolpe', { id: 'plan-timeline.milestone' })
          : '';
    const links = m.links ?? [];
    const hasMore = m.description || links.length || m.sdg?.length || m.note;
    // The disclosure is named by its text and the measure's title ("Mer information Utbildning").
    const key = encodeURIComponent(m.id);
    // No whitespace between the blocks or at the end of one: it would not show, but each run of it
    // is a text node (32 of an item's 54 were), cloned with the item, kept in memory and traced by
    // the garbage collector, some of them laid out. Spaces remain where they show: between the
    // status and the dates, and in the terms (renderMeta). None after the summary's marker: the
    // marker's margin is the gap (a space there was underlined with the summary's text).
    return html`<span class="bar" aria-hidden="true"></span><div
        role="heading"
        aria-level=${this.headingAt(2)}
        class="title"
        id="title-${key}"
      >${kind ? html`<span class="kind">${kind}: </span>` : nothing}${renderText(m.title)}${
        m.example ? html` <span class="example">(${msg('Exempel', { id: 'plan-timeline.example' })})</span>` : nothing
      }</div><p class="when"><span part="status" class="status">${this.statusText(m.status)}</span> <span class="dates"
          >${this.renderWhen(m)}${
            m.body
              ? html`${comma()} ${m.body}${m.paragraph ? html` <span class="nowrap">§ ${m.paragraph}</span>` : nothing}`
              : nothing
          }</span></p>${
            // No empty list (a decision without details has none of these terms).
            who.length || m.partners?.length || m.level || m.prevention || m.audience?.length || m.sdg?.length
              ? this.renderMeta([
                  [msg('Ansvarig', { id: 'plan-timeline.responsible' }), who],
                  [msg('I samarbete med', { id: 'plan-timeline.partners' }), m.partners ?? []],
                  [msg('Nivå', { id: 'plan-timeline.level' }), listOf(m.level).map((x) => this.levelText(x))],
                  [
                    msg('Prevention', { id: 'plan-timeline.prevention' }),
                    listOf(m.prevention).map((x) => this.preventionText(x)),
                  ],
                  [
                    msg('Målgrupp', { id: 'plan-timeline.audience' }),
                    (m.audience ?? []).map((x) => this.audienceText(x)),
                  ],
                  ['Agenda\u00a02030', m.sdg ?? []],
                ])
              : nothing
          }${
            hasMore
              ? html`<details ?open=${this.printing}><summary id="more-${key}" aria-labelledby="more-${key} title-${key}"
                >${msg('Mer information', { id: 'plan-timeline.more' })}</summary
              >${m.description ? html`<p>${renderText(m.description)}</p>` : nothing}${
                m.sdg?.length
                  ? html`<ul class="sdg">${m.sdg.map((t) => {
                      const wording = sdgTargets?.[t];
                      return html`<li>Agenda 2030 ${t}${wording ? html`: ${renderText(wording)}` : nothing}</li>`;
                    })}</ul>`
                  : nothing
              }${
                links.length
                  ? html`<ul class="links">${links.map((link) => {
                      return html`<li>${renderAnyLink(link.url, renderText(link.title), renderLink)}</li>`;
                    })}</ul>`
                  : nothing
              }${m.note ? html`<p class="note">${renderText(m.note)}</p>` : nothing}</details>`
              : nothing
          }`;
  }

  /**
   * The "today" marker: a list item with its label; in the overview also the line down the chart,
   * drawn in pieces that leave out the rows where a shown item crosses it (the line never covers
   * an item's text, and the page's background is not known, so items cannot simply hide it).
   */
  private renderToday(date: string, shown: ReadonlySet<PlanMeasure>): TemplateResult {
    const placed = this.placed;
    const c = placed && columnOf(placed, date);
    const late = c !== undefined && c > (placed?.columns ?? 0) / 2;
    const where = c === undefined ? 'out' : late ? 'late' : '';
    // Late in the range, the label goes before the line (it would overflow after it).
    const column = c === undefined ? undefined : c + (late ? 1 : 2);
    const pieces: { r: number; n: number }[] = [];
    if (placed && c !== undefined) {
      const crossed = new Set<number>();
      for (const m of shown) {
        const p = placed.places.get(m.id);
        if (p && p.col < c && p.col + p.span > c) crossed.add(p.row);
      }
      // Row 1 holds the label, row 2 the time axis, the lanes follow.
      for (let r = 2; r <= placed.rows; r++) {
        if (crossed.has(r)) continue;
        const last = pieces.at(-1);
        if (last && last.r + last.n === r) last.n++;
        else pieces.push({ r, n: 1 });
      }
    }
    return html`<li part="today" class="today ${where}" ${cssProps({ '--c': column })}>
      <span class="label"><span>${msg('I dag', { id: 'plan-timeline.today' })}</span> ${time(date)}</span>${pieces.map(
        (p) => html`<span class="line" aria-hidden="true" ${cssProps({ '--r': p.r, '--n': p.n })}></span>`
      )}
    </li>`;
  }

  private renderFilters(owned: readonly string[], filters: Filters): TemplateResult {
    const names = filters.responsible && !owned.includes(filters.responsible) ? [filters.responsible, ...owned] : owned;
    const group = (
      key: 'status' | 'level' | 'prevention',
      legend: string,
      values: readonly string[],
      text: (v: string) => string
    ) =>
      // The group is named by its legend; aria-labelledby says so explicitly, so that checkers that
      // treat the legend of a closed <details> as hidden (IBM Equal Access) find the name too.
      html`<fieldset aria-labelledby="filter-${key}">
        <legend id="filter-${key}">${legend}</legend>
        ${values.map(
          (value) =>
            html`<label><input type="checkbox" name=${key} value=${value} .checked=${filters[key].has(value)} /> ${text(value)}</label>`
        )}
      </fieldset>`;
    const active = filters.status.size + filters.level.size + filters.prevention.size + (filters.responsible ? 1 : 0);
    return html`<details part="filters" class="filters">
      <summary>${msg('Filtrera', { id: 'plan-timeline.filter' })}${active ? ` (${active})` : ''}</summary>
      <form @change=${this.onFilter}>
        ${group('status', msg('Status', { id: 'plan-timeline.status' }), STATUSES, (s) => this.statusText(s))}
        ${group('level', msg('Nivå', { id: 'plan-timeline.level' }), LEVELS, (v) => this.levelText(v))}
        ${group('prevention', msg('Prevention', { id: 'plan-timeline.prevention' }), PREVENTIONS, (v) => this.preventionText(v))}
        <label class="select"
          >${msg('Ansvarig', { id: 'plan-timeline.responsible' })}
          <select name="responsible">
            <option value="" ?selected=${!filters.responsible}>${msg('Alla', { id: 'plan-timeline.all' })}</option>
            ${names.map((n) => html`<option .value=${n} ?selected=${n === filters.responsible}>${n}</option>`)}
          </select>
        </label>
        <button type="button" @click=${this.onClear}>
          ${msg('Visa alla', { id: 'plan-timeline.clear' })}
        </button>
      </form>
    </details>`;
  }

  private renderHeader(doc: PlanDocument): TemplateResult {
    const p = doc.period;
    const source = doc.source;
    return html`<div part="header" class="header">
      ${doc.title ? this.heading(0, renderText(doc.title), 'plan-title') : nothing}
      ${doc.description ? html`<p>${renderText(doc.description)}</p>` : nothing}
      ${
        p?.start || p?.end
          ? html`<p>${msg('Period', { id: 'plan-timeline.period' })}: ${p.start ? time(p.start) : '…'} – ${p.end ? time(p.end) : '…'}</p>`
          : nothing
      }
      ${doc.note ? html`<p class="note">${renderText(doc.note)}</p>` : nothing}
      ${
        source
          ? html`<p>
            ${msg('Källa', { id: 'plan-timeline.source' })}:
            ${renderAnyLink(source.url, renderText(source.title), renderLink)}${
              doc.updated
                ? html`${comma()} ${msg('uppdaterad', { id: 'plan-timeline.updated' })} ${time(doc.updated)}`
                : nothing
            }
          </p>`
          : nothing
      }
    </div>`;
  }

  /** The document's order, year groups and filter names, worked out once per document (names once per locale). */
  private prepare(doc: PlanDocument): Prepared {
    let p = this.prepared;
    if (p?.doc !== doc) {
      const items = chronological(doc.measures);
      const groups: Group[] = [];
      items.forEach((m, i) => {
        const year = sortKey(m)?.slice(0, 4) ?? '';
        const last = groups.at(-1);
        if (last?.year === year) last.items.push(m);
        else groups.push({ year, items: [m], start: i });
      });
      p = this.prepared = {
        doc,
        items,
        groups,
        index: new Map(items.map((m, i) => [m, i])),
        layout: null,
        names: [],
        namesLocale: '',
        shown: undefined,
        shownKey: '',
      };
      this.slices.reset();
    }
    const locale = getLocale();
    if (p.namesLocale !== locale) {
      const names = ownerNames(doc);
      p.names = names.length > 1 ? names.sort(ownerOrder(locale).compare) : names;
      p.namesLocale = locale;
    }
    return p;
  }

  override updated(): void {
    // A filter (an attribute set by the page, say) hid the measure that had focus: focus would fall
    // to <body>. It goes to the count instead, which also tells what is shown now.
    const active = this.shadowRoot?.activeElement;
    if (this.focusCount || active?.closest('[part="measure"][hidden], [part="year"][hidden]'))
      this.shadowRoot?.querySelector<HTMLElement>('[part="count"]')?.focus();
    this.focusCount = false;
  }

  /** Resolves when the plan has been read and every slice of a long plan rendered. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.loader.pending,
      () => this.slices.pending,
      () => this.reveal.pending
    );
  }

  override render() {
    const dir = dirFor(this) ?? nothing;
    const doc = this.loader.value;
    // A plan over the limit says so in words, where the items are counted; the usual notice only
    // when there were other problems too.
    const found = this.loader.cut.measures;
    const notice = html`${
      found
        ? html`<p part="notice" class="notice">
            ${msg(str`Planen har ${found} punkter. Här visas de första ${MAX_MEASURES}.`, { id: 'plan-timeline.cap' })}
          </p>`
        : nothing
    }${this.loader.problems.length > (found ? 1 : 0) ? renderDataNotice(this.loader) : nothing}`;
    if (!doc) {
      this.placed = undefined;
      const text =
        this.loader.status === 'loading'
          ? msg('Hämtar planen …', { id: 'plan-timeline.loading' })
          : this.loader.status === 'error'
            ? ''
            : msg('Det finns inga punkter i planen ännu.', { id: 'plan-timeline.empty' });
      // One live region for loading, error and empty: the error replaces the loading text inside it,
      // so a screen reader announces it.
      return html`<div part="base" class="base ${this.loader.status === 'loading' ? 'pending' : ''}" dir=${dir} lang=${langFor(this) ?? nothing}>
        <div role="status">${notice}${text ? html`<p class="empty">${text}</p>` : nothing}</div>
      </div>`;
    }
    const prepared = this.prepare(doc);
    const { items, groups } = prepared;
    const filters = this.filters();
    const key = filterKey(filters);
    if (prepared.shownKey !== key || !prepared.shown) {
      prepared.shown = new Set(items.filter((m) => matches(m, filters)));
      prepared.shownKey = key;
    }
    const shown = prepared.shown;
    const total = items.length;
    const count = shown.size;
    const drawn = this.toDraw(prepared, shown, key);
    const today = this.todayDate();
    // On the number of items, not of those shown: filtering must not switch between list and overview.
    const overview = this.view !== 'list' && items.length <= OVERVIEW_MAX;
    if (overview) prepared.layout ??= layout(items, doc.period);
    this.placed = overview ? (prepared.layout ?? undefined) : undefined;
    // The marker goes after the last dated item on or before today (in that item's year group, or its own).
    const year = today.slice(0, 4);
    const todayGroup = groups.find((g) => g.year === year);
    const sdgTargets = doc.sdgTargets;
    const placed = this.placed;
    this.slices.total = items.length;
    const limit = this.slices.limit;
    const locale = getLocale();
    const generation = stringsGeneration();
    const { printing, headingLevel } = this;
    // The group's items in one array (no wrapper template per item), the marker among them. Each
    // item is rendered again only when what it shows changed: whether it is shown, whether a slice
    // has reached it, the language, print state, heading level or overview layout. A slice or a
    // filter re-renders the items it changes, not the plan.
    // In the list view an item's `li` comes with its slice (the first render builds 20, not 1 000);
    // on the overview grid every `li` is there from the first render (the grid is built once).
    /** How many of the group's items a slice has reached (they follow each other in `items`). */
    const sliced = (g: Group) => Math.max(0, Math.min(g.items.length, limit - g.start));
    const reachedIn = (g: Group) => (placed ? g.items.length : sliced(g));
    const rowsOf = (g: Group, before: number): unknown[] => {
      const rows: unknown[] = [];
      const end = reachedIn(g);
      const inSlices = sliced(g);
      g.items.forEach((m, i) => {
        if (i >= end) return;
        if (i === before) rows.push(this.renderToday(today, drawn));
        const visible = drawn.has(m);
        const reached = i < inSlices;
        // Keyed by the measure: when the today marker moves, the items it passes change places in
        // the array, and each keeps its own elements (an opened details never shows another measure).
        rows.push(
          keyed(
            m,
            guard([m, visible, reached, locale, generation, printing, headingLevel, sdgTargets, placed], () =>
              this.renderItem(m, visible, sdgTargets, reached)
            )
          )
        );
      });
      if (before === g.items.length && end === before) rows.push(this.renderToday(today, drawn));
      return rows;
    };
    const yearGroup = (g: Group) => {
      // In the list view a year comes with the slice that reaches its first item (as its items do).
      // Made earlier and hidden, it was shown by a change of content-visibility, and the frame that
      // showed it spent 13-44 ms in the browser's pre-paint step on a 1 000-measure plan (one of
      // its long tasks in bench/tasks.mjs; 2-6 ms in the other frames).
      if (!placed && reachedIn(g) === 0) return nothing;
      const count = g.items.reduce((n, m) => (drawn.has(m) ? n + 1 : n), 0);
      // Nothing shown: no today marker either (nor its year, nor the overview's axis).
      const markerHere = g === todayGroup && shown.size > 0;
      const before = markerHere ? g.items.filter((m) => (sortKey(m) ?? '') <= today).length : -1;
      // On the overview grid (built once) a year none of whose items a slice has reached yet waits, hidden.
      const off = (!count && !markerHere) || reachedIn(g) === 0;
      return html`<li
        part="year"
        class="year ${g.year ? '' : 'undated'}"
        data-year=${g.year || nothing}
        ?hidden=${off}
        aria-hidden=${off ? 'true' : nothing}
      >
        ${this.heading(1, g.year || msg('Utan datum', { id: 'plan-timeline.undated' }), 'year-heading')}
        <ol class="items">
          ${rowsOf(g, before)}
        </ol>
      </li>`;
    };
    // A year group is rendered again only when what it shows changed (the same inputs as its items'
    // and its marker's): a slice reaching into it, the items drawn (a filter, a reveal: a new Set),
    // today, the language, print state, heading level or layout. A slice of a long plan renders its
    // own year, not every year before it again.
    const renderGroup = (g: Group) =>
      guard(
        [g, sliced(g), drawn, today, todayGroup === g, locale, generation, printing, headingLevel, sdgTargets, placed],
        () => yearGroup(g)
      );
    const dated = groups.filter((g) => g.year);
    const insertAt = todayGroup ? -1 : dated.findIndex((g) => g.year > year);
    const from = (placed?.from ?? 0) / 12;
    // Lanes with nothing shown are hidden (their rows are empty and collapse).
    const lanesShown = new Set<string>();
    if (placed) for (const m of drawn) lanesShown.add(owners(m)[0] ?? '');
    return html`<div part="base" class="base ${overview ? 'auto' : 'list'}" dir=${dir} lang=${langFor(this) ?? nothing}>
      ${this.renderHeader(doc)} ${notice}
      <div class="tools">
        ${
          // First: the open filters widen the disclosure after it, so nothing before them moves.
          overview || this.view === 'list'
            ? html`<button type="button" class="view" aria-pressed=${this.view === 'list' ? 'true' : 'false'} @click=${this.onView}>
              ${msg('Visa som lista', { id: 'plan-timeline.as-list' })}
            </button>`
            : nothing
        }
        ${total ? this.renderFilters(prepared.names, filters) : nothing}
      </div>
      <p part="count" class="count" role="status" tabindex="-1">
        ${
          !total
            ? msg('Det finns inga punkter i planen ännu.', { id: 'plan-timeline.empty' })
            : count
              ? msg(str`Visar ${count} av ${total}`, { id: 'plan-timeline.count' })
              : msg('Inga punkter matchar filtret.', { id: 'plan-timeline.none' })
        }
      </p>
      ${
        // Nothing matches: the way back is beside the message, not only in the (closed) filters.
        total && !count
          ? html`<button type="button" class="clear" @click=${this.onClear}>${msg('Visa alla', { id: 'plan-timeline.clear' })}</button>`
          : nothing
      }
      <div class="chart" ${cssProps(placed ? { '--cols': placed.columns, '--rows': placed.rows, '--u': placed.rows + 1 } : {})}>
        ${
          placed
            ? html`<div class="lanes" aria-hidden="true">
          ${
            placed.places.size && count
              ? Array.from(
                  { length: placed.months / 12 },
                  (_, i) =>
                    html`<div class="tick" ${cssProps({ '--c': (i * 12) / placed.unit + 2, '--s': 12 / placed.unit })}>${formatDate(String(from + i).padStart(4, '0'))}</div>`
                )
              : nothing
          }
          ${placed.lanes.map(
            (l) =>
              html`<div class="lane" ?hidden=${!lanesShown.has(l.name)} ${cssProps({ '--r': l.row, '--n': l.rows })}>${l.name || msg('Ansvarig inte angiven', { id: 'plan-timeline.no-owner' })}</div>`
          )}
        </div>`
            : nothing
        }
        <ol part="list" class="years">
          ${dated.map(
            (g, i) =>
              html`${i === insertAt && count ? html`<li class="year" data-year=${year}><ol class="items">${this.renderToday(today, drawn)}</ol></li>` : nothing}${renderGroup(g)}`
          )}${
            !todayGroup && insertAt < 0 && dated.length && count
              ? html`<li class="year" data-year=${year}><ol class="items">${this.renderToday(today, drawn)}</ol></li>`
              : nothing
          }${groups.filter((g) => !g.year).map(renderGroup)}
        </ol>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-plan-timeline': TryggPlanTimeline;
  }
}
