/**
 * Problems in the editor's own terms: the row as a spreadsheet counts it (the first row is 1), the
 * column as its header is written, and what to write instead, in Swedish.
 */
import type * as v from 'valibot';

export interface Problem {
  /** `error`: something the editor wrote was left out; `notice`: ignored on purpose, nothing lost. */
  severity: 'error' | 'notice';
  /** Spreadsheet row (1 = the first row). */
  row?: number;
  /** The column's header as written in the sheet. */
  column?: string;
  message: string;
}

/** `Rad 7, kolumn Status: 'Kanske' är inte en status; …` */
export function formatProblem(problem: Problem): string {
  const where = [
    problem.row !== undefined ? `Rad ${problem.row}` : undefined,
    problem.column !== undefined ? `kolumn ${problem.column}` : undefined,
  ].filter(Boolean);
  return (where.length ? `${where.join(', ')}: ` : '') + problem.message;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** "a, b eller c" */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} eller ${words[words.length - 1]}`;
}

/**
 * The schemas' own requirement texts (English, for developers) in Swedish, for editors. A text not
 * listed here is shown as written.
 */
const REQUIREMENTS: Partial<Record<string, string>> = {
  'a date as YYYY-MM-DD': 'ett datum som ÅÅÅÅ-MM-DD',
  'a date as YYYY, YYYY-MM or YYYY-MM-DD': 'ett datum som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD',
  'a date that exists in the calendar': 'ett datum som finns i kalendern',
  'an id of letters, digits, "-", "_" or "."': 'ett id av bokstäver a–z, siffror, "-", "_" eller "."',
  'a language tag such as "sv" or "en"': 'en språkkod som "sv" eller "en"',
  'a language tag such as "ar"': 'en språkkod som "ar"',
  'at least one language': 'minst ett språk',
  'an Agenda 2030 target such as "5.2"': 'ett Agenda 2030-delmål som "5.2"',
  'a short paragraph number such as "176"': 'ett kort paragrafnummer som "176"',
  'not an allowed link (only https:, tel:, sms:, mailto: or a same-origin path); shown as text':
    'en tillåten länk (https:, tel:, sms:, mailto: eller en sökväg på samma webbplats)',
  'a phone number (digits, spaces, dashes, an optional leading +)':
    'ett telefonnummer (siffror, mellanslag och bindestreck, ev. + först)',
  'an e-mail address': 'en e-postadress',
  'a time as HH:MM': 'en tid som TT:MM',
  'a time as HH:MM or HH:MM:SS, optionally with an offset such as +01:00 or Z':
    'en tid som TT:MM eller TT:MM:SS, ev. med en tidszon som +01:00 eller Z',
  'at least one channel': 'minst en kanal',
  'a whole number': 'ett heltal',
  'not negative': 'inte negativt',
  'at least 1': 'minst 1',
  'from 0 to 100': 'från 0 till 100',
  'a name': 'ett namn',
  'needs dayOfWeek, or validFrom (and validThrough) for dates':
    'dayOfWeek, eller validFrom (och validThrough) för datum',
  'opens and closes go together (leave both out when the hours are not known)':
    'opens och closes hör ihop (utelämna båda när tiderna inte är kända)',
  'a day such as "Monday" or "PublicHolidays"': 'en dag som "Monday" eller "PublicHolidays"',
  'a day or a list of days such as ["Monday", "PublicHolidays"]':
    'en dag eller en lista av dagar som ["Monday", "PublicHolidays"]',
  'opening hours: "24/7" or a list of OpeningHoursSpecification': 'öppettider: "24/7" eller en lista av tider',
  'a channel of type phone, sms, chat, web or email': 'en kanal av typen phone, sms, chat, web eller email',
  'at most 200 contacts': 'högst 200 kontakter',
};

/** Checks across fields: a whole sentence from the checked object, which is not shown as JSON. */
const RULES: Partial<Record<string, (input: Record<string, unknown>) => string>> = {
  'completed is more than total': (unit) =>
    `completed får inte vara större än total (här ${String(unit.completed)} av ${String(unit.total)})`,
};

const TYPES: Partial<Record<string, string>> = {
  string: 'text',
  number: 'ett tal',
  boolean: 'true eller false',
  array: 'en lista [ … ]',
  object: 'ett objekt { … }',
  record: 'ett objekt { … }',
  literal: 'ett visst värde',
};

function shown(value: unknown): string {
  if (value === undefined) return 'ingenting';
  const text = (JSON.stringify(value) as string | undefined) ?? 'ett okänt värde';
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One valibot issue as a Swedish sentence (without the path). */
export function issueInSwedish(issue: v.BaseIssue<unknown>): string {
  const custom = REQUIREMENTS[issue.message];
  if (issue.kind === 'schema') {
    if (issue.input === undefined && issue.type !== 'union' && issue.type !== 'variant')
      return 'saknas, men måste finnas';
    if (issue.type === 'picklist' || issue.type === 'enum' || issue.type === 'literal') {
      return `${shown(issue.input)} är inte tillåtet; använd ${orList((issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | '))}`;
    }
    if (issue.type === 'variant' && issue.expected) {
      return custom ? `ska vara ${custom}` : `${shown(issue.input)} är inte tillåtet; använd ${issue.expected}`;
    }
    if (issue.type === 'union') {
      const detail = (issue.issues ?? [])
        .map((sub) => issueInSwedish(sub))
        .filter((m, i, all) => all.indexOf(m) === i)
        .join('; ');
      return custom ? `ska vara ${custom}` : `har fel form${detail ? ` (${detail})` : ''}`;
    }
    const type = TYPES[issue.type] ?? issue.type;
    return `ska vara ${type}, inte ${shown(issue.input)}`;
  }
  if (issue.type === 'max_length')
    return `${shown(issue.input)} är för lång (${custom ?? `högst ${String(issue.requirement)}`})`;
  if (issue.type === 'min_length')
    return `${shown(issue.input)} är för kort (${custom ?? `minst ${String(issue.requirement)}`})`;
  if (issue.type === 'min_value')
    return `${shown(issue.input)} är för litet (${custom ?? `minst ${String(issue.requirement)}`})`;
  if (issue.type === 'max_value')
    return `${shown(issue.input)} är för stort (${custom ?? `högst ${String(issue.requirement)}`})`;
  const rule = RULES[issue.message];
  if (rule && issue.input !== null && typeof issue.input === 'object')
    return rule(issue.input as Record<string, unknown>);
  return `${shown(issue.input)} är inte giltigt: ska vara ${custom ?? issue.message}`;
}
