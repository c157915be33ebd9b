// The command-line tool as an editor runs it: `trygg-kit import|import-training|validate`, on real
// files (the committed sample sheets and files written here), reading stdout, stderr and the exit
// code. Runs with `node --test test/cli/` after `npm run build` (it needs dist/cli and dist/schemas).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/trygg-kit.js');
const fixtures = join(root, 'test/cli/fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'trygg-cli-'));
const demoPlan = JSON.parse(readFileSync(join(root, 'demo/data/alingsas-plan.json'), 'utf8'));
// `$schema` is the editor hint for tools; it is not part of the plan.
delete demoPlan.$schema;

function run(...args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: tmp, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
function json(result) {
  assert.ok(result.out, `no JSON on stdout; stderr: ${result.err}`);
  return JSON.parse(result.out);
}
function file(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}
const bom = (text) => '\uFEFF' + text;

before(() => {
  assert.ok(existsSync(cli), 'run `npm run build` first: dist/cli/trygg-kit.js is missing');
});

describe('trygg-kit import: the sample sheet in every form', () => {
  const validatePlan = new Ajv({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(join(root, 'dist/schemas/plan.schema.json'), 'utf8'))
  );
  const forms = [
    ['Excel (xlsx)', join(root, 'demo/data/handlingsplan.xlsx'), 'Excel (xlsx)'],
    ['CSV UTF-8 with BOM (semicolons)', join(root, 'demo/data/handlingsplan.csv'), 'CSV, UTF-8 med BOM, semikolon'],
    ['CSV Windows-1252 (semicolons)', join(fixtures, 'handlingsplan-windows-1252.csv'), 'CSV, Windows-1252, semikolon'],
    ['comma CSV (UTF-8)', join(fixtures, 'handlingsplan-komma.csv'), 'CSV, UTF-8, komma'],
  ];
  for (const [name, path, format] of forms) {
    it(`${name} imports to exactly demo/data/alingsas-plan.json, valid against plan.schema.json`, () => {
      const result = run('import', path);
      assert.equal(result.code, 0, result.err);
      assert.ok(result.err.includes(`: ${format}.`), result.err);
      const plan = json(result);
      assert.deepEqual(plan, demoPlan);
      assert.ok(validatePlan(plan), JSON.stringify(validatePlan.errors));
    });
  }

  it('the Windows-1252 file really is Windows-1252 (– “ ” are single bytes), and they come through', () => {
    const bytes = readFileSync(join(fixtures, 'handlingsplan-windows-1252.csv'));
    assert.ok(bytes.includes(0x96), 'an en dash as 0x96');
    assert.ok(!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'no BOM');
    const plan = json(run('import', join(fixtures, 'handlingsplan-windows-1252.csv')));
    assert.ok(plan.measures.some((m) => m.title.sv.includes('2022–2026')));
  });

  it('-o writes the file', () => {
    const result = run('import', join(root, 'demo/data/handlingsplan.xlsx'), '-o', 'handlingsplan.json');
    assert.equal(result.code, 0);
    assert.equal(result.out, '');
    assert.deepEqual(JSON.parse(readFileSync(join(tmp, 'handlingsplan.json'), 'utf8')), demoPlan);
    assert.match(result.err, /Skrev handlingsplan\.json/);
  });
});

describe('trygg-kit import: what a municipality sheet looks like', () => {
  it('reads Swedish headers in any order and any case; lists, levels, audiences and Agenda 2030 targets', () => {
    const csv = [
      'agenda 2030;STATUS;Ansvarig;åtgärd;Nivå;ID;Prevention;Målgrupp;Samverkan;slut;Start;beskrivning',
      '"5.2, 16.1";pågår;"Kommunledningskontoret, Socialförvaltningen";Utbildning av chefer;Organisation, Samhälle;utb-1;universell;Anställda, Invånare, Pensionärer;Alingsåshem;2024-12;2023-03;Två dagar',
    ].join('\r\n');
    const result = run('import', file('order.csv', bom(csv)));
    assert.equal(result.code, 0, result.err);
    assert.deepEqual(json(result).measures, [
      {
        id: 'utb-1',
        title: { sv: 'Utbildning av chefer' },
        description: { sv: 'Två dagar' },
        responsible: ['Kommunledningskontoret', 'Socialförvaltningen'],
        partners: ['Alingsåshem'],
        start: '2023-03',
        end: '2024-12',
        status: 'ongoing',
        level: ['organisation', 'society'],
        prevention: 'universal',
        audience: ['staff', 'resident', 'Pensionärer'],
        sdg: ['5.2', '16.1'],
      },
    ]);
  });

  it('reads dates as 2023, 2023-03 and 2023-03-15, and real date cells in xlsx', async () => {
    const path = join(tmp, 'dates.xlsx');
    await writeExcelFile([
      ['Åtgärd', 'Start', 'Slut', 'Datum'],
      ['År', { type: Number, value: 2023 }, '2024', null],
      ['Månad', '2023-03', '2023-11', null],
      ['Dag', '2023-03-15', { type: Date, value: new Date('2023-04-30T00:00:00Z'), format: 'yyyy-mm-dd' }, null],
      ['Beslut', null, null, { type: Date, value: new Date('2022-11-28T00:00:00Z'), format: 'd mmmm yyyy' }],
    ]).toFile(path);
    const result = run('import', path);
    assert.equal(result.code, 0, result.err);
    const dates = json(result).measures.map(({ start, end, date }) => ({ start, end, date }));
    assert.deepEqual(JSON.parse(JSON.stringify(dates)), [
      { start: '2023', end: '2024' },
      { start: '2023-03', end: '2023-11' },
      { start: '2023-03-15', end: '2023-04-30' },
      { date: '2022-11-28' },
    ]);
  });

  it('keeps quoted fields whole: separators, quotes and line breaks inside a cell', () => {
    const csv = 'Id,Åtgärd,Beskrivning\r\na,"Stöd, råd och ""hjälp""","Rad ett;\r\nrad två, med komma"\r\n';
    const result = run('import', file('quoted.csv', csv));
    assert.equal(result.code, 0, result.err);
    const [m] = json(result).measures;
    assert.equal(m.title.sv, 'Stöd, råd och "hjälp"');
    assert.equal(m.description.sv, 'Rad ett;\nrad två, med komma');
  });

  it('gives a row without Id a stable id from its title (the same when rows move)', () => {
    const rows = [
      'Utåtriktade insatser mot alla invånare',
      'Samverkan med civilsamhället',
      'Samverkan med civilsamhället',
    ];
    const first = json(run('import', file('a.csv', ['Åtgärd', ...rows].join('\n') + '\n'))).measures.map((m) => m.id);
    assert.deepEqual(first, [
      'utatriktade-insatser-mot-alla-invanare',
      'samverkan-med-civilsamhallet',
      'samverkan-med-civilsamhallet-2',
    ]);
    const moved = json(run('import', file('b.csv', ['Åtgärd', rows[1], rows[0]].join('\n') + '\n'))).measures;
    assert.equal(moved.find((m) => m.title.sv === rows[0]).id, first[0]);
  });

  it('names the row as the spreadsheet counts it and the column as written; good rows still convert; exit 1', () => {
    const csv = [
      'Id;Åtgärd;Status;Start',
      'a;Ett;Planerad;2023',
      'b;Två;Pågår;2023-02',
      'c;Tre;Genomförd;',
      ';;;',
      'e;Fem;Försenad;2023-05',
      'f;Sex;Kanske;2023-06',
      'g;Sju;Avbruten;2023-13',
      'h;;Pågår;2024',
      'a;Nio;Pågår;2024',
    ].join('\r\n');
    const result = run('import', file('problems.csv', bom(csv)));
    assert.equal(result.code, 1);
    const lines = result.err.split('\n');
    assert.ok(
      lines.includes(
        "Fel: Rad 7, kolumn Status: 'Kanske' är inte en status; använd Planerad, Pågår, Genomförd, Försenad eller Avbruten"
      ),
      result.err
    );
    assert.ok(
      lines.includes("Fel: Rad 8, kolumn Start: '2023-13' är inte ett datum; skriv 2023, 2023-03 eller 2023-03-15"),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith('Fel: Rad 9, kolumn Åtgärd: tom')),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith("Fel: Rad 10, kolumn Id: 'a' finns redan på rad 2")),
      result.err
    );
    const plan = json(result);
    assert.deepEqual(
      plan.measures.map((m) => m.id),
      ['a', 'b', 'c', 'e', 'f', 'g'],
      'every row with a title converts; the bad value is left out'
    );
    assert.equal(plan.measures.find((m) => m.id === 'f').status, undefined);
    assert.equal(plan.measures.find((m) => m.id === 'f').start, '2023-06');
  });

  it('writes the column name as the sheet does ("STATUS", not "Status")', () => {
    const result = run('import', file('upper.csv', 'ÅTGÄRD,STATUS\nEtt,Klar\n'));
    assert.equal(result.code, 1);
    assert.match(result.err, /Rad 2, kolumn STATUS: 'Klar' är inte en status/);
  });

  it('says so when there is no Åtgärd column, and writes nothing', () => {
    const result = run('import', file('none.csv', 'Namn;Datum\nx;2023\n'));
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /Hittar ingen rubrikrad med kolumnen Åtgärd/);
  });

  it('a file that is not there, or an old .xls, stops with exit 2 and a Swedish message', () => {
    const missing = run('import', 'finns-inte.xlsx');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /Filen "finns-inte\.xlsx" finns inte/);
    const xls = run('import', file('gammal.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])));
    assert.equal(xls.code, 2);
    assert.match(xls.err, /gamla Excel-formatet/);
  });
});

describe('trygg-kit import-training: per-unit counts, no personal data', () => {
  const people = readFileSync(join(fixtures, 'utbildning-export.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(';'));

  for (const name of ['utbildning-export.xlsx', 'utbildning-export.csv']) {
    it(`${name}: never writes a name, an e-mail address or an employee id; merges units under 5 people`, () => {
      const out = join(tmp, `${name}.json`);
      const result = run(
        'import-training',
        join(fixtures, name),
        '-o',
        out,
        '--course',
        'Grundkurs',
        '--target',
        '90',
        '--deadline',
        '2026-12-31',
        '--updated',
        '2026-11-01'
      );
      assert.equal(result.code, 0, result.err);
      const written = readFileSync(out, 'utf8');
      // The messages name the file written, in this run's temporary folder, whose random name may
      // hold any two letters (a run failed on "Ek", a surname in the sheet, in that name): left out.
      const everything = written + result.err.replaceAll(tmp, '');
      for (const [id, fullName, mail] of people) {
        for (const secret of [id, fullName, mail, ...fullName.split(' ')]) {
          assert.ok(!everything.includes(secret), `"${secret}" must not be in the output or the messages`);
        }
      }
      assert.deepEqual(JSON.parse(written), {
        course: 'Grundkurs',
        target: 90,
        deadline: '2026-12-31',
        updated: '2026-11-01',
        units: [
          { name: 'Barn- och ungdomsförvaltningen', completed: 3, total: 8 },
          { name: 'Kultur- och utbildningsförvaltningen', completed: 6, total: 6 },
          { name: 'Socialförvaltningen', completed: 9, total: 12 },
          { name: 'Övriga enheter', completed: 2, total: 5 },
        ],
      });
      assert.match(result.err, /räknas under "Övriga enheter"/);
    });
  }

  it('a merged group still under 5 takes in the smallest other unit', () => {
    const rows = ['Namn;Enhet;Genomförd'];
    for (let i = 0; i < 6; i++) rows.push(`Person A${i};Stor;Ja`);
    for (let i = 0; i < 5; i++) rows.push(`Person B${i};Mellan;${i < 2 ? '2026-01-0' + (i + 1) : 'Nej'}`);
    rows.push('Person C0;Liten;Ja', 'Person C1;Liten;');
    const result = run('import-training', file('small.csv', rows.join('\n') + '\n'), '--updated', '2026-11-01');
    assert.equal(result.code, 0, result.err);
    const doc = json(result);
    assert.deepEqual(doc.units, [
      { name: 'Stor', completed: 6, total: 6 },
      { name: 'Övriga enheter', completed: 3, total: 7 },
    ]);
    assert.ok(doc.units.every((u) => u.total >= 5));
    assert.ok(!result.out.includes('Person'));
  });

  it('fewer than 5 people in all: no figures at all, exit 1', () => {
    const result = run('import-training', file('four.csv', 'Namn;Enhet;Genomförd\nA;X;Ja\nB;X;Nej\nC;Y;Ja\nD;Y;Ja\n'));
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /Bara 4 personer/);
  });

  it('a completion value it cannot read names the row and column but not the person', () => {
    const rows = ['Namn;Anställningsnummer;Förvaltning;Slutförd'];
    for (let i = 0; i < 6; i++) rows.push(`Anna Exempelsson${i};E${i};Soc;${i === 3 ? 'kanske' : 'Ja'}`);
    const result = run('import-training', file('odd.csv', rows.join('\n') + '\n'), '--updated', '2026-11-01');
    assert.equal(result.code, 1);
    assert.match(result.err, /Rad 5, kolumn Slutförd: 'kanske' är varken Ja, Nej eller ett datum/);
    assert.ok(!result.err.includes('Exempelsson') && !result.out.includes('Exempelsson'));
    assert.deepEqual(json(result).units, [{ name: 'Soc', completed: 5, total: 5 }]);
  });
});

describe('trygg-kit validate', () => {
  it('tells the format of each demo file and finds nothing wrong (exit 0)', () => {
    for (const [name, format] of [
      ['alingsas-plan.json', 'handlingsplan'],
      ['contacts.example.json', 'kontakter'],
      ['training.example.json', 'utbildning'],
    ]) {
      const result = run('validate', join(root, 'demo/data', name));
      assert.equal(result.code, 0, result.err);
      assert.match(result.err, new RegExp(`: ${format} \\(`));
      assert.match(result.err, /Inga fel\./);
    }
  });

  it('lists every problem with its field path, in Swedish (exit 1)', () => {
    const path = file(
      'kontakter.json',
      JSON.stringify({
        contacts: [
          { id: 'a', name: 'A', channels: [{ type: 'phone', value: 'ring oss' }] },
          { id: 'a', name: 'B', channels: [] },
          { id: 'c', channels: [{ type: 'web', value: 'javascript:alert(1)' }] },
        ],
      })
    );
    const result = run('validate', path);
    assert.equal(result.code, 1);
    const lines = result.err.split('\n').filter((l) => l.startsWith('Fel: '));
    assert.ok(
      lines.some((l) => l.startsWith('Fel: contacts[0].channels[0].value: ')),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith('Fel: contacts[1].channels: ')),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith('Fel: contacts[1].id: "a" finns redan i contacts[0]')),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith('Fel: contacts[2].name: saknas')),
      result.err
    );
    assert.ok(
      lines.some((l) => l.startsWith('Fel: contacts[2].channels[0].value: ')),
      result.err
    );
    assert.match(result.err, /5 fel\./);
  });

  it('a training document with a wrong count, and a plan with a bad status and an end before its start', () => {
    const training = run(
      'validate',
      file('utbildning.json', JSON.stringify({ units: [{ name: 'X', completed: 9, total: 5 }] }))
    );
    assert.equal(training.code, 1);
    assert.match(training.err, /utbildning/);
    assert.match(training.err, /Fel: units\[0\]: .*completed får inte vara större än total/);
    const plan = run(
      'validate',
      file(
        'plan.json',
        JSON.stringify({ measures: [{ id: 'x', title: 'X', status: 'klar', start: '2024', end: '2023' }] })
      )
    );
    assert.equal(plan.code, 1);
    assert.match(
      plan.err,
      /Fel: measures\[0\]\.status: "klar" är inte tillåtet; använd "planned", "ongoing", "done", "delayed" eller "cancelled"/
    );
  });

  it('not JSON, or not a trygg-kit document: exit 1 with the reason', () => {
    const broken = run('validate', file('trasig.json', '{"measures": ['));
    assert.equal(broken.code, 1);
    assert.match(broken.err, /inte giltig JSON/);
    const other = run('validate', file('annat.json', '{"hello": 1}'));
    assert.equal(other.code, 1);
    assert.match(other.err, /okänt format/);
  });
});

describe('trygg-kit --help and mistakes', () => {
  it('--help explains every command in Swedish (exit 0)', () => {
    const result = run('--help');
    assert.equal(result.code, 0);
    for (const word of ['Användning', 'import ', 'import-training', 'validate', '-o, --output', 'Windows-1252'])
      assert.ok(result.out.includes(word), word);
  });
  it('an unknown command or option: exit 2', () => {
    assert.equal(run('exportera', 'x').code, 2);
    const option = run('import', 'x.csv', '--okand');
    assert.equal(option.code, 2);
    assert.match(option.err, /--help/);
  });
});

// iconv-lite is used by the CLI because Node 20's TextDecoder reads Windows-1252 as Latin-1; this
// checks that the fixture above would have caught that.
it('Node decodes 0x96 as an en dash only through iconv-lite', () => {
  assert.equal(iconv.decode(Buffer.from([0x96]), 'win1252'), '–');
});
