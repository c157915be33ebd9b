/**
 * The municipality's plan sheet (one row per measure, Swedish headers) to a plan document of
 * `<trygg-plan-timeline>`, checked with the same valibot schema the component uses.
 *
 * The sheet: a header row with at least `Åtgärd`, in any order, case-insensitive:
 * `Id Typ Åtgärd Beskrivning Ansvarig Samverkan Organ Paragraf Start Slut Datum Status Nivå
 * Prevention Målgrupp "Agenda 2030" Länk Länktext Anmärkning Exempel`. A text column may have a
 * language after it, `Åtgärd (en)`. Above the header row, optional rows about the plan itself:
 * a name in column A (`Rubrik`, `Beskrivning`, `Källa`, `Länk till källan`, `Uppdaterad`,
 * `Period från`, `Period till`, `Anmärkning`, `Agenda 2030 16.1`, each also with `(en)`), the
 * value in column B.
 *
 * A value that cannot be used is left out and reported (the rest of the row still converts); a row
 * without a title, or with an id already used, is left out.
 */
import * as v from 'valibot';
import { idSchema, partialDateSchema } from '../core/schema.js';
import { isSafeLink } from '../core/validate.js';
import {
  documentSchema,
  measureSchema,
  type PlanDocument,
  type PlanMeasure,
} from '../components/plan-timeline/schema.js';
import { earliest, latest } from '../components/plan-timeline/plan.js';
import { cellText, isEmptyRow, isoDay, type Cell, type Rows } from './rows.js';
import { issueInSwedish, orList, type Problem } from './problems.js';

type Localized = Record<string, string>;

/** Fields a column can fill. */
type Field =
  | 'id'
  | 'kind'
  | 'title'
  | 'description'
  | 'responsible'
  | 'partners'
  | 'body'
  | 'paragraph'
  | 'start'
  | 'end'
  | 'date'
  | 'status'
  | 'level'
  | 'prevention'
  | 'audience'
  | 'sdg'
  | 'link'
  | 'linkTitle'
  | 'note'
  | 'example';

/** Header (lower case) → field. The first name of each field is the one the docs use. */
const COLUMNS: Partial<Record<string, Field>> = {
  id: 'id',
  typ: 'kind',
  åtgärd: 'title',
  titel: 'title',
  beskrivning: 'description',
  ansvarig: 'responsible',
  ansvariga: 'responsible',
  samverkan: 'partners',
  samverkanspartner: 'partners',
  organ: 'body',
  'beslutande organ': 'body',
  paragraf: 'paragraph',
  '§': 'paragraph',
  start: 'start',
  slut: 'end',
  datum: 'date',
  status: 'status',
  nivå: 'level',
  prevention: 'prevention',
  preventionstyp: 'prevention',
  målgrupp: 'audience',
  målgrupper: 'audience',
  'agenda 2030': 'sdg',
  länk: 'link',
  länktext: 'linkTitle',
  anmärkning: 'note',
  exempel: 'example',
};
const LOCALIZED_FIELDS: ReadonlySet<Field> = new Set(['title', 'description', 'note', 'linkTitle']);

/** The column names as the docs and messages write them. */
export const PLAN_COLUMNS = [
  'Id',
  'Typ',
  'Åtgärd',
  'Beskrivning',
  'Ansvarig',
  'Samverkan',
  'Organ',
  'Paragraf',
  'Start',
  'Slut',
  'Datum',
  'Status',
  'Nivå',
  'Prevention',
  'Målgrupp',
  'Agenda 2030',
  'Länk',
  'Länktext',
  'Anmärkning',
  'Exempel',
] as const;

/** Rows above the table: name in column A → document field. */
type AboutField = 'title' | 'description' | 'sourceTitle' | 'sourceUrl' | 'updated' | 'from' | 'to' | 'note';
const ABOUT: Partial<Record<string, AboutField>> = {
  rubrik: 'title',
  beskrivning: 'description',
  källa: 'sourceTitle',
  'länk till källan': 'sourceUrl',
  uppdaterad: 'updated',
  'period från': 'from',
  'period till': 'to',
  anmärkning: 'note',
};
export const PLAN_ABOUT_ROWS = [
  'Rubrik',
  'Beskrivning',
  'Källa',
  'Länk till källan',
  'Uppdaterad',
  'Period från',
  'Period till',
  'Anmärkning',
  'Agenda 2030 <delmål>',
];

export const STATUS_WORDS = {
  planerad: 'planned',
  pågår: 'ongoing',
  genomförd: 'done',
  försenad: 'delayed',
  avbruten: 'cancelled',
} as const;
const KIND_WORDS = { åtgärd: 'measure', beslut: 'decision', milstolpe: 'milestone' } as const;
const LEVEL_WORDS = { individ: 'individual', organisation: 'organisation', samhälle: 'society' } as const;
const PREVENTION_WORDS = { universell: 'universal', selektiv: 'selective', indikerad: 'indicated' } as const;
/** Audience words the plan timeline translates (anything else is shown as written). */
const AUDIENCE_WORDS: Partial<Record<string, string>> = {
  anställda: 'staff',
  medarbetare: 'staff',
  invånare: 'resident',
  'barn och unga': 'child',
  barn: 'child',
  unga: 'child',
  våldsutsatta: 'victim',
  utsatta: 'victim',
  närstående: 'relative',
  våldsutövare: 'perpetrator',
  utövare: 'perpetrator',
  yrkesverksamma: 'professional',
  förtroendevalda: 'politician',
};
const AUDIENCE_CODES = new Set(Object.values(AUDIENCE_WORDS));
const LANGUAGE_NAMES: Partial<Record<string, string>> = { svenska: 'sv', engelska: 'en', arabiska: 'ar' };

/** Removes the keys whose value is `undefined` (they would not be in the JSON anyway). */
function compact(record: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(record)) if (value === undefined) Reflect.deleteProperty(record, key);
}

const capital = (word: string) => word.charAt(0).toLocaleUpperCase('sv') + word.slice(1);
const normal = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/:$/, '').toLocaleLowerCase('sv');

/** `Åtgärd (en)` → `['åtgärd', 'en']`; `Åtgärd` → `['åtgärd', undefined]`. */
function splitLanguage(header: string): [string, string | undefined] {
  const match = /^(.*?)\s*\(([^()]+)\)$/.exec(normal(header));
  if (!match) return [normal(header), undefined];
  const lang = LANGUAGE_NAMES[match[2]] ?? match[2];
  return /^[a-z]{2,3}$/.test(lang) ? [match[1], lang] : [normal(header), undefined];
}

interface Column {
  index: number;
  header: string;
  field: Field;
  lang: string;
}

export interface PlanImport {
  document: PlanDocument;
  problems: Problem[];
  /** Spreadsheet row of each measure in `document.measures`. */
  rowOf: number[];
}

/** Finds the header row: the first with an `Åtgärd` (or `Titel`) column. */
function findHeader(rows: Rows): number {
  return rows.findIndex((row) =>
    row.some((cell) => {
      const field = COLUMNS[splitLanguage(cellText(cell))[0]];
      return field === 'title';
    })
  );
}

/** Converts the rows of a plan sheet. Never throws. */
export function planFromRows(rows: Rows): PlanImport {
  const problems: Problem[] = [];
  const header = findHeader(rows);
  if (header < 0) {
    problems.push({
      severity: 'error',
      message: `Hittar ingen rubrikrad med kolumnen Åtgärd. Den första raden i tabellen ska ha kolumnnamnen, till exempel ${PLAN_COLUMNS.slice(0, 6).join(', ')} …`,
    });
    return { document: { measures: [] }, problems, rowOf: [] };
  }
  const about = readAbout(rows.slice(0, header), problems);
  const columns = readHeader(rows[header], header + 1, problems);
  const measures: PlanMeasure[] = [];
  const rowOf: number[] = [];
  const ids = new Map<string, number>();
  for (let r = header + 1; r < rows.length; r++) {
    if (isEmptyRow(rows[r])) continue;
    const measure = readMeasure(rows[r], r + 1, columns, ids, problems);
    if (measure) {
      measures.push(measure);
      rowOf.push(r + 1);
    }
  }
  if (measures.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({ severity: 'error', message: 'Tabellen har inga rader med åtgärder under rubrikraden.' });
  }
  const document = { ...about, measures } as PlanDocument;
  // A last check of the whole document with the component's schema (the rows are already checked).
  const check = v.safeParse(documentSchema, document);
  for (const issue of check.issues ?? []) {
    problems.push({ severity: 'error', message: `${v.getDotPath(issue) ?? 'dokumentet'}: ${issueInSwedish(issue)}` });
  }
  return { document, problems, rowOf };
}

function readHeader(row: Cell[], rowNumber: number, problems: Problem[]): Column[] {
  const columns: Column[] = [];
  const seen = new Map<string, string>();
  row.forEach((cell, index) => {
    const header = cellText(cell);
    if (!header) return;
    const [name, lang] = splitLanguage(header);
    const field = COLUMNS[name];
    if (!field) {
      problems.push({
        severity: 'notice',
        row: rowNumber,
        column: header,
        message: `okänd kolumn; den hoppas över. Kolumner som läses: ${PLAN_COLUMNS.join(', ')} (textkolumner även med språk, t.ex. "Åtgärd (en)").`,
      });
      return;
    }
    if (lang && !LOCALIZED_FIELDS.has(field)) {
      problems.push({
        severity: 'notice',
        row: rowNumber,
        column: header,
        message: `bara Åtgärd, Beskrivning, Länktext och Anmärkning kan ha flera språk; kolumnen hoppas över.`,
      });
      return;
    }
    const key = `${field}/${lang ?? 'sv'}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        severity: 'error',
        row: rowNumber,
        column: header,
        message: `samma sak som kolumnen "${earlier}"; bara den första läses.`,
      });
      return;
    }
    seen.set(key, header);
    columns.push({ index, header, field, lang: lang ?? 'sv' });
  });
  return columns;
}

type Result<T> = { value: T } | { error: string } | undefined;

function date(cell: Cell | undefined): Result<string> {
  if (cell instanceof Date) return { value: isoDay(cell) };
  const text = cellText(cell);
  if (!text) return undefined;
  // A whole day written with a time ("2023-03-15 00:00", as some exports do) is that day.
  const value = /^(\d{4}-\d{2}-\d{2})[ T]00:00(:00)?$/.exec(text)?.[1] ?? text;
  if (typeof cell === 'number' && !Number.isInteger(cell)) return { error: `'${text}' är inte ett år` };
  return v.is(partialDateSchema, value)
    ? { value }
    : { error: `'${text}' är inte ett datum; skriv 2023, 2023-03 eller 2023-03-15` };
}

function list(cell: Cell | undefined): string[] {
  return cellText(cell)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function words<T extends string>(
  cell: Cell | undefined,
  table: Record<string, T>,
  what: string,
  one = false
): Result<T | T[]> {
  const items = one ? [cellText(cell)].filter(Boolean) : list(cell);
  if (items.length === 0) return undefined;
  const values: T[] = [];
  const codes = new Set(Object.values(table));
  for (const item of items) {
    const key = normal(item);
    const value = table[key] ?? (codes.has(key as T) ? (key as T) : undefined);
    if (!value) {
      const allowed = Object.keys(table).map(capital);
      return { error: `'${item}' är inte ${what}; använd ${orList(allowed)}` };
    }
    if (!values.includes(value)) values.push(value);
  }
  return { value: values.length === 1 ? values[0] : values };
}

function yesNo(cell: Cell | undefined): Result<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = normal(cellText(cell));
  if (!text) return undefined;
  if (['ja', 'j', 'x', 'sant', 'true', '1', 'yes'].includes(text)) return { value: true };
  if (['nej', 'n', 'falskt', 'false', '0', 'no'].includes(text)) return { value: false };
  return { error: `'${cellText(cell)}' är varken Ja eller Nej` };
}

/** A stable id from a title: `Utåtriktade insatser mot alla invånare` → `utatriktade-insatser-mot-alla-invanare`. */
export function idFromTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) {
    if (slug.length <= 60) return slug;
    const cut = slug.slice(0, 61);
    return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
  }
  // No Latin letters (a title in Arabic only): a hash of the title, the same every time.
  let hash = 0x811c9dc5;
  for (const char of title) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `atgard-${hash.toString(36)}`;
}

function readMeasure(
  row: Cell[],
  rowNumber: number,
  columns: Column[],
  ids: Map<string, number>,
  problems: Problem[]
): PlanMeasure | undefined {
  const rowProblems: Problem[] = [];
  const fail = (column: Column, message: string, severity: Problem['severity'] = 'error') =>
    rowProblems.push({ severity, row: rowNumber, column: column.header, message });
  const cell = (column: Column) => row[column.index] ?? null;
  const texts: Partial<Record<Field, Localized>> = {};
  const values: Partial<Record<Field, unknown>> = {};
  const columnOf: Partial<Record<Field, Column>> = {};

  for (const column of columns) {
    const { field } = column;
    columnOf[field] ??= column;
    if (LOCALIZED_FIELDS.has(field)) {
      const text = cellText(cell(column));
      if (text) (texts[field] ??= {})[column.lang] = text;
      continue;
    }
    let result: Result<unknown>;
    switch (field) {
      case 'id':
      case 'body':
      case 'link':
        result = cellText(cell(column)) ? { value: cellText(cell(column)) } : undefined;
        break;
      case 'paragraph': {
        const text = cellText(cell(column)).replace(/^§\s*/, '');
        result = text ? { value: text } : undefined;
        break;
      }
      case 'responsible':
      case 'partners': {
        const items = list(cell(column));
        result = items.length ? { value: items } : undefined;
        break;
      }
      case 'start':
      case 'end':
      case 'date':
        result = date(cell(column));
        break;
      case 'status':
        result = words(cell(column), STATUS_WORDS, 'en status', true);
        break;
      case 'kind':
        result = words(cell(column), KIND_WORDS, 'en typ', true);
        break;
      case 'level':
        result = words(cell(column), LEVEL_WORDS, 'en nivå');
        break;
      case 'prevention':
        result = words(cell(column), PREVENTION_WORDS, 'en preventionstyp');
        break;
      case 'audience': {
        // Known words become the codes the component translates; anything else is shown as written.
        const items = list(cell(column)).map(
          (item) => AUDIENCE_WORDS[normal(item)] ?? (AUDIENCE_CODES.has(normal(item)) ? normal(item) : item)
        );
        result = items.length ? { value: items } : undefined;
        break;
      }
      case 'sdg': {
        const items = cellText(cell(column))
          .split(/[,;\s]+/)
          .filter(Boolean);
        const bad = items.find((item) => !/^\d{1,2}\.[0-9a-z]{1,2}$/.test(item));
        result = bad
          ? { error: `'${bad}' är inte ett Agenda 2030-delmål; skriv delmålen med punkt, till exempel "5.2, 16.1"` }
          : items.length
            ? { value: items }
            : undefined;
        break;
      }
      case 'example':
        result = yesNo(cell(column));
        break;
    }
    if (result === undefined) continue;
    if ('error' in result) fail(column, result.error);
    else values[field] = result.value;
  }

  const titleColumn = columnOf.title;
  const title = texts.title;
  if (!title || !titleColumn) {
    problems.push(...rowProblems);
    problems.push({
      severity: 'error',
      row: rowNumber,
      column: (columns.find((c) => c.field === 'title') ?? columns[0]).header,
      message: 'tom; varje rad behöver en åtgärd (en rubrik). Raden hoppas över.',
    });
    return undefined;
  }

  // The id: as written, or made from the title (Swedish first), unique in the plan.
  let id = values.id as string | undefined;
  const idColumn = columnOf.id;
  if (id !== undefined && idColumn && !v.safeParse(idSchema, id).success) {
    fail(
      idColumn,
      `'${id}' går inte att använda som id (bara bokstäver a–z, siffror, "-", "_" och "."); ett id görs av åtgärden i stället`
    );
    id = undefined;
  }
  if (id !== undefined && ids.has(id) && idColumn) {
    problems.push(...rowProblems, {
      severity: 'error',
      row: rowNumber,
      column: idColumn.header,
      message: `'${id}' finns redan på rad ${ids.get(id)}; varje åtgärd behöver ett eget id. Raden hoppas över.`,
    });
    return undefined;
  }
  if (id === undefined) {
    const base = idFromTitle(Object.hasOwn(title, 'sv') ? title.sv : Object.values(title)[0]);
    id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  }
  ids.set(id, rowNumber);

  const links = (): PlanMeasure['links'] => {
    const url = values.link as string | undefined;
    const linkColumn = columnOf.link;
    if (!url || !linkColumn) {
      if (texts.linkTitle && columnOf.linkTitle) fail(columnOf.linkTitle, 'länktext utan länk; hoppas över', 'notice');
      return undefined;
    }
    if (!isSafeLink(url)) {
      fail(linkColumn, `'${url}' är ingen tillåten länk; använd en adress som börjar med https://`);
      return undefined;
    }
    return [{ title: texts.linkTitle ?? { sv: url }, url }];
  };

  const kind = values.kind as PlanMeasure['kind'];
  const measure: Record<string, unknown> = {
    id,
    kind: kind === 'measure' ? undefined : kind,
    example: values.example === true ? true : undefined,
    title,
    description: texts.description,
    body: values.body,
    paragraph: values.paragraph,
    responsible: values.responsible,
    partners: values.partners,
    start: values.start,
    end: values.end,
    date: values.date,
    status: values.status,
    level: values.level,
    prevention: values.prevention,
    audience: values.audience,
    sdg: values.sdg,
    links: links(),
    note: texts.note,
  };
  compact(measure);

  if (typeof measure.start === 'string' && typeof measure.end === 'string') {
    if (latest(measure.end) < earliest(measure.start) && columnOf.end) {
      fail(columnOf.end, `${measure.end} är före start ${measure.start}; slutet hoppas över`);
      delete measure.end;
    }
  }

  // The component's own schema has the last word: a field it rejects is left out and named.
  for (let pass = 0; pass < 3; pass++) {
    const result = v.safeParse(measureSchema, measure);
    if (result.success) break;
    for (const issue of result.issues) {
      const first: unknown = issue.path?.[0]?.key;
      const key = typeof first === 'string' ? first : '';
      const field = (key === 'links' ? 'link' : key) as Field;
      const column = columnOf[field] ?? titleColumn;
      if (key === 'title' || key === 'id' || !(key in measure)) {
        problems.push(...rowProblems, {
          severity: 'error',
          row: rowNumber,
          column: column.header,
          message: `${issueInSwedish(issue)}. Raden hoppas över.`,
        });
        ids.delete(id);
        return undefined;
      }
      fail(column, issueInSwedish(issue));
      Reflect.deleteProperty(measure, key);
    }
  }
  problems.push(...rowProblems);
  return measure as PlanMeasure;
}

function readAbout(rows: Rows, problems: Problem[]): Record<string, unknown> {
  const texts: Partial<Record<AboutField, Localized>> = {};
  const dates: { updated?: string; from?: string; to?: string } = {};
  const targets: Record<string, Localized> = {};
  let sourceUrl: string | undefined;
  rows.forEach((row, i) => {
    if (isEmptyRow(row)) return;
    const rowNumber = i + 1;
    const name = cellText(row[0]);
    const value = row[1] ?? null;
    const [key, lang] = splitLanguage(name);
    const target = /^agenda 2030 (\d{1,2}\.[0-9a-z]{1,2})$/.exec(key)?.[1];
    const field = ABOUT[key];
    if (!name || (!field && !target)) {
      problems.push({
        severity: 'notice',
        row: rowNumber,
        message: `${name ? `'${name}' är ingen uppgift om planen` : 'texten står inte under någon uppgift'}; raden hoppas över. Ovanför tabellen läses rader med ${orList(PLAN_ABOUT_ROWS)} i kolumn A och texten i kolumn B.`,
      });
      return;
    }
    const text = cellText(value);
    if (!text) return;
    if (target) {
      (targets[target] ??= {})[lang ?? 'sv'] = text;
    } else if (field === 'updated' || field === 'from' || field === 'to') {
      const result = date(value);
      if (result && 'error' in result)
        problems.push({ severity: 'error', row: rowNumber, column: name, message: result.error });
      else if (result) dates[field] = result.value;
    } else if (field === 'sourceUrl') {
      if (isSafeLink(text)) sourceUrl = text;
      else
        problems.push({
          severity: 'error',
          row: rowNumber,
          column: name,
          message: `'${text}' är ingen tillåten länk; använd en adress som börjar med https://`,
        });
    } else if (field) {
      (texts[field] ??= {})[lang ?? 'sv'] = text;
    }
  });
  const about: Record<string, unknown> = {
    title: texts.title,
    description: texts.description,
    period: dates.from || dates.to ? { start: dates.from, end: dates.to } : undefined,
    source:
      texts.sourceTitle || sourceUrl ? { title: texts.sourceTitle ?? { sv: sourceUrl }, url: sourceUrl } : undefined,
    updated: dates.updated,
    note: texts.note,
    sdgTargets: Object.keys(targets).length ? targets : undefined,
  };
  compact(about);
  const period = about.period as Record<string, unknown> | undefined;
  const source = about.source as Record<string, unknown> | undefined;
  for (const part of [period, source]) if (part) compact(part);
  return about;
}
