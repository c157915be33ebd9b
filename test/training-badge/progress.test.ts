// The arithmetic of the training badge, without rendering.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  percentOf,
  refineDocument,
  resolveFigures,
  statusOf,
  toNumber,
} from '../../src/components/training-badge/progress.js';
import { stockholmDate } from '../../src/core/dates.js';
import {
  documentSchema as credentialSchema,
  viewCredential,
} from '../../src/components/training-badge/open-badge-schema.js';
import { documentSchema } from '../../src/components/training-badge/schema.js';
import { validate } from '../../src/core/validate.js';

describe('training badge arithmetic', () => {
  it('reads numbers from attributes: digits only, spaces as thousands separators', () => {
    expect(toNumber('84')).to.equal(84);
    expect(toNumber(' 1 200 ')).to.equal(1200);
    expect(toNumber('1\u00a0200')).to.equal(1200);
    expect(toNumber('12.5')).to.equal(12.5);
    expect(toNumber('-5')).to.equal(-5);
    expect(toNumber(7)).to.equal(7);
    for (const absent of [null, undefined, '', '  ']) expect(toNumber(absent), String(absent)).to.equal(undefined);
    for (const bad of [
      '12,5',
      '1e3',
      '0x10',
      'Infinity',
      'NaN',
      'åtta',
      '١٢',
      '5 st',
      Number.NaN,
      Infinity,
      {},
      true,
    ]) {
      expect(toNumber(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('percent: a whole number 0–100, rounded down, exact at the target', () => {
    expect(percentOf(84, 120)).to.equal(70);
    expect(percentOf(58, 100)).to.equal(58);
    expect(percentOf(999, 1000)).to.equal(99);
    expect(percentOf(2, 3)).to.equal(66);
    expect(percentOf(5, 0)).to.equal(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (max, raw) => {
        const value = raw % (max + 1);
        const p = percentOf(value, max);
        expect(Number.isInteger(p)).to.equal(true);
        expect(p).to.be.within(0, 100);
        expect(p === 100).to.equal(value === max);
        // Rounded down: p % of max is done, p + 1 % is not.
        expect(p * max).to.be.at.most(value * 100);
        if (p < 100) expect((p + 1) * max).to.be.above(value * 100);
      })
    );
  });

  it('status: complete > target reached > overdue > not started > in progress', () => {
    const today = '2026-11-26';
    expect(statusOf(120, 120, 90, '2020-01-01', today)).to.equal('complete');
    expect(statusOf(108, 120, 90, '2020-01-01', today)).to.equal('target-reached');
    expect(statusOf(107, 120, 90, '2020-01-01', today)).to.equal('overdue');
    expect(statusOf(0, 120, 90, '2026-11-25', today)).to.equal('overdue');
    expect(statusOf(0, 120, 90, '2026-11-26', today)).to.equal('not-started');
    expect(statusOf(1, 120, 90, undefined, today)).to.equal('in-progress');
    expect(statusOf(0, 120, 0, undefined, today), 'a target of 0 % is reached at once').to.equal('target-reached');
    expect(statusOf(119, 120, undefined, '2026-11-25', today), 'without a target, overdue until complete').to.equal(
      'overdue'
    );
  });

  it('today is the date in Sweden, across midnight and summer time', () => {
    expect(stockholmDate(new Date('2026-12-31T22:59:59Z'))).to.equal('2026-12-31');
    expect(stockholmDate(new Date('2026-12-31T23:00:00Z'))).to.equal('2027-01-01');
    expect(stockholmDate(new Date('2026-06-30T21:59:59Z'))).to.equal('2026-06-30');
    expect(stockholmDate(new Date('2026-06-30T22:00:00Z'))).to.equal('2026-07-01');
  });

  it('merges attributes over the document, and never gives NaN (property-based)', () => {
    const doc = v.parse(documentSchema, {
      target: 80,
      deadline: '2026-12-31',
      units: [
        { name: 'A', completed: 3, total: 10 },
        { name: 'B', completed: 7, total: 10 },
      ],
    });
    expect(resolveFigures({}, doc, 'ready')).to.include({
      value: 10,
      max: 20,
      percent: 50,
      target: 80,
      status: 'in-progress',
    });
    expect(resolveFigures({ unit: 'B' }, doc, 'ready')).to.include({ value: 7, max: 10, percent: 70 });
    expect(resolveFigures({ value: '20', target: 'x' }, doc, 'ready')).to.include({
      value: 20,
      max: 20,
      target: 80,
      status: 'complete',
    });
    expect(resolveFigures({}, undefined, 'loading').problems).to.deep.equal([]);
    expect(resolveFigures({}, undefined, 'none').problems).to.deep.equal([]);

    const input = fc.oneof(fc.constant(null), fc.string(), fc.double(), fc.integer());
    fc.assert(
      fc.property(input, input, input, fc.option(fc.string()), (value, max, target, deadline) => {
        const f = resolveFigures({ value, max, target, deadline, today: '2026-11-26' }, undefined, 'none');
        for (const n of [f.value, f.max, f.percent, f.target]) {
          if (n !== undefined) expect(Number.isFinite(n)).to.equal(true);
        }
        expect(f.value === undefined).to.equal(f.max === undefined);
        if (f.value !== undefined && f.max !== undefined) {
          expect(f.value).to.be.within(0, f.max);
          expect(f.max).to.be.above(0);
          expect(f.status).to.be.a('string');
        }
        if (f.target !== undefined) expect(f.target).to.be.within(0, 100);
        for (const p of f.problems) expect(p).to.match(/^(value|max|target|deadline): /);
      })
    );
  });

  it('drops a duplicate unit and reports an empty list', () => {
    const doc = v.parse(documentSchema, {
      units: [
        { name: 'A', completed: 1, total: 2 },
        { name: 'A', completed: 1, total: 2 },
      ],
    });
    expect(refineDocument(doc).value.units).to.have.length(1);
    expect(refineDocument(doc).problems).to.deep.equal(['units: "A" is listed twice; only the first is counted']);
    expect(refineDocument({ units: [] }).problems).to.deep.equal([
      'units: the list is empty, so there are no figures to show',
    ]);
  });

  it('reads what a credential says, and its validity at a moment', () => {
    const { value } = validate(credentialSchema, {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:1',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:example:issuer', type: ['Profile'], name: 'Kommunen', url: 'https://example.org/' },
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-01-01T00:00:00Z',
      credentialSubject: {
        identifier: [
          { type: 'IdentityObject', identityHash: 'sha256$abc', identityType: 'emailAddress', hashed: true, salt: 'x' },
        ],
        type: ['AchievementSubject'],
        achievement: {
          id: 'urn:uuid:2',
          type: ['Achievement'],
          name: 'Kurs',
          description: 'Om kursen',
          criteria: { id: 'https://example.org/krav' },
        },
      },
    });
    expect(value).to.exist;
    const at = (iso: string) => viewCredential(value!, Date.parse(iso));
    expect(at('2026-06-01T00:00:00Z')).to.deep.equal({
      name: 'Kurs',
      description: 'Om kursen',
      issuer: 'Kommunen',
      issuerUrl: 'https://example.org/',
      criteria: undefined,
      criteriaUrl: 'https://example.org/krav',
      issued: '2026-01-01T00:00:00Z',
      until: '2027-01-01T00:00:00Z',
      validity: 'valid',
      signed: false,
    });
    expect(at('2025-12-31T23:59:59Z').validity).to.equal('not-yet');
    expect(at('2027-01-01T00:00:01Z').validity).to.equal('expired');
  });
});
