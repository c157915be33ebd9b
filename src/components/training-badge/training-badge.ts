import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { DataController, renderDataNotice, reportDataError } from '../../core/data.js';
import { renderDate, stockholmDate } from '../../core/dates.js';
import { defineElement } from '../../core/define.js';
import { dirFor, langFor, getLocale, registerTranslations } from '../../core/locale.js';
import { renderText, textOf } from '../../core/localized-text.js';
import { renderLink } from '../../core/safe-url.js';
import { documentSchema as credentialSchema, isCompactJwt, type OpenBadgeCredential } from './open-badge-schema.js';
import { documentSchema, MAX_UNITS, type TrainingDocument, type TrainingUnit } from './schema.js';
import { headingLevel } from '../../core/attributes.js';
import { baseStyles } from '../../core/theme.js';
import { validate } from '../../core/validate.js';
import {
  isIsoDate,
  percentOf,
  refineDocument,
  resolveFigures,
  statusOf,
  viewCredential,
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

const formats = new Map<string, Intl.NumberFormat>();
/** A number (or percent) format for the page's locale, made once per locale (200 units use it 400 times). */
function format(percent = false): Intl.NumberFormat {
  const key = `${getLocale()}${percent}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(getLocale(), percent ? { style: 'percent', maximumFractionDigits: 1 } : {}))
    );
  return f;
}

/** `84 av 120 (70 %)` in the page's locale. */
function countText(value: number, max: number): string {
  const p = format(true).format(percentOf(value, max) / 100);
  return msg(str`${format().format(value)} av ${format().format(max)} (${p})`, { id: 'training-badge.count' });
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
 * @csspart status - The status word.
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
    schema: documentSchema,
    refine: refineDocument,
    limits: { units: MAX_UNITS },
  });
  private readonly internals = this.attachInternals();
  private figures: Figures = { label: undefined, units: [], problems: [] };
  private credentialValue: OpenBadgeCredential | undefined;
  private credentialProblems: string[] = [];
  /** The credential was a VC-JWT (the compact signed form), which is not shown. */
  private credentialJwt = false;
  private reported = { attributes: '', credential: '' };

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
    const { percent, target } = this.figures;
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    // No style= binding (CSP): the bar's width and the marker's place are set through the CSSOM.
    base?.style.setProperty('--_pct', String(percent ?? 0));
    if (target === undefined) base?.style.removeProperty('--_target');
    else base?.style.setProperty('--_target', String(target));
    this.report('attributes', this.figures.problems);
    this.report('credential', this.credentialProblems);
  }

  private readCredential(): void {
    this.credentialValue = undefined;
    this.credentialProblems = [];
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
      try {
        raw = JSON.parse(raw);
      } catch (error) {
        this.credentialProblems = [
          `(credential): not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        ];
        return;
      }
    }
    // All or nothing: a credential is shown only as it is, never with a bad part left out (it
    // would look more valid than it is).
    const { value, problems } = validate(credentialSchema, raw);
    this.credentialProblems = problems;
    this.credentialValue = problems.length ? undefined : value;
  }

  private report(source: 'attributes' | 'credential', problems: string[]): void {
    const key = problems.join('\n');
    if (key === this.reported[source]) return;
    this.reported[source] = key;
    if (problems.length) reportDataError(this, source, problems);
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

  private renderBar(f: Figures, name: string) {
    const known = f.value !== undefined && f.max !== undefined;
    const loading = this.doc.status === 'loading' && !known;
    const text = known
      ? countText(f.value ?? 0, f.max ?? 0)
      : loading
        ? msg('Hämtar uppgifter…', { id: 'training-badge.loading' })
        : msg('Uppgift saknas', { id: 'training-badge.no-figures' });
    // The hidden twins (class "off") reserve the widest text, so a new value never moves anything.
    return html`<div part="bar" class="bar" role="progressbar" aria-label=${name} aria-valuemin="0"
aria-valuemax=${f.max ?? nothing} aria-valuenow=${f.value ?? nothing} aria-valuetext=${text} aria-busy=${loading || nothing}>
<div part="indicator" class="fill"></div>${f.target === undefined ? nothing : html`<div part="target-marker" class="marker"></div>`}</div>
<span class="numbers"><span>${text}</span>${known ? html`<span class="off" aria-hidden="true">${countText(f.max ?? 0, f.max ?? 0)}</span>` : nothing}</span>
<span part="status" class="status">${STATUSES.map((s) =>
      s === f.status
        ? html`<span class=${s}>${statusText(s)}</span>`
        : html`<span class="off" aria-hidden="true">${statusText(s)}</span>`
    )}</span>`;
  }

  private renderTarget(f: Figures, card: boolean) {
    const { target, deadline } = f;
    if (target === undefined && (!card || deadline === undefined)) return nothing;
    const p = target === undefined ? '' : format(true).format(target / 100);
    const content =
      !card || deadline === undefined
        ? msg(str`Mål: ${p}`, { id: 'training-badge.target' })
        : target === undefined
          ? msg(html`Senast ${renderDate(deadline)}`, { id: 'training-badge.deadline' })
          : msg(html`Mål: ${p} senast ${renderDate(deadline)}`, { id: 'training-badge.target-by' });
    return html`<p class="target">${content}</p>`;
  }

  private renderUnits(units: TrainingUnit[], f: Figures) {
    if (units.length === 0) return nothing;
    const today = isIsoDate(this.today) ? this.today : stockholmDate();
    const n = format().format(units.length);
    // Explicit table roles: in a narrow card the rows stack (display: block/flex), which some
    // browsers (Safari) take as the end of the table's semantics.
    return html`<details part="units" ?open=${units.length <= 10}><summary>${msg(str`Per enhet (${n})`, { id: 'training-badge.units' })}</summary>
<table role="table"><thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${msg('Enhet', { id: 'training-badge.unit' })}</th><th role="columnheader" scope="col">${msg(
      'Genomfört',
      {
        id: 'training-badge.completed',
      }
    )}</th><th role="columnheader" scope="col">${msg('Läge', { id: 'training-badge.status' })}</th></tr></thead>
<tbody role="rowgroup">${units.map((u) => {
      const status = statusOf(u.completed, u.total, f.target, f.deadline, today);
      return html`<tr role="row"><th role="rowheader" scope="row">${renderText(u.name)}</th><td role="cell">${countText(u.completed, u.total)}</td><td role="cell" class=${status}>${statusText(status)}</td></tr>`;
    })}</tbody></table></details>`;
  }

  private renderCredential(level: number) {
    if (!this.credentialValue) {
      if (this.credentialJwt)
        return html`<p part="notice" class="notice">${msg(
          'Intyget är i signerad kompakt form (VC-JWT) och visas inte här. Lägg in intyget i JSON-form.',
          { id: 'training-badge.credential-jwt' }
        )}</p>`;
      return this.credentialProblems.length
        ? html`<p part="notice" class="notice">${msg('Intyget kan inte visas: det följer inte Open Badges 3.0.', {
            id: 'training-badge.credential-invalid',
          })}</p>`
        : nothing;
    }
    const c = viewCredential(this.credentialValue, this.now());
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
${row(msg('Giltighet', { id: 'training-badge.validity' }), validity)}</dl>
<p class="note">${c.signed ? nothing : msg('Intyget har ingen signatur.', { id: 'training-badge.unsigned' })}
${msg('Signaturen kontrolleras inte här i webbläsaren. Kontrollera intyget hos utfärdaren.', { id: 'training-badge.not-verified' })}</p></div>`;
  }

  override render() {
    const hasCredential = this.credential != null && this.credential !== '';
    const docState = this.doc.status === 'empty' ? 'none' : this.doc.status === 'error' ? 'failed' : this.doc.status;
    const hasFigures = docState !== 'none' || this.value != null || this.max != null;
    const f = resolveFigures(this, this.doc.value, docState);
    this.figures = f;
    const card = this.layout === 'card' || (this.layout !== 'badge' && (docState !== 'none' || hasCredential));
    this.setCardState(card);
    const name = textOf(f.label) || msg('Utbildning', { id: 'training-badge.default-label' });
    const level = headingLevel(this.headingLevel, 2);
    const notice = renderDataNotice({
      problems: [...this.doc.problems, ...f.problems, ...(this.credentialValue ? this.credentialProblems : [])],
      status: this.doc.status === 'error' ? 'error' : 'ready',
    });
    const figures = hasFigures || !hasCredential;
    return html`<div part="base" class="base ${card ? 'card' : ''}" dir=${dirFor(this) ?? nothing} lang=${langFor(this) ?? nothing}>${
      figures && card
        ? html`<p part="title" class="title" role="heading" aria-level=${level}>${textOf(f.label) ? renderText(f.label) : name}</p>`
        : nothing
    }${figures ? html`${this.renderBar(f, name)} ${this.renderTarget(f, card)}` : nothing}${
      figures && card && f.updated
        ? html`<p class="note">${msg(html`Uppdaterad ${renderDate(f.updated)}`, { id: 'training-badge.updated' })}</p>`
        : nothing
    }${figures && card ? this.renderUnits(f.units, f) : nothing}${this.renderCredential(figures && card ? Math.min(6, level + 1) : level)}${notice}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trygg-training-badge': TryggTrainingBadge;
  }
}
