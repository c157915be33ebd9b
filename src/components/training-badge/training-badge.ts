import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { DataController, ProblemReporter, renderDataNotice } from '../../core/data.js';
import { renderDate, stockholmDate } from '../../core/dates.js';
import { defineElement } from '../../core/define.js';
import { dirFor, formatNumber, langFor, registerTranslations } from '../../core/locale.js';
import { renderText, textOf } from '../../core/localized-text.js';
import { renderLink } from '../../core/safe-link.js';
import { isCompactJwt, type OpenBadgeCredential } from './credential.js';
import { MAX_UNITS, trainingSchemas, type TrainingDocument, type TrainingUnit } from './schema.js';
import { headingLevel } from '../../core/attributes.js';
import { settle, SliceController } from '../../core/tasks.js';
import { baseStyles } from '../../core/theme.js';
import { cssProps } from '../../core/css-props.js';
import { parseJson, validateInTasks } from '../../core/validate.js';
import {
  isIsoDate,
  percentOf,
  refineDocument,
  resolveFigures,
  statusOf,
  type Figures,
  type Status,
} from './progress.js';
import { styles } from './training-badge.styles.js';

registerTranslations({
  en: () => import('./locales/en.js'),
  ar: () => import('./locales/ar.js'),
});

const STATUSES: readonly Status[] = ['not-started', 'in-progress', 'target-reached', 'complete', 'overdue'];

function statusText(status: Status): string {
  switch (status) {
    case 'not-started':
      return msg('Inte påbörjad', { id: 'training-badge.not-started' });
    case 'in-progress':
      return msg('Pågår', { id: 'training-badge.in-progress' });
    case 'target-reached':
      return msg('Målet är nått', { id: 'training-badge.target-reached' });
    case 'complete':
      return msg('Klar', { id: 'training-badge.complete' });
    case 'overdue':
      return msg('Försenad', { id: 'training-badge.overdue' });
  }
}

/** `84 av 120 (70 %)` in the page's locale. */
function countText(value: number, max: number): string {
  const p = formatNumber(percentOf(value, max), { percent: true });
  return msg(str`${formatNumber(value)} av ${formatNumber(max)} (${p})`, {
    id: 'training-badge.count',
  });
}

/**
 * @summary How far a person, a unit or the whole organisation has come in the action plan's
 * training: a bar, "84 av 120 (70 %)", a status word, the target and the deadline; as a compact
 * badge or as a card with a per-unit breakdown, and an Open Badges 3.0 credential for one person.
 * @tag trygg-training-badge
 * @status experimental
 *
 * @fires trygg-data-error - Bad attributes (source `attributes`), a bad training document (source
 *   `data`, `inline JSON` or the `src` URL) or a bad credential (source `credential`).
 *   `detail: { message, problems, source }`; `message` names the field. Bubbles, composed.
 *
 * @csspart base - The wrapper (the badge's row, or the card).
 * @csspart title - The card's title (the label or the course).
 * @csspart bar - The progress bar (`role="progressbar"`).
 * @csspart indicator - The filled part of the bar.
 * @csspart target-marker - The target's line on the bar.
 * @csspart status - The status word (not there while the figures load: it comes with them, so it never moves).
 * @csspart units - The per-unit breakdown (`<details>` with a table).
 * @csspart credential - The credential section.
 * @csspart notice - The short notice shown when data is wrong.
 *
 * @cssprop --trygg-training-badge-bar-color - Filled part of the bar (default: --trygg-color-accent).
 * @cssprop --trygg-training-badge-track-color - Empty part of the bar (default: --trygg-color-surface).
 * @cssprop --trygg-training-badge-bar-size - Length of the badge's bar (default 6rem; the card's bar is full width).
 */
@defineElement('trygg-training-badge')
@localized()
export class TryggTrainingBadge extends LitElement {
  static override styles = [baseStyles, styles];

  private readonly doc = new DataController(this, {
    // Made the first time a document is checked, not when the element is defined (src/core/schema.ts).
    get schema() {
      return trainingSchemas().document;
    },
    refine: refineDocument,
    limits: { units: MAX_UNITS },
    // Nothing at all (no figures, no label, no credential): on a page, a CMS removed the attributes.
    required: () =>
      this.value == null &&
      this.max == null &&
      this.label == null &&
      (this.credential == null || this.credential === ''),
  });
  private readonly internals = this.attachInternals();
  private figures: Figures = { label: undefined, units: [], problems: [] };
  /** The units table of a long document is rendered in slices, each in a task (core/tasks.ts). */
  private readonly slices = new SliceController(this, { initial: 50, min: 50, max: 1000 });
  /** The document whose units the slices are for. */
  private slicedDoc: unknown;
  private credentialValue: OpenBadgeCredential | undefined;
  private credentialProblems: string[] = [];
  /** The credential's check while its chunk loads (nothing of the credential shows meanwhile). */
  private credentialCheck: Promise<void> | undefined;
  /** The view of a checked credential (from the check's chunk). */
  private viewCredential: typeof import('./open-badge-schema.js').viewCredential | undefined;
  /** The credential was a VC-JWT (the compact signed form), which is not shown. */
  private credentialJwt = false;
  /** The check's chunk did not load: no claim about the credential is shown. */
  private credentialLoadFailed = false;
  private readonly problems = new ProblemReporter(this);

  /** What is trained ("Grundutbildning om våld i nära relationer"). Overrides the document's course. */
  @property() label: string | null = null;

  /** Done so far (people or modules): a number, or digits as text. Overrides the document's sum. */
  @property() value: number | string | null = null;

  /** Out of how many. Overrides the document's sum. */
  @property() max: number | string | null = null;

  /** Goal in percent, 0–100. Overrides the document's target. */
  @property() target: number | string | null = null;

  /** When the target should be met, `YYYY-MM-DD`. Overrides the document's deadline. */
  @property() deadline: string | null = null;

  /** URL of a training document (https: or same-origin), fetched without credentials. */
  @property() src: string | null = null;

  /** The training document as an object (wins over inline JSON and `src`). */
  @property({ attribute: false }) data?: TrainingDocument | null;

  /** Show one unit of the document (its exact `name`) instead of the sum of all units. */
  @property() unit: string | null = null;

  /** `badge` (inline, fits in a sentence or a table cell) or `card`. Default: `card` when there is a document or a credential, else `badge`. */
  @property() layout: 'badge' | 'card' | null = null;

  /** Level of the card's heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** An Open Badges 3.0 OpenBadgeCredential for one person's completed course: JSON text or an object. */
  @property({ converter: (value) => value }) credential: OpenBadgeCredential | string | null = null;

  /** The date taken as today (`YYYY-MM-DD`), for "overdue" and the credential's validity. Default: today in Sweden. For tests and previews. */
  @property() today: string | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('credential')) this.readCredential();
  }

  override updated(): void {
    this.problems.report('attributes', this.figures.problems);
    this.problems.report('credential', this.credentialProblems);
  }

  private readCredential(): void {
    this.credentialValue = undefined;
    this.credentialProblems = [];
    this.credentialCheck = undefined;
    this.credentialLoadFailed = false;
    this.credentialJwt = false;
    let raw: unknown = this.credential;
    if (raw == null || raw === '') return;
    if (typeof raw === 'string' && isCompactJwt(raw)) {
      this.credentialJwt = true;
      this.credentialProblems = [
        '(credential): a VC-JWT (the compact signed form) is not shown; give the credential in its JSON form',
      ];
      return;
    }
    if (typeof raw === 'string') {
      const parsed = parseJson(raw);
      if (!parsed.ok) {
        this.credentialProblems = [`(credential): not valid JSON (${parsed.error})`];
        return;
      }
      raw = parsed.value;
    }
    // All or nothing: a credential is shown only as it is, never with a bad part left out (it
    // would look more valid than it is). The check is its own chunk, loaded only for a credential;
    // until it has run, nothing of the credential shows (the progress does).
    const credential = this.credential;
    const check = import('./open-badge-schema.js').then(
      async ({ documentSchema, viewCredential }) => {
        this.viewCredential = viewCredential;
        if (this.credential !== credential) return;
        // In tasks, as every document is read; a credential replaced meanwhile drops this result.
        const result = await validateInTasks(documentSchema, raw, { stale: () => this.credential !== credential });
        if (!result || this.credential !== credential) return;
        this.credentialProblems = result.problems;
        this.credentialValue = result.problems.length ? undefined : result.value;
      },
      (error: unknown) => {
        if (this.credential !== credential) return;
        // Not the credential's fault: no claim about it is shown, the console says why.
        this.credentialProblems = [`(credential): the Open Badges check could not be loaded (${String(error)})`];
        this.credentialLoadFailed = true;
      }
    );
    this.credentialCheck = check;
    void check.then(() => {
      if (this.credentialCheck !== check) return;
      this.credentialCheck = undefined;
      this.requestUpdate();
    });
  }

  /** Also waits for the document's reading, the credential's check and the units' slices, so `await el.updateComplete` sees everything. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settle(
      () => super.getUpdateComplete(),
      () => this.doc.pending,
      () => this.credentialCheck,
      () => this.slices.pending
    );
  }

  /**
   * The custom state behind `:host(:state(card))`. Safari before 17.4 has no `states`, and Chrome
   * before 125 takes only `--dashed` names: there the card stays an inline block, still readable.
   */
  private setCardState(card: boolean): void {
    try {
      if (card) this.internals.states.add('card');
      else this.internals.states.delete('card');
    } catch {
      // An older browser: no custom state, nothing else changes.
    }
  }

  private now(): number {
    return isIsoDate(this.today) ? Date.parse(`${this.today}T12:00:00Z`) : Date.now();
  }

  private renderBar(figures: Figures, name: string, card: boolean) {
    const known = figures.value !== undefined && figures.max !== undefined;
    const loading = this.doc.status === 'loading' && !known;
    const text = known
      ? countText(figures.value ?? 0, figures.max ?? 0)
      : loading
        ? msg('Hämtar uppgifter …', { id: 'training-badge.loading' })
        : msg('Uppgift saknas', { id: 'training-badge.no-figures' });
    // The card's heading is the label: the bar's name says what it measures of it (not the same name
    // twice), and still holds the label (a bar named by the label: public contract). The numbers are
    // the bar's aria-valuetext, so their visible twin is hidden from screen readers (read once).
    const label = card ? msg(str`${name}, genomfört`, { id: 'training-badge.progress' }) : name;
    // In a card, hidden twins (class "off") reserve the widest text, so a new value never moves
    // anything. A badge in a sentence takes only the room of its own words.
    // Without figures the track is dashed and has no target marker: an empty solid track read as
    // "0 %", with the target on it (the marker's legend then goes too, renderTarget).
    return html`<span part="bar" class="bar${known || loading ? '' : ' unknown'}" role="progressbar" aria-label=${label} aria-valuemin="0"
aria-valuemax=${figures.max ?? nothing} aria-valuenow=${figures.value ?? nothing} aria-valuetext=${text} aria-busy=${loading || nothing}>
<span part="indicator" class="fill"></span>${figures.target === undefined || !known ? nothing : html`<span part="target-marker" class="marker"></span>`}</span>
<span class="numbers" aria-hidden="true"><span>${text}</span>${card && known ? html`<span class="off">${countText(figures.max ?? 0, figures.max ?? 0)}</span>` : nothing}</span>
${
  // No status while the figures load: it comes with them, so it never moves when the figures
  // (narrower or wider than the loading text) push it along the line (layout shift).
  loading
    ? nothing
    : html`<span part="status" class="status">${STATUSES.map((s) =>
        s === figures.status
          ? html`<span class=${s}>${statusText(s)}</span>`
          : card
            ? html`<span class="off" aria-hidden="true">${statusText(s)}</span>`
            : nothing
      )}</span>`
}`;
  }

  private renderTarget(figures: Figures, card: boolean) {
    const { target, deadline } = figures;
    if (target === undefined && (!card || deadline === undefined)) return nothing;
    const p = target === undefined ? '' : formatNumber(target, { percent: true });
    const content =
      !card || deadline === undefined
        ? msg(str`Mål: ${p}`, { id: 'training-badge.target' })
        : target === undefined
          ? msg(html`Senast ${renderDate(deadline)}`, { id: 'training-badge.deadline' })
          : msg(html`Mål: ${p} senast ${renderDate(deadline)}`, { id: 'training-badge.target-by' });
    // The marker's legend (an upright line) only where the bar draws the marker.
    const legend = target !== undefined && figures.value !== undefined && figures.max !== undefined;
    const cls = legend ? 'target' : 'target bare';
    // A span in a badge: a paragraph would split the sentence the badge stands in.
    return card ? html`<p class=${cls}>${content}</p>` : html`<span class=${cls}>${content}</span>`;
  }

  private renderUnits(units: TrainingUnit[], figures: Figures, name: string) {
    if (units.length === 0) return nothing;
    this.slices.total = units.length;
    const today = isIsoDate(this.today) ? this.today : stockholmDate();
    const n = formatNumber(units.length);
    // Explicit table roles: in a narrow card the rows stack (display: block/flex), which some
    // browsers (Safari) take as the end of the table's semantics.
    return html`<details part="units" ?open=${units.length <= 10}><summary>${msg(str`Per enhet (${n})`, { id: 'training-badge.units' })}</summary>
<table role="table"><caption class="visually-hidden">${msg(str`${name}: genomfört per enhet`, { id: 'training-badge.units-caption' })}</caption><thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${msg('Enhet', { id: 'training-badge.unit' })}</th><th role="columnheader" scope="col">${msg(
      'Genomfört',
      {
        id: 'training-badge.completed',
      }
    )}</th><th role="columnheader" scope="col">${msg('Status', { id: 'training-badge.status' })}</th></tr></thead>
<tbody role="rowgroup">${units.slice(0, this.slices.limit).map((u) => {
      const status = statusOf(u.completed, u.total, figures.target, figures.deadline, today);
      return html`<tr role="row"><th role="rowheader" scope="row">${renderText(u.name)}</th><td role="cell">${countText(u.completed, u.total)}</td><td role="cell" class=${status}>${statusText(status)}</td></tr>`;
    })}</tbody></table></details>`;
  }

  private renderCredential(level: number) {
    if (!this.credentialValue || !this.viewCredential) {
      if (this.credentialJwt)
        return html`<p part="notice" class="notice">${msg(
          'Intyget är i signerad kompakt form (VC-JWT) och visas inte här. Lägg in intyget i JSON-form.',
          { id: 'training-badge.credential-jwt' }
        )}</p>`;
      return this.credentialProblems.length && !this.credentialLoadFailed
        ? html`<p part="notice" class="notice">${msg('Intyget kan inte visas: det följer inte Open Badges 3.0.', {
            id: 'training-badge.credential-invalid',
          })}</p>`
        : nothing;
    }
    const c = this.viewCredential(this.credentialValue, this.now());
    const validity =
      c.validity === 'not-yet'
        ? msg('Inte giltigt ännu', { id: 'training-badge.not-yet-valid' })
        : c.validity === 'expired'
          ? msg('Har gått ut', { id: 'training-badge.expired' })
          : msg('Giltigt', { id: 'training-badge.valid' });
    const row = (term: string, value: unknown) => html`<dt>${term}</dt><dd>${value}</dd>`;
    return html`<div part="credential" class="credential"><p class="note">${msg('Intyg (Open Badges 3.0)', { id: 'training-badge.credential' })}</p>
<p class="title" role="heading" aria-level=${level}>${c.name.trim() ? renderText(c.name) : msg('Intyg utan namn', { id: 'training-badge.credential-unnamed' })}</p><p>${renderText(c.description)}</p><dl>
${row(msg('Utfärdare', { id: 'training-badge.issuer' }), renderLink(c.issuerUrl, renderText(c.issuer), ['https:']))}
${row(msg('Utfärdat', { id: 'training-badge.issued' }), renderDate(c.issued))}
${c.until === undefined ? nothing : row(msg('Giltigt till', { id: 'training-badge.valid-until' }), renderDate(c.until))}
${row(
  msg('Krav', { id: 'training-badge.criteria' }),
  html`${renderText(c.criteria)} ${c.criteriaUrl ? renderLink(c.criteriaUrl, msg('Läs kraven', { id: 'training-badge.criteria-link' }), ['https:']) : nothing}`
)}
${row(
  msg('Giltighet', { id: 'training-badge.validity' }),
  // A pill as the status's: "Har gått ut" in the danger colour, not plain text as "Giltigt" is.
  html`<span class="status"><span class=${c.validity === 'expired' ? 'overdue' : c.validity === 'valid' ? 'complete' : 'not-started'}>${validity}</span></span>`
)}</dl>
<p class="note">${c.signed ? nothing : msg('Intyget har ingen signatur.', { id: 'training-badge.unsigned' })}
${msg('Signaturen kontrolleras inte här i webbläsaren. Kontrollera intyget hos utfärdaren.', { id: 'training-badge.not-verified' })}</p></div>`;
  }

  override render() {
    const hasCredential = this.credential != null && this.credential !== '';
    const docState = this.doc.status === 'empty' ? 'none' : this.doc.status === 'error' ? 'failed' : this.doc.status;
    const hasFigures = docState !== 'none' || this.value != null || this.max != null;
    const resolved = resolveFigures(this, this.doc.value, docState);
    this.figures = resolved;
    if (this.doc.value !== this.slicedDoc) {
      this.slicedDoc = this.doc.value;
      this.slices.reset();
    }
    this.slices.total = 0;
    const card = this.layout === 'card' || (this.layout !== 'badge' && (docState !== 'none' || hasCredential));
    this.setCardState(card);
    const name = textOf(resolved.label) || msg('Utbildning', { id: 'training-badge.default-label' });
    const level = headingLevel(this.headingLevel, 2);
    const notice = renderDataNotice({
      problems: [...this.doc.problems, ...resolved.problems, ...(this.credentialValue ? this.credentialProblems : [])],
      status: this.doc.status === 'error' ? 'error' : 'ready',
      cause: this.doc.cause,
    });
    const showFigures = hasFigures || !hasCredential;
    const content = html`${
      showFigures && card
        ? html`<p part="title" class="title" role="heading" aria-level=${level}>${textOf(resolved.label) ? renderText(resolved.label) : name}</p>`
        : nothing
    }${showFigures ? html`${this.renderBar(resolved, name, card)} ${this.renderTarget(resolved, card)}` : nothing}${
      showFigures && card && resolved.updated
        ? html`<p class="note">${msg(html`Uppdaterad ${renderDate(resolved.updated)}`, { id: 'training-badge.updated' })}</p>`
        : nothing
    }${showFigures && card ? this.renderUnits(resolved.units, resolved, name) : nothing}${this.renderCredential(showFigures && card ? Math.min(6, level + 1) : level)}${notice}`;
    const dir = dirFor(this) ?? nothing;
    const lang = langFor(this) ?? nothing;
    // The bar's width and the marker's place: custom properties through the CSSOM (strict CSP).
    const props = cssProps({ '--_pct': resolved.percent ?? 0, '--_target': resolved.target });
    // A badge is phrasing content (a span): it stands inside a sentence without splitting it.
    return card
      ? html`<div part="base" class="base card ${this.doc.status === 'loading' ? 'pending' : ''}" dir=${dir} lang=${lang} ${props}>${content}</div>`
      : html`<span part="base" class="base" dir=${dir} lang=${lang} ${props}>${content}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-training-badge': TryggTrainingBadge;
  }
}
