#!/usr/bin/env node
// The sample sheets, written from the demo data so that importing them gives that data back:
//   demo/data/handlingsplan.xlsx   the Alingsås plan as an Excel workbook (real date cells, numbers where Excel makes them)
//   demo/data/handlingsplan.csv    the same as Excel's "CSV UTF-8": BOM, semicolons, CRLF
//   test/cli/fixtures/handlingsplan-windows-1252.csv  Excel's "CSV (semikolonavgränsad)" on Swedish Windows
//   test/cli/fixtures/handlingsplan-komma.csv          comma-separated UTF-8 without BOM (Google Sheets, LibreOffice)
//   test/cli/fixtures/utbildning-export.{xlsx,csv}     a made-up per-person export from a learning platform
// Run `npm run samples` after changing demo/data/alingsas-plan.json; test/cli checks that the
// files still import to exactly that document.
import writeExcelFile from 'write-excel-file/node';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const plan = JSON.parse(readFileSync(join(root, 'demo/data/alingsas-plan.json'), 'utf8'));
const fixtures = join(root, 'test/cli/fixtures');
mkdirSync(fixtures, { recursive: true });

const STATUS = { planned: 'Planerad', ongoing: 'Pågår', done: 'Genomförd', delayed: 'Försenad', cancelled: 'Avbruten' };
const KIND = { measure: 'Åtgärd', decision: 'Beslut', milestone: 'Milstolpe' };
const LEVEL = { individual: 'Individ', organisation: 'Organisation', society: 'Samhälle' };
const PREVENTION = { universal: 'Universell', selective: 'Selektiv', indicated: 'Indikerad' };
const AUDIENCE = {
  staff: 'Anställda',
  resident: 'Invånare',
  child: 'Barn och unga',
  victim: 'Våldsutsatta',
  relative: 'Närstående',
  perpetrator: 'Våldsutövare',
  professional: 'Yrkesverksamma',
  politician: 'Förtroendevalda',
};

const many = (value, words) =>
  value === undefined
    ? null
    : [value]
        .flat()
        .map((x) => words[x] ?? x)
        .join(', ');
const text = (value, lang) =>
  value === undefined ? null : typeof value === 'string' ? (lang === 'sv' ? value : null) : (value[lang] ?? null);

/** A plan date as Excel would hold it: a whole day is a date cell, a year a number, a month text. */
function dateCell(value, excel) {
  if (value === undefined) return null;
  if (!excel) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return { type: Date, value: new Date(`${value}T00:00:00Z`), format: 'yyyy-mm-dd' };
  if (/^\d{4}$/.test(value)) return { type: Number, value: Number(value) };
  return value;
}
/** Text Excel would turn into a number when typed ("176", "16.2"): a number cell in the workbook. */
const numberish = (value, excel) =>
  value == null ? null : excel && /^\d+(\.\d+)?$/.test(value) ? { type: Number, value: Number(value) } : value;

const COLUMNS = [
  ['Id', (m) => m.id],
  ['Typ', (m) => KIND[m.kind ?? 'measure']],
  ['Åtgärd', (m) => text(m.title, 'sv')],
  ['Beskrivning', (m) => text(m.description, 'sv')],
  ['Ansvarig', (m) => m.responsible?.join(', ') ?? null],
  ['Samverkan', (m) => m.partners?.join(', ') ?? null],
  ['Organ', (m) => m.body ?? null],
  ['Paragraf', (m, excel) => numberish(m.paragraph, excel)],
  ['Datum', (m, excel) => dateCell(m.date, excel)],
  ['Start', (m, excel) => dateCell(m.start, excel)],
  ['Slut', (m, excel) => dateCell(m.end, excel)],
  ['Status', (m) => (m.status ? STATUS[m.status] : null)],
  ['Nivå', (m) => many(m.level, LEVEL)],
  ['Prevention', (m) => many(m.prevention, PREVENTION)],
  ['Målgrupp', (m) => many(m.audience, AUDIENCE)],
  ['Agenda 2030', (m, excel) => numberish(m.sdg?.join(', '), excel)],
  ['Anmärkning', (m) => text(m.note, 'sv')],
  ['Exempel', (m) => (m.example ? 'Ja' : null)],
  ['Länk', (m) => m.links?.[0]?.url ?? null],
  ['Länktext', (m) => text(m.links?.[0]?.title, 'sv')],
  ['Åtgärd (en)', (m) => text(m.title, 'en')],
  ['Beskrivning (en)', (m) => text(m.description, 'en')],
  ['Anmärkning (en)', (m) => text(m.note, 'en')],
  ['Länktext (en)', (m) => text(m.links?.[0]?.title, 'en')],
];

for (const m of plan.measures) {
  if ((m.links?.length ?? 0) > 1) throw new Error(`${m.id}: the sheet holds one link per measure`);
}

function sheet(excel) {
  const about = [
    ['Rubrik', plan.title],
    ['Beskrivning', plan.description],
    ['Källa', plan.source?.title],
    ['Länk till källan', plan.source?.url],
    ['Period från', plan.period?.start],
    ['Period till', plan.period?.end],
    ['Uppdaterad', plan.updated],
    ['Anmärkning', plan.note],
    ...Object.entries(plan.sdgTargets ?? {}).map(([target, words]) => [`Agenda 2030 ${target}`, words]),
  ];
  const rows = [];
  for (const [name, value] of about) {
    if (value === undefined) continue;
    if (typeof value === 'string' && (name === 'Uppdaterad' || name.startsWith('Period'))) {
      rows.push([name, dateCell(value, excel)]);
      continue;
    }
    const texts = typeof value === 'string' ? { sv: value } : value;
    for (const [lang, words] of Object.entries(texts)) rows.push([lang === 'sv' ? name : `${name} (${lang})`, words]);
  }
  rows.push([]);
  rows.push(COLUMNS.map(([header]) => header));
  for (const m of plan.measures) rows.push(COLUMNS.map(([, cell]) => cell(m, excel) ?? null));
  // Every row as wide as the table, as Excel writes a CSV.
  return rows.map((row) => COLUMNS.map((_, i) => row[i] ?? null));
}

// Excel workbook: bold header and names, wrapped long texts.
const bold = (cell) =>
  cell === null
    ? null
    : typeof cell === 'object'
      ? { ...cell, fontWeight: 'bold' }
      : { value: cell, fontWeight: 'bold' };
const excelRows = sheet(true);
const headerRow = excelRows.findIndex((row) => row[0] === 'Id');
const styled = excelRows.map((row, r) =>
  row.map((cell, c) =>
    r === headerRow || (r < headerRow && c === 0)
      ? bold(cell)
      : cell === null || typeof cell === 'object'
        ? cell
        : { value: cell, wrap: String(cell).length > 60 }
  )
);
const widths = COLUMNS.map(([header]) => ({ width: /Åtgärd|Beskrivning|Anmärkning/.test(header) ? 50 : 16 }));
await writeExcelFile(styled, { sheet: 'Handlingsplan', columns: widths }).toFile(
  join(root, 'demo/data/handlingsplan.xlsx')
);

// CSV forms.
const csvRows = sheet(false).map((row) => row.map((cell) => cell ?? ''));
const csv = (delimiter, newline) => Papa.unparse(csvRows, { delimiter, newline }) + newline;
writeFileSync(join(root, 'demo/data/handlingsplan.csv'), '\uFEFF' + csv(';', '\r\n'));
writeFileSync(join(fixtures, 'handlingsplan-windows-1252.csv'), iconv.encode(csv(';', '\r\n'), 'win1252'));
writeFileSync(join(fixtures, 'handlingsplan-komma.csv'), csv(',', '\n'));

// A made-up per-person export (names are invented; the test checks none of them reach the output).
const UNITS = [
  ['Socialförvaltningen', 12, 9],
  ['Barn- och ungdomsförvaltningen', 8, 3],
  ['Kultur- och utbildningsförvaltningen', 6, 6],
  ['Kommunledningskontoret', 3, 2],
  ['Alingsåshem', 2, 0],
];
const FIRST = [
  'Astrid',
  'Bengt',
  'Cecilia',
  'Dragan',
  'Elin',
  'Farah',
  'Göran',
  'Hanna',
  'Ismail',
  'Johanna',
  'Kalle',
  'Leila',
];
const LAST = ['Andersson', 'Berg', 'Çelik', 'Dahl', 'Ek', 'Fors', 'Gustafsson', 'Haddad', 'Isaksson', 'Jönsson'];
const people = [['Anställningsnummer', 'Namn', 'E-post', 'Enhet', 'Genomförd']];
let n = 0;
for (const [unit, total, done] of UNITS) {
  for (let i = 0; i < total; i++, n++) {
    const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const id = `AK-${String(1001 + n * 37)}`;
    const mail = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@exempel.alingsas.se`;
    // Completed as a date in some rows, Ja in others, Nej or empty when not done.
    const completed = i < done ? (i % 2 ? 'Ja' : `2026-0${1 + (i % 9)}-1${i % 10}`) : i % 2 ? 'Nej' : '';
    people.push([id, name, mail, unit, completed]);
  }
}
const excelPeople = people.map((row, r) =>
  row.map((cell, c) =>
    r === 0
      ? { value: cell, fontWeight: 'bold' }
      : c === 4 && /^\d{4}-/.test(cell)
        ? { type: Date, value: new Date(`${cell}T00:00:00Z`), format: 'yyyy-mm-dd' }
        : cell || null
  )
);
await writeExcelFile(excelPeople, { sheet: 'Export' }).toFile(join(fixtures, 'utbildning-export.xlsx'));
writeFileSync(
  join(fixtures, 'utbildning-export.csv'),
  '\uFEFF' + Papa.unparse(people, { delimiter: ';', newline: '\r\n' }) + '\r\n'
);

console.log(`samples: ${plan.measures.length} measures in 4 forms, ${people.length - 1} people in the training export`);
