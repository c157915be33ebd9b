/**
 * The builder (demo/builder.html): an editor picks a component, fills a form or drops in the plan
 * sheet or the training export, sees the result in Swedish, English and Arabic at phone and
 * desktop width, then downloads the JSON file and copies the snippet. The sheets are read here, in
 * the browser, by the same parsers as the CLI (src/import): nothing is uploaded anywhere.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { readRows, SheetReadError } from '../../src/import/rows.js';
import { planFromRows, type PlanImport } from '../../src/import/plan-sheet.js';
import { trainingFromRows } from '../../src/import/training-export.js';
import { checkDocument } from '../../src/import/validate-document.js';
import { formatProblem, type Problem } from '../../src/import/problems.js';
import {
  AUDIENCE_LABELS,
  CHANNEL_LABELS,
  WEEKDAYS,
  contactId,
  contactsDocument,
  newContact,
  newTraining,
  trainingDocument,
  trainingDraft,
  type ChannelType,
  type ContactDraft,
  type DayDraft,
  type Weekday,
  hoursDays,
  percentOf,
} from './drafts.js';
import { cmsSnippet, FILES, htmlSnippet, type Component } from './snippet.js';

const COMPONENTS: [Component, string, string][] = [
  ['contacts', 'Stödkort', 'kontakter med kanaler och öppettider (trygg-support-card)'],
  ['training', 'Utbildning', 'hur långt personalen har kommit, per enhet (trygg-training-badge)'],
  ['plan', 'Handlingsplan', 'åtgärder och beslut ur kalkylbladet (trygg-plan-timeline)'],
];
const LANGUAGES = [
  ['sv', 'Svenska'],
  ['en', 'Engelska'],
  ['ar', 'Arabiska'],
] as const;
const SHEET_TYPES = '.xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface SheetState {
  file: string;
  format: string;
  problems: Problem[];
}

export interface BuilderOptions {
  /** The preview page (default: demo/builder-preview.html next to this module's folder). */
  previewUrl?: string;
}

/** Mounts the builder into `container`. Returns a function that removes it. */
export function mountBuilder(container: HTMLElement, options: BuilderOptions = {}): () => void {
  const previewUrl = options.previewUrl ?? new URL('../builder-preview.html', import.meta.url).href;
  const state = {
    component: 'plan' as Component,
    lang: 'sv' as (typeof LANGUAGES)[number][0],
    width: 'phone' as 'phone' | 'desktop',
    contacts: [newContact()] as ContactDraft[],
    training: newTraining(),
    trainingSheet: undefined as SheetState | undefined,
    plan: undefined as (PlanImport & SheetState) | undefined,
    planError: '',
    trainingError: '',
    url: { contacts: '/filer/kontakter.json', training: '/filer/utbildning.json', plan: '/filer/handlingsplan.json' },
    inline: false,
    copied: '',
    reading: false,
    /** Fields the editor has left (their paths): a field's problems show once it has been left … */
    touched: new Set<string>(),
    /** … or once the editor has tried to download or copy: then every problem of that component. */
    attempted: new Set<Component>(),
  };
  let frame: HTMLIFrameElement | null = null;
  let frameReady = false;
  /** Problems in the current component's data, shown or not yet (set while step 2 renders). */
  let problemCount = 0;

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow) return;
    if ((event.data as { ready?: boolean } | null)?.ready) {
      frameReady = true;
      sendPreview();
    }
  };
  window.addEventListener('message', onMessage);

  // While a pointer is down the builder is not rendered for a field left: a problem shown above the
  // button being pressed would move it from under the pointer and the click would be lost.
  let pressed = false;
  let deferred = false;
  const press = () => {
    pressed = true;
  };
  const release = () => {
    pressed = false;
    if (deferred) setTimeout(update, 0);
    deferred = false;
  };
  window.addEventListener('pointerdown', press, true);
  window.addEventListener('pointerup', release, true);
  window.addEventListener('pointercancel', release, true);

  /** The document of the current component, or `undefined` when there is nothing yet. */
  function currentDocument(): unknown {
    if (state.component === 'contacts') return contactsDocument(state.contacts);
    if (state.component === 'training') return trainingDocument(state.training);
    return state.plan?.document.measures.length ? state.plan.document : undefined;
  }

  function sendPreview(): void {
    if (!frame?.contentWindow || !frameReady) return;
    frame.contentWindow.postMessage(
      { component: state.component, data: currentDocument() ?? null, lang: state.lang },
      location.origin
    );
  }

  function update(): void {
    render(view(), container);
    sendPreview();
  }

  async function readSheet(file: File, kind: 'plan' | 'training'): Promise<void> {
    state.reading = true;
    state.copied = '';
    update();
    try {
      const sheet = await readRows(new Uint8Array(await file.arrayBuffer()), file.name);
      if (kind === 'plan') {
        state.plan = { ...planFromRows(sheet.rows), file: file.name, format: sheet.format };
        state.planError = '';
      } else {
        // A target that is not a number stays in its field, which says so.
        const target = percentOf(state.training.target);
        const result = trainingFromRows(sheet.rows, {
          course: state.training.course,
          target: typeof target === 'number' ? target : undefined,
          deadline: state.training.deadline.trim() || undefined,
          updated: state.training.updated.trim() || undefined,
        });
        state.trainingSheet = { file: file.name, format: sheet.format, problems: result.problems };
        state.trainingError = '';
        if (result.document.units.length) {
          state.training = trainingDraft(result.document, state.training);
          // The figures come from the file, not from typing: what is wrong with them shows at once.
          state.attempted.add('training');
        }
      }
    } catch (error) {
      const message =
        error instanceof SheetReadError
          ? error.message
          : `Filen gick inte att läsa (${error instanceof Error ? error.message : String(error)}).`;
      if (kind === 'plan') {
        state.plan = undefined;
        state.planError = message;
      } else state.trainingError = message;
    } finally {
      state.reading = false;
      update();
    }
  }

  const fileChanged = (kind: 'plan' | 'training') => (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void readSheet(file, kind);
  };
  const dragOver = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const dropped = (kind: 'plan' | 'training') => (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file) void readSheet(file, kind);
  };

  // ---- problems beside their fields --------------------------------------------------------------

  /**
   * Problems of the form's document by field path, each at the nearest field the form shows.
   * `move` puts a problem at the fields it comes from when the document's path is not the form's
   * (`contacts[0].hours[1].opens` → the opening time of each day of that entry), in its own words,
   * or leaves it out (`[]`). `own` are the form's own checks (a required name), by path. Only the
   * problems of fields the editor has left are kept, all of them once a download or copy was tried.
   */
  function formProblems(
    known: Set<string>,
    move: (path: string, message: string) => [string, string][] | undefined = () => undefined,
    own: [string, string][] = []
  ): { at: Map<string, string[]>; other: string[] } {
    const doc = currentDocument();
    const at = new Map<string, string[]>();
    const other: string[] = [];
    problemCount = 0;
    if (doc === undefined) return { at, other };
    for (const [path, message] of own) at.set(path, [...(at.get(path) ?? []), message]);
    for (const line of checkDocument(doc, state.component).problems) {
      const split = line.indexOf(': ');
      for (const [from, message] of move(line.slice(0, split), line.slice(split + 2)) ?? [
        [line.slice(0, split), line.slice(split + 2)],
      ]) {
        let path = from;
        // Up to the nearest field the form shows: contacts[0].audience[1] → contacts[0].audience.
        while (path && !known.has(path)) {
          const up = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
          path = up === path ? '' : up;
        }
        if (path) at.set(path, [...(at.get(path) ?? []), message]);
        else other.push(`${from}: ${message}`);
      }
    }
    problemCount = [...at.values()].reduce((sum, list) => sum + list.length, other.length);
    if (!state.attempted.has(state.component))
      for (const path of [...at.keys()])
        if (![...state.touched].some((t) => t === path || t.startsWith(`${path}.`) || t.startsWith(`${path}[`)))
          at.delete(path);
    return { at, other };
  }

  /** Item `index` of `list` removed: the fields left in it are forgotten, those after it move up. */
  function removed(list: string, index: number): void {
    const item = new RegExp(`^${list.replace(/[[\].]/g, '\\$&')}\\[(\\d+)\\]`);
    state.touched = new Set(
      [...state.touched].flatMap((path) => {
        const m = item.exec(path);
        const n = Number(m?.[1]);
        if (!m || n < index) return [path];
        return n === index ? [] : [`${list}[${n - 1}]${path.slice(m[0].length)}`];
      })
    );
  }

  /**
   * A field left: its problems show from now on. Rendered in a microtask (a field removed while it
   * has focus, another component chosen, loses it in the middle of a render), or once the pointer
   * that took the focus is released.
   */
  const left = (event: FocusEvent) => {
    const path = (event.target as HTMLElement).dataset.path;
    if (path && !state.touched.has(path)) {
      state.touched.add(path);
      if (pressed) deferred = true;
      else queueMicrotask(update);
    }
  };

  const idOf = (path: string) => `f-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

  function problemsAt(problems: Map<string, string[]>, path: string): TemplateResult | typeof nothing {
    const list = problems.get(path);
    return list?.length
      ? html`<ul class="problems" id=${`${idOf(path)}-problems`}>
          ${list.map((p) => html`<li>${p}</li>`)}
        </ul>`
      : nothing;
  }

  function field(
    problems: Map<string, string[]>,
    path: string,
    label: string,
    value: string,
    set: (value: string) => void,
    type = 'text',
    hint = '',
    empty = `Fyll i ${label.toLowerCase()}.`
  ): TemplateResult {
    const id = idOf(path);
    const bad = problems.has(path);
    // An empty field's problem is always the same: it needs filling in (never `""` is not valid …);
    // `empty` '' for an optional field, whose problem is about something else.
    if (bad && empty && !value.trim()) problems.set(path, [empty]);
    const described = [hint ? `${id}-hint` : '', bad ? `${id}-problems` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
      <input
        id=${id}
        type=${type}
        data-path=${path}
        .value=${live(value)}
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => {
          set((e.target as HTMLInputElement).value);
          update();
        }}
      />
      ${problemsAt(problems, path)}
    </div>`;
  }

  // ---- contacts ----------------------------------------------------------------------------------

  function contactsForm(): TemplateResult {
    const known = new Set<string>(['contacts']);
    state.contacts.forEach((c, i) => {
      for (const key of ['', '.id', '.name', '.description', '.audience', '.channels', '.hours', '.languages'])
        known.add(`contacts[${i}]${key}`);
      c.channels.forEach((_, j) => {
        known.add(`contacts[${i}].channels[${j}]`);
        known.add(`contacts[${i}].channels[${j}].value`);
      });
      for (const day of [...WEEKDAYS.map(([d]) => d), 'PublicHolidays'])
        for (const end of ['opens', 'closes']) known.add(`contacts[${i}].days.${day}.${end}`);
    });
    // A time of hours[k] belongs to each day of that entry: the day and the field named, by the field.
    // An empty id is made from the name: its problem is the empty name's, said at the name. The same
    // id twice (two contacts of the same name) is said at the second, in the form's words.
    const names = state.contacts.flatMap((c, i): [string, string][] =>
      c.name.trim() ? [] : [[`contacts[${i}].name`, 'Fyll i namn.']]
    );
    const { at, other } = formProblems(
      known,
      (path, message) => {
        const id = /^contacts\[(\d+)\]\.id$/.exec(path);
        const contact = id ? state.contacts[Number(id[1])] : undefined;
        const same = /finns redan i contacts\[(\d+)\]/.exec(message);
        if (id && contact && same)
          return [
            [
              path,
              `Kontakt ${Number(same[1]) + 1} har samma id (${contactId(contact)}): skriv ett eget id${
                contact.id.trim() ? '' : ' eller ändra namnet'
              }.`,
            ],
          ];
        if (contact && !contact.id.trim() && !contact.name.trim()) return [];
        const m = /^contacts\[(\d+)\]\.hours\[(\d+)\]\.(opens|closes)$/.exec(path);
        const c = m ? state.contacts[Number(m[1])] : undefined;
        if (!m || !c) return undefined;
        const end = m[3] as 'opens' | 'closes';
        const verb = end === 'opens' ? 'öppnar' : 'stänger';
        return (hoursDays(c)[Number(m[2])] ?? []).map((day) => {
          const draft = day === 'PublicHolidays' ? c.holidays : c.days[day as Weekday];
          const name = WEEKDAYS.find(([d]) => d === day)?.[1] ?? 'Helgdagar';
          return [
            `contacts[${m[1]}].days.${day}.${end}`,
            draft[end].trim() ? `${name}, ${verb}: ${message}` : `${name}: fyll i när kontakten ${verb}.`,
          ];
        });
      },
      names
    );
    const change = () => {
      update();
    };
    return html`
      ${otherProblems(other)}
      ${state.contacts.map((c, i) => {
        const p = `contacts[${i}]`;
        const time = (day: DayDraft, key: string, end: 'opens' | 'closes', label: string) => {
          const path = `${p}.days.${key}.${end}`;
          const bad = at.has(path);
          return html`<label>${label} <input
              type="time"
              id=${idOf(path)}
              data-path=${path}
              .value=${live(day[end])}
              aria-invalid=${bad ? 'true' : 'false'}
              aria-describedby=${bad ? `${idOf(path)}-problems` : nothing}
              @input=${(e: Event) => {
                day[end] = (e.target as HTMLInputElement).value;
                change();
              }}
          /></label>`;
        };
        const dayRow = (
          label: string,
          day: DayDraft,
          key: string
        ) => html`<div class="day" role="group" aria-labelledby=${`${idOf(p)}-${key}-label`}>
          <span id=${`${idOf(p)}-${key}-label`} class="day-name">${label}</span>
          <label><input type="checkbox" .checked=${live(day.open)} @change=${(e: Event) => {
            day.open = (e.target as HTMLInputElement).checked;
            change();
          }} /> Öppet</label>
          ${
            day.open
              ? html`${time(day, key, 'opens', 'Öppnar')} ${time(day, key, 'closes', 'Stänger')}
                ${problemsAt(at, `${p}.days.${key}.opens`)} ${problemsAt(at, `${p}.days.${key}.closes`)}`
              : nothing
          }
        </div>`;
        return html`<fieldset class="contact">
          <legend>Kontakt ${i + 1}${c.name ? `: ${c.name}` : ''}</legend>
          ${problemsAt(at, p)}
          ${field(at, `${p}.name`, 'Namn', c.name, (v) => (c.name = v))}
          ${field(
            at,
            `${p}.id`,
            'Id (valfritt)',
            c.id,
            (v) => (c.id = v),
            'text',
            'Görs av namnet om du lämnar det tomt.',
            ''
          )}
          ${field(at, `${p}.description`, 'Beskrivning', c.description, (v) => (c.description = v))}
          <fieldset>
            <legend>Vem kontakten är till för</legend>
            ${AUDIENCE_LABELS.map(
              ([code, label]) => html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${live(c.audience.includes(code))}
                  @change=${(e: Event) => {
                    c.audience = (e.target as HTMLInputElement).checked
                      ? [...c.audience, code]
                      : c.audience.filter((a) => a !== code);
                    change();
                  }}
                />
                ${label}</label
              >`
            )}
            ${problemsAt(at, `${p}.audience`)}
          </fieldset>
          <fieldset>
            <legend>Kanaler</legend>
            ${problemsAt(at, `${p}.channels`)}
            ${c.channels.map((ch, j) => {
              const cp = `${p}.channels[${j}]`;
              return html`<div class="channel">
                <label for=${`${idOf(cp)}-type`}>Kanal ${j + 1}, typ</label>
                <select
                  id=${`${idOf(cp)}-type`}
                  @change=${(e: Event) => {
                    ch.type = (e.target as HTMLSelectElement).value as ChannelType;
                    change();
                  }}
                >
                  ${CHANNEL_LABELS.map(([type, label]) => html`<option value=${type} ?selected=${ch.type === type}>${label}</option>`)}
                </select>
                ${field(
                  at,
                  `${cp}.value`,
                  `Kanal ${j + 1}, nummer eller adress`,
                  ch.value,
                  (v) => (ch.value = v),
                  'text',
                  '',
                  `Fyll i numret eller adressen till kanal ${j + 1}.`
                )}
                ${problemsAt(at, cp)}
                <button
                  type="button"
                  ?disabled=${c.channels.length === 1}
                  @click=${() => {
                    c.channels.splice(j, 1);
                    removed(`${p}.channels`, j);
                    change();
                  }}
                >
                  Ta bort kanal ${j + 1}
                </button>
              </div>`;
            })}
            <button
              type="button"
              @click=${() => {
                c.channels.push({ type: 'phone', value: '' });
                change();
              }}
            >
              Lägg till kanal
            </button>
          </fieldset>
          <fieldset>
            <legend>Öppettider</legend>
            ${(
              [
                ['hours', 'Vissa tider'],
                ['always', 'Dygnet runt'],
                ['unknown', 'Anges inte'],
              ] as const
            ).map(
              ([mode, label]) => html`<label class="check"
                ><input
                  type="radio"
                  name=${`${idOf(p)}-hours`}
                  .checked=${live(c.hoursMode === mode)}
                  @change=${() => {
                    c.hoursMode = mode;
                    change();
                  }}
                />
                ${label}</label
              >`
            )}
            ${
              c.hoursMode === 'hours'
                ? html`${WEEKDAYS.map(([day, label]) => dayRow(label, c.days[day], day))}
                ${dayRow('Helgdagar', c.holidays, 'PublicHolidays')}
                <p class="hint">Helgdagar utan tider: kortet säger att det inte vet om kontakten svarar.</p>`
                : nothing
            }
            ${problemsAt(at, `${p}.hours`)}
          </fieldset>
          ${field(at, `${p}.languages`, 'Språk', c.languages, (v) => (c.languages = v), 'text', 'Språkkoder med komma emellan, t.ex. sv, en, ar.')}
          <label class="check"><input type="checkbox" .checked=${live(c.free)} @change=${(e: Event) => {
            c.free = (e.target as HTMLInputElement).checked;
            change();
          }} /> Kostnadsfritt</label>
          <label class="check"><input type="checkbox" .checked=${live(c.anonymous)} @change=${(e: Event) => {
            c.anonymous = (e.target as HTMLInputElement).checked;
            change();
          }} /> Går att vara anonym</label>
          <button
            type="button"
            ?disabled=${state.contacts.length === 1}
            @click=${() => {
              state.contacts.splice(i, 1);
              removed('contacts', i);
              change();
            }}
          >
            Ta bort kontakt ${i + 1}
          </button>
        </fieldset>`;
      })}
      <button
        type="button"
        @click=${() => {
          state.contacts.push(newContact());
          change();
        }}
      >
        Lägg till kontakt
      </button>
    `;
  }

  // ---- training ----------------------------------------------------------------------------------

  function trainingForm(): TemplateResult {
    const t = state.training;
    const known = new Set<string>(['course', 'target', 'deadline', 'updated', 'units']);
    t.units.forEach((_, i) => {
      for (const k of ['', '.name', '.completed', '.total']) known.add(`units[${i}]${k}`);
    });
    // More completed than in all: said by the completed field, with both figures as typed.
    const { at, other } = formProblems(known, (path, message) => {
      const m = /^units\[(\d+)\]$/.exec(path);
      const u = m ? t.units[Number(m[1])] : undefined;
      if (!m || !u || !message.startsWith('completed får inte vara större än total')) return undefined;
      return [
        [
          `units[${m[1]}].completed`,
          `Har gått utbildningen (${u.completed.trim()}) kan inte vara större än Antal i allt (${u.total.trim()}).`,
        ],
      ];
    });
    return html`
      ${sheetInput('training', 'training-file', 'Utbildningsexport (en rad per person) som Excel- eller CSV-fil')}
      <p class="hint" id="training-file-hint">
        Exporten från lärplattformen: en kolumn för enhet (Enhet, Förvaltning …) och en för genomförd (Ja/Nej eller
        datum). Bara de två kolumnerna läses; namn och anställningsnummer används aldrig. Enheter med färre än 5
        personer räknas ihop som "Övriga enheter".
      </p>
      ${state.trainingError ? html`<p class="problem-box" role="alert">${state.trainingError}</p>` : nothing}
      ${
        state.trainingSheet
          ? html`<p>${state.trainingSheet.file}: ${state.trainingSheet.format}.</p>
            ${sheetProblems(state.trainingSheet.problems)}`
          : nothing
      }
      ${otherProblems(other)}
      ${field(at, 'course', 'Utbildningens namn', t.course, (v) => (t.course = v))}
      ${field(at, 'target', 'Mål i procent', t.target, (v) => (t.target = v), 'text', 'Från 0 till 100.')}
      ${field(at, 'deadline', 'Målet ska nås senast', t.deadline, (v) => (t.deadline = v), 'date')}
      ${field(at, 'updated', 'Siffrorna räknades', t.updated, (v) => (t.updated = v), 'date')}
      <fieldset>
        <legend>Enheter</legend>
        ${problemsAt(at, 'units')}
        ${t.units.map(
          (u, i) => html`<fieldset class="unit">
            <legend>Enhet ${i + 1}${u.name ? `: ${u.name}` : ''}</legend>
            ${problemsAt(at, `units[${i}]`)}
            ${field(at, `units[${i}].name`, 'Namn', u.name, (v) => (u.name = v), 'text', '', 'Fyll i enhetens namn.')}
            ${field(
              at,
              `units[${i}].completed`,
              'Har gått utbildningen',
              u.completed,
              (v) => (u.completed = v),
              'text',
              '',
              'Fyll i hur många som har gått utbildningen.'
            )}
            ${field(
              at,
              `units[${i}].total`,
              'Antal i allt',
              u.total,
              (v) => (u.total = v),
              'text',
              '',
              'Fyll i hur många det är i allt.'
            )}
            <button
              type="button"
              ?disabled=${t.units.length === 1}
              @click=${() => {
                t.units.splice(i, 1);
                removed('units', i);
                update();
              }}
            >
              Ta bort enhet ${i + 1}
            </button>
          </fieldset>`
        )}
        <button
          type="button"
          @click=${() => {
            t.units.push({ name: '', completed: '', total: '' });
            update();
          }}
        >
          Lägg till enhet
        </button>
      </fieldset>
    `;
  }

  // ---- plan --------------------------------------------------------------------------------------

  function planForm(): TemplateResult {
    const plan = state.plan;
    const rows = new Map<number, { id?: string; title?: string; problems: Problem[] }>();
    if (plan) {
      plan.document.measures.forEach((m, i) => {
        const title =
          typeof m.title === 'string' ? m.title : Object.hasOwn(m.title, 'sv') ? m.title.sv : Object.values(m.title)[0];
        rows.set(plan.rowOf[i], { id: m.id, title, problems: [] });
      });
      for (const problem of plan.problems) {
        if (problem.row === undefined) continue;
        const row = rows.get(problem.row) ?? { problems: [] };
        row.problems.push(problem);
        rows.set(problem.row, row);
      }
    }
    const general = plan?.problems.filter((p) => p.row === undefined) ?? [];
    const errors = plan?.problems.filter((p) => p.severity === 'error').length ?? 0;
    problemCount = errors;
    return html`
      ${sheetInput('plan', 'plan-file', 'Handlingsplanen som Excel- eller CSV-fil')}
      <p class="hint" id="plan-file-hint">
        En rad per åtgärd. Kolumner i valfri ordning: Id, Åtgärd, Beskrivning, Ansvarig, Samverkan, Start, Slut,
        Status, Nivå, Prevention, Målgrupp, Agenda 2030 (se README). Exempel:
        <a href="./data/handlingsplan.xlsx" download>handlingsplan.xlsx</a>,
        <a href="./data/handlingsplan.csv" download>handlingsplan.csv</a>.
      </p>
      ${state.planError ? html`<p class="problem-box" role="alert">${state.planError}</p>` : nothing}
      ${
        plan
          ? html`<p>
              ${plan.file}: ${plan.format}. ${plan.document.measures.length} åtgärder${
                errors ? html`, <strong>${errors} fel</strong>` : nothing
              }.
            </p>
            ${sheetProblems(general)}
            <table class="rows">
              <caption>
                Raderna i kalkylbladet
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rad</th>
                  <th scope="col">Id</th>
                  <th scope="col">Åtgärd</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                ${[...rows.entries()]
                  .sort((a, b) => a[0] - b[0])
                  .map(
                    ([row, r]) => html`<tr class=${r.problems.some((p) => p.severity === 'error') ? 'bad' : ''}>
                      <th scope="row">${row}</th>
                      <td data-label="Id">${r.id ?? '–'}</td>
                      <td data-label="Åtgärd">${r.title ?? html`<em>hoppas över</em>`}</td>
                      <td data-label="Problem">
                        ${
                          r.problems.length
                            ? html`<ul class=${listClass(r.problems)}>
                              ${r.problems.map(
                                (p) => html`<li>${p.column ? `Kolumn ${p.column}: ` : ''}${p.message}</li>`
                              )}
                            </ul>`
                            : 'OK'
                        }
                      </td>
                    </tr>`
                  )}
              </tbody>
            </table>`
          : nothing
      }
    `;
  }

  // ---- shared pieces -----------------------------------------------------------------------------

  function sheetInput(kind: 'plan' | 'training', id: string, label: string): TemplateResult {
    // The dashed area is the field's label, so a tap anywhere in it opens the file chooser; the field
    // is named by the label's first line only.
    return html`<label class="drop" @dragover=${dragOver} @drop=${dropped(kind)}>
      <span id=${`${id}-label`}>${label}</span>
      <input
        id=${id}
        type="file"
        accept=${SHEET_TYPES}
        aria-labelledby=${`${id}-label`}
        aria-describedby=${`${id}-hint`}
        @change=${fileChanged(kind)}
      />
      <span class="hint">Välj filen eller dra den hit. Den läses här i webbläsaren och laddas inte upp.</span>
    </label>`;
  }

  /** A list of only notices is not a problem to go to (see `firstProblem`). */
  const listClass = (problems: Problem[]) =>
    problems.some((p) => p.severity === 'error') ? 'problems' : 'problems notices';

  function sheetProblems(problems: Problem[]): TemplateResult | typeof nothing {
    return problems.length
      ? html`<ul class=${listClass(problems)}>
          ${problems.map((p) => html`<li>${p.severity === 'notice' ? 'Obs: ' : ''}${formatProblem(p)}</li>`)}
        </ul>`
      : nothing;
  }

  function otherProblems(lines: string[]): TemplateResult | typeof nothing {
    return lines.length
      ? html`<ul class="problems">
          ${lines.map((l) => html`<li>${l}</li>`)}
        </ul>`
      : nothing;
  }

  /** Every problem of the form shown, and focus on the first: the field, or the list of a row. */
  function firstProblem(): void {
    state.attempted.add(state.component);
    update();
    const first = container.querySelector<HTMLElement>(
      'section[aria-labelledby="step-2"] :is([aria-invalid="true"], .problems:not(.notices))'
    );
    if (first && !first.matches('input, select')) first.tabIndex = -1;
    first?.focus();
  }

  /** `, men uppgifterna har 2 problem.` after what was done, or `.` */
  const butProblems = () => (problemCount ? `, men uppgifterna har ${problemCount} problem.` : '.');

  function download(): void {
    state.attempted.add(state.component);
    update();
    const doc = currentDocument();
    if (doc === undefined) return;
    state.copied = problemCount ? `${FILES[state.component]} laddas ner${butProblems()}` : '';
    update();
    const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = FILES[state.component];
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 0);
  }

  async function copy(which: 'html' | 'cms', text: string): Promise<void> {
    state.attempted.add(state.component);
    try {
      await navigator.clipboard.writeText(text);
      state.copied = `${which === 'html' ? 'HTML-koden' : 'CMS-koden'} är kopierad${butProblems()}`;
    } catch {
      const code = container.querySelector(`[data-snippet="${which}"]`);
      if (code) getSelection()?.selectAllChildren(code);
      state.copied = `Kopieringen nekades av webbläsaren; koden är markerad, kopiera den med Ctrl+C${
        problemCount ? `. Uppgifterna har ${problemCount} problem.` : '.'
      }`;
    }
    update();
  }

  function publish(): TemplateResult {
    const doc = currentDocument();
    const url = state.url[state.component];
    const file = FILES[state.component];
    const urlProblem = url.toLowerCase().split('#')[0].endsWith(file)
      ? ''
      : `Adressen ska sluta med ${file}, annars känner CMS-koden inte igen filen.`;
    const plain = htmlSnippet(state.component, url, 3, state.inline ? doc : undefined);
    const cms = cmsSnippet(state.component, url, 3);
    // The file and the code stay usable with problems (the components show what is valid), but say so.
    const warned = doc !== undefined && problemCount > 0;
    const warning = warned ? 'publish-warning' : nothing;
    return html`
      <p>
        <button type="button" ?disabled=${doc === undefined} aria-describedby=${warning} @click=${download}>
          Ladda ner ${file}
        </button>
        ${doc === undefined ? html`<span class="hint">Läs in ett kalkylblad först.</span>` : nothing}
      </p>
      ${
        warned
          ? html`<div class="problem-box">
              <p id="publish-warning">
                Uppgifterna har ${problemCount} problem. Det som är fel kommer inte med på sidan.
              </p>
              <button type="button" @click=${firstProblem}>
                ${problemCount === 1 ? 'Gå till problemet' : 'Gå till det första problemet'}
              </button>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="file-url">Adress där du laddar upp ${file} på webbplatsen</label>
        <input
          id="file-url"
          type="text"
          .value=${live(url)}
          aria-invalid=${urlProblem ? 'true' : 'false'}
          aria-describedby=${urlProblem ? 'file-url-problem' : nothing}
          @input=${(e: Event) => {
            state.url[state.component] = (e.target as HTMLInputElement).value;
            update();
          }}
        />
        ${urlProblem ? html`<ul class="problems" id="file-url-problem"><li>${urlProblem}</li></ul>` : nothing}
      </div>
      <h3 id="snippet-html-heading">HTML (sidmall eller HTML-block)</h3>
      <label class="check"
        ><input
          type="checkbox"
          .checked=${live(state.inline)}
          @change=${(e: Event) => {
            state.inline = (e.target as HTMLInputElement).checked;
            update();
          }}
        />
        Lägg data i koden (då behöver ingen fil laddas upp)</label
      >
      <pre class="snippet" tabindex="0"><code data-snippet="html">${plain}</code></pre>
      <button type="button" aria-describedby=${warning} @click=${() => void copy('html', plain)}>
        Kopiera HTML-koden
      </button>
      <h3 id="snippet-cms-heading">CMS (textfält i en artikel)</h3>
      <p class="hint">
        En vanlig länk till filen; kit-skriptet i sidmallen gör den till komponenten. Klistra in den som HTML eller
        skapa länken själv med samma adress.
      </p>
      <pre class="snippet" tabindex="0"><code data-snippet="cms">${cms}</code></pre>
      <button type="button" aria-describedby=${warning} @click=${() => void copy('cms', cms)}>
        Kopiera CMS-koden
      </button>
      <p role="status" class="status">${state.copied}</p>
    `;
  }

  function view(): TemplateResult {
    // The form first: it counts the problems that step 4 warns of.
    const form =
      state.component === 'contacts' ? contactsForm() : state.component === 'training' ? trainingForm() : planForm();
    return html`
      <section aria-labelledby="step-1">
        <h2 id="step-1">1. Välj komponent</h2>
        <fieldset>
          <legend>Vad vill du visa?</legend>
          ${COMPONENTS.map(
            ([value, label, hint]) => html`<label class="check"
              ><input
                type="radio"
                name="component"
                value=${value}
                .checked=${live(state.component === value)}
                @change=${() => {
                  state.component = value;
                  state.copied = '';
                  update();
                }}
              />
              <strong>${label}</strong>: ${hint}</label
            >`
          )}
        </fieldset>
      </section>
      <section aria-labelledby="step-2" @focusout=${left}>
        <h2 id="step-2">2. ${state.component === 'plan' ? 'Läs in kalkylbladet' : 'Fyll i'}</h2>
        ${state.reading ? html`<p role="status">Läser filen …</p>` : nothing}
        ${form}
      </section>
      <section aria-labelledby="step-3">
        <h2 id="step-3">3. Förhandsvisning</h2>
        <div class="preview-controls">
          <fieldset>
            <legend>Språk</legend>
            ${LANGUAGES.map(
              ([value, label]) => html`<label class="check"
                ><input
                  type="radio"
                  name="lang"
                  .checked=${live(state.lang === value)}
                  @change=${() => {
                    state.lang = value;
                    update();
                  }}
                />
                ${label}</label
              >`
            )}
          </fieldset>
          <fieldset>
            <legend>Bredd</legend>
            ${(
              [
                ['phone', 'Mobil (360 px)'],
                ['desktop', 'Dator (1024 px)'],
              ] as const
            ).map(
              ([value, label]) => html`<label class="check"
                ><input
                  type="radio"
                  name="width"
                  .checked=${live(state.width === value)}
                  @change=${() => {
                    state.width = value;
                    update();
                  }}
                />
                ${label}</label
              >`
            )}
          </fieldset>
        </div>
        <div class="preview-scroll" tabindex="0" role="region" aria-label="Förhandsvisningen (rulla i sidled vid datorbredd)">
          <iframe class=${`preview ${state.width}`} title="Förhandsvisning" src=${previewUrl}></iframe>
        </div>
      </section>
      <section aria-labelledby="step-4">
        <h2 id="step-4">4. Ladda ner och klistra in</h2>
        ${publish()}
      </section>
    `;
  }

  update();
  frame = container.querySelector('iframe.preview');
  return () => {
    window.removeEventListener('message', onMessage);
    window.removeEventListener('pointerdown', press, true);
    window.removeEventListener('pointerup', release, true);
    window.removeEventListener('pointercancel', release, true);
    render(nothing, container);
  };
}
