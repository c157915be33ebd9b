/**
 * A learning platform's per-person completion export (one row per employee: unit, and completed as
 * yes/no or a date) to a training document of `<trygg-training-badge>`: per-unit counts only.
 *
 * No personal data leaves this module: names, employee ids and e-mail addresses are never read
 * into the result, problems never quote them, and units with fewer than {@link MIN_GROUP} people
 * are merged (into "Övriga enheter") so that no one's result can be told from the figures.
 */
import * as v from 'valibot';
import { isoDateSchema } from '../core/schema.js';
import { documentSchema, type TrainingDocument, type TrainingUnit } from '../components/training-badge/schema.js';
import { cellText, isEmptyRow, type Cell, type Rows } from './rows.js';
import { issueInSwedish, orList, type Problem } from './problems.js';

/** The smallest group whose figures are shown on their own. */
export const MIN_GROUP = 5;
/** Where units smaller than {@link MIN_GROUP} are counted. */
export const OTHER_UNITS = 'Övriga enheter';

const UNIT_HEADERS = [
  'enhet',
  'förvaltning',
  'avdelning',
  'arbetsplats',
  'organisation',
  'organisationsenhet',
  'verksamhet',
  'skola',
];
const DONE_HEADERS = [
  'genomförd',
  'genomfört',
  'slutförd',
  'slutfört',
  'klar',
  'avklarad',
  'godkänd',
  'genomförd datum',
  'slutförd datum',
  'datum för genomförande',
  'status',
];
const YES = [
  'ja',
  'j',
  'x',
  'sant',
  'true',
  '1',
  'yes',
  'genomförd',
  'genomfört',
  'slutförd',
  'slutfört',
  'klar',
  'godkänd',
  'completed',
];
const NO = [
  'nej',
  'n',
  'falskt',
  'false',
  '0',
  'no',
  '-',
  'ej genomförd',
  'inte genomförd',
  'ej påbörjad',
  'inte påbörjad',
  'påbörjad',
  'pågår',
  'ej klar',
  'not started',
  'in progress',
];

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/:$/, '').toLocaleLowerCase('sv');

export interface TrainingOptions {
  /** What is trained (`course`). */
  course?: string;
  /** Goal in percent. */
  target?: number;
  /** `YYYY-MM-DD`. */
  deadline?: string;
  /** `YYYY-MM-DD`; default: today in Sweden. */
  updated?: string;
}

export interface TrainingImport {
  document: TrainingDocument;
  problems: Problem[];
  /** Units counted under {@link OTHER_UNITS} (their names only; they are not in the document). */
  merged: string[];
  /** People counted. */
  people: number;
}

/** Today in Sweden as `YYYY-MM-DD`. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

function completed(cell: Cell | undefined): boolean | undefined {
  if (cell instanceof Date || typeof cell === 'boolean') return cell instanceof Date ? true : cell;
  const text = normal(cellText(cell));
  if (text === '' || NO.includes(text)) return false;
  if (YES.includes(text)) return true;
  // A completion date (with or without a time) means done.
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/.test(text)) return true;
  return undefined;
}

/** Aggregates a per-person export to per-unit counts. Never throws. */
export function trainingFromRows(rows: Rows, options: TrainingOptions = {}): TrainingImport {
  const problems: Problem[] = [];
  const empty = { document: { units: [] }, problems, merged: [], people: 0 };
  const header = rows.findIndex((row) => {
    const names = row.map((cell) => normal(cellText(cell)));
    return names.some((n) => UNIT_HEADERS.includes(n)) && names.some((n) => DONE_HEADERS.includes(n));
  });
  if (header < 0) {
    problems.push({
      severity: 'error',
      message: `Hittar ingen rubrikrad med en kolumn för enhet (${orList(UNIT_HEADERS.slice(0, 4).map(capital))}) och en för genomförd (${orList(DONE_HEADERS.slice(0, 4).map(capital))}).`,
    });
    return empty;
  }
  const names = rows[header].map((cell) => normal(cellText(cell)));
  const pick = (candidates: string[]) => {
    for (const candidate of candidates) {
      const index = names.indexOf(candidate);
      if (index >= 0) return index;
    }
    return -1;
  };
  const unitIndex = pick(UNIT_HEADERS);
  const doneIndex = pick(DONE_HEADERS);
  const unitHeader = cellText(rows[header][unitIndex]);
  const doneHeader = cellText(rows[header][doneIndex]);

  const counts = new Map<string, { completed: number; total: number }>();
  let people = 0;
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r];
    if (isEmptyRow(row)) continue;
    // Only these two cells of a row are ever read; other cells (names, ids) are not touched.
    const unit = cellText(row[unitIndex]).replace(/\s+/g, ' ');
    const done = completed(row[doneIndex]);
    if (!unit) {
      problems.push({
        severity: 'error',
        row: r + 1,
        column: unitHeader,
        message: 'tom; personen på raden räknas inte.',
      });
      continue;
    }
    if (done === undefined) {
      problems.push({
        severity: 'error',
        row: r + 1,
        column: doneHeader,
        message: `'${cellText(row[doneIndex])}' är varken Ja, Nej eller ett datum; personen på raden räknas inte.`,
      });
      continue;
    }
    const count = counts.get(unit) ?? { completed: 0, total: 0 };
    count.total++;
    if (done) count.completed++;
    counts.set(unit, count);
    people++;
  }

  if (people > 0 && people < MIN_GROUP) {
    problems.push({
      severity: 'error',
      message: `Bara ${people} personer i filen. Siffror för färre än ${MIN_GROUP} personer kan peka ut enskilda, så inga siffror skrivs.`,
    });
    return empty;
  }

  // Units under the limit are merged; if the merged group is itself too small, the smallest of the
  // other units joins it, until it has MIN_GROUP people (so no one is singled out by subtraction either).
  const collator = new Intl.Collator('sv');
  const all = [...counts.entries()].map(([name, c]) => ({ name, ...c }));
  const shown = all
    .filter((u) => u.total >= MIN_GROUP)
    .sort((a, b) => a.total - b.total || collator.compare(a.name, b.name));
  const small = all.filter((u) => u.total < MIN_GROUP);
  const other = small.reduce((sum, u) => ({ completed: sum.completed + u.completed, total: sum.total + u.total }), {
    completed: 0,
    total: 0,
  });
  while (other.total > 0 && other.total < MIN_GROUP && shown.length > 0) {
    const next = shown.shift();
    if (!next) break;
    small.push(next);
    other.completed += next.completed;
    other.total += next.total;
  }
  const units: TrainingUnit[] = shown
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ name, completed: done, total }) => ({ name, completed: done, total }));
  if (other.total > 0) {
    let name = OTHER_UNITS;
    for (let n = 2; units.some((u) => u.name === name); n++) name = `${OTHER_UNITS} ${n}`;
    units.push({ name, completed: other.completed, total: other.total });
  }
  const merged = small.map((u) => u.name).sort(collator.compare);
  if (merged.length) {
    problems.push({
      severity: 'notice',
      message: `${merged.length} ${merged.length === 1 ? 'enhet' : 'enheter'} med färre än ${MIN_GROUP} personer räknas under "${units[units.length - 1].name}", så att ingen kan pekas ut: ${merged.join(', ')}.`,
    });
  }

  const document: Record<string, unknown> = { course: options.course?.trim() || undefined };
  if (options.target !== undefined) {
    if (Number.isFinite(options.target) && options.target >= 0 && options.target <= 100)
      document.target = options.target;
    else
      problems.push({
        severity: 'error',
        message: `Målet${Number.isNaN(options.target) ? '' : ` ${String(options.target)}`} ska vara en procentsats från 0 till 100.`,
      });
  }
  for (const key of ['deadline', 'updated'] as const) {
    const value = key === 'updated' ? (options.updated ?? today()) : options.deadline;
    if (value === undefined) continue;
    if (v.safeParse(isoDateSchema, value).success) document[key] = value;
    else
      problems.push({
        severity: 'error',
        message: `${key === 'deadline' ? 'Slutdatumet' : 'Datumet'} '${value}' ska skrivas ÅÅÅÅ-MM-DD.`,
      });
  }
  if (document.course === undefined) delete document.course;
  document.units = units;
  const check = v.safeParse(documentSchema, document);
  for (const issue of check.issues ?? [])
    problems.push({ severity: 'error', message: `${v.getDotPath(issue) ?? 'dokumentet'}: ${issueInSwedish(issue)}` });
  if (people === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push({ severity: 'error', message: 'Filen har inga personer under rubrikraden.' });
  return { document: document as TrainingDocument, problems, merged, people };
}

function capital(word: string): string {
  return word.charAt(0).toLocaleUpperCase('sv') + word.slice(1);
}
