/**
 * `npx trygg-kit …`: from the municipality's own sheets to the JSON the components read.
 *
 *   trygg-kit import <plan.csv|plan.xlsx> [-o handlingsplan.json]
 *   trygg-kit import-training <export.csv|export.xlsx> [-o utbildning.json] [--course …] [--target 90] [--deadline YYYY-MM-DD]
 *   trygg-kit validate <file.json>
 *
 * Exit code: 0 = everything was fine; 1 = something was wrong (the output still has every good
 * row); 2 = nothing could be done (no such file, unreadable sheet, wrong command).
 * Messages are in Swedish, on stderr; the JSON goes to stdout or to `-o`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { readRows, SheetReadError, type ReadOptions } from '../import/rows.js';
import { planFromRows } from '../import/plan-sheet.js';
import { MIN_GROUP, OTHER_UNITS, trainingFromRows } from '../import/training-export.js';
import { checkJson, FORMAT_NAMES } from '../import/validate-document.js';
import { formatProblem, hasErrors, type Problem } from '../import/problems.js';

const HELP = `trygg-kit: från kommunens egna kalkylblad till data för trygg-kit

Användning:
  trygg-kit import <plan.xlsx|plan.csv> [-o handlingsplan.json]
      Handlingsplanen (en rad per åtgärd) till en plan för <trygg-plan-timeline>.
      Kolumner (valfri ordning, stora eller små bokstäver): Id, Åtgärd, Beskrivning,
      Ansvarig (flera med komma), Samverkan, Start, Slut, Status (Planerad, Pågår,
      Genomförd, Försenad, Avbruten), Nivå (Individ, Organisation, Samhälle),
      Prevention (Universell, Selektiv, Indikerad), Målgrupp, Agenda 2030 ("5.2, 16.1").
      Även: Typ (Åtgärd, Beslut, Milstolpe), Datum, Organ, Paragraf, Länk, Länktext,
      Anmärkning, Exempel (Ja/Nej), och textkolumner på fler språk: "Åtgärd (en)".
      Datum: 2023, 2023-03 eller 2023-03-15, eller datumceller i Excel.
      Ovanför tabellen kan rader om planen stå: Rubrik, Beskrivning, Källa, Uppdaterad …
      i kolumn A och texten i kolumn B.

  trygg-kit import-training <export.xlsx|export.csv> [-o utbildning.json]
      [--course "Grundutbildning om våld i nära relationer"] [--target 90]
      [--deadline 2026-12-31] [--updated 2026-11-01]
      En export med en rad per person (enhet och genomförd: Ja/Nej eller datum) till
      antal per enhet för <trygg-training-badge>. Namn och anställningsnummer skrivs
      aldrig ut. Enheter med färre än ${MIN_GROUP} personer räknas ihop under
      "${OTHER_UNITS}", så att ingen kan pekas ut.

  trygg-kit validate <fil.json>
      Säger vilket format filen har (kontakter, utbildning, handlingsplan) och listar
      varje fel med fältets sökväg.

Filer: Excel (.xlsx) eller CSV, semikolon- eller kommaavgränsad, "CSV UTF-8" eller
Windows-1252 (Excels "CSV (semikolonavgränsad)").

Flaggor:
  -o, --output <fil>   skriv JSON till filen (annars till skärmen)
  -h, --help           visa den här hjälpen

Slutkod: 0 = allt gick bra; 1 = något var fel (det som gick att läsa finns ändå med);
2 = inget kunde göras (filen saknas, kan inte läsas, okänt kommando).
`;

/** Node 20's TextDecoder reads Windows-1252 as Latin-1 (– “ ” become control characters). */
const readOptions: ReadOptions = {
  decodeWindows1252: (bytes) => iconv.decode(Buffer.from(bytes), 'win1252'),
};

class UsageError extends Error {}

function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

function report(problems: Problem[]): void {
  for (const problem of problems) say(`${problem.severity === 'notice' ? 'Obs' : 'Fel'}: ${formatProblem(problem)}`);
}

function readInput(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `Filen "${path}" finns inte.`
        : `Filen "${path}" gick inte att läsa (${code ?? String(error)}).`
    );
  }
}

function write(json: unknown, output: string | undefined): void {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (output) {
    writeFileSync(output, text);
    say(`Skrev ${output}.`);
  } else process.stdout.write(text);
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.').replace(/%$/, ''));
  if (!Number.isFinite(n)) throw new UsageError(`--${name}: '${value}' är inget tal.`);
  return n;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      course: { type: 'string' },
      target: { type: 'string' },
      deadline: { type: 'string' },
      updated: { type: 'string' },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (!command) throw new UsageError('Ange ett kommando: import, import-training eller validate.');
  if (!['import', 'import-training', 'validate'].includes(command))
    throw new UsageError(`Okänt kommando "${command}". Kommandon: import, import-training, validate.`);
  if (!file) throw new UsageError(`Ange filen som ska läsas: trygg-kit ${command} <fil>.`);
  if (rest.length) throw new UsageError(`En fil i taget; "${rest.join(' ')}" blev över.`);

  if (command === 'validate') {
    const { format, problems } = checkJson(new TextDecoder().decode(readInput(file)));
    if (format) say(`${file}: ${FORMAT_NAMES[format]}.`);
    for (const problem of problems) say(`Fel: ${problem}`);
    say(problems.length ? `${problems.length} fel.` : 'Inga fel.');
    return problems.length ? 1 : 0;
  }

  const sheet = await readRows(readInput(file), file, readOptions);
  say(`${file}: ${sheet.format}.`);
  if (command === 'import') {
    const { document, problems } = planFromRows(sheet.rows);
    report(problems);
    if (document.measures.length) write(document, values.output);
    say(
      `${document.measures.length} åtgärder${hasErrors(problems) ? `; ${problems.filter((p) => p.severity === 'error').length} fel` : ''}.`
    );
    return hasErrors(problems) ? 1 : 0;
  }
  const result = trainingFromRows(sheet.rows, {
    course: values.course,
    target: number(values.target, 'target'),
    deadline: values.deadline,
    updated: values.updated,
  });
  report(result.problems);
  if (result.document.units.length) write(result.document, values.output);
  say(`${result.people} personer i ${result.document.units.length} grupper.`);
  return hasErrors(result.problems) ? 1 : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof SheetReadError) say(`Fel: ${error.message}`);
  else if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))
    say(`Fel: ${error.message}. Se trygg-kit --help.`);
  else say(`Fel: oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
}
