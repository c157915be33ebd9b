// The lists of names in one string (core.months, core.weekdays): a translation with another number
// of names would write "undefined" in a date or an opening time, so `npm run locales:check` refuses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nameListProblems } from '../../scripts/locale-lists.mjs';

const root = resolve(import.meta.dirname, '../..');
const unit = (id, source, target) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>\n</trans-unit>`;
const WEEKDAYS = 'måndag tisdag onsdag torsdag fredag lördag söndag';

test("the kit's own translations of the name lists have every name", () => {
  for (const locale of ['en', 'ar']) {
    const file = join(root, 'locales/core', `${locale}.xlf`);
    const xlf = readFileSync(file, 'utf8');
    assert.match(xlf, /<trans-unit id="core\.months">/);
    assert.match(xlf, /<trans-unit id="core\.weekdays">/);
    assert.deepEqual(nameListProblems(xlf, file), []);
  }
});

test('a translation with a name too few, a name too many or a double space is reported, naming the string', () => {
  const good = unit('core.weekdays', WEEKDAYS, 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
  assert.deepEqual(nameListProblems(good, 'x.xlf'), []);
  for (const target of [
    'Monday Tuesday Wednesday Thursday Friday Saturday',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Funday',
    'Monday Tuesday Wednesday Thursday Friday  Saturday Sunday',
    'Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday',
  ]) {
    const problems = nameListProblems(unit('core.weekdays', WEEKDAYS, target), 'locales/core/fi.xlf');
    assert.equal(problems.length, 1, target);
    assert.match(problems[0], /"core\.weekdays" \(target\) in locales\/core\/fi\.xlf must be 7 names/);
  }
  // Another string with spaces is no list.
  assert.deepEqual(nameListProblems(unit('core.data-error', 'Uppgifterna kunde inte läsas in.', 'x'), 'x.xlf'), []);
});
