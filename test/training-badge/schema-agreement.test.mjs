// Node (no browser): the kit's Open Badges 3.0 check (src/components/training-badge/open-badge-schema.ts)
// agrees with 1EdTech's official JSON Schema on every fixture of test/training-badge/fixtures/ (the
// test files of 1EdTech's public validator) and on variants of them that change one required field
// or type at a time. The official schemas are evaluated with Ajv (JSON Schema 2019-09 for VC 2.0
// credentials; the VC 1.1 edition, draft-04, for VC 1.1 ones). Sources: fixtures/README.md.
// Run: `node --test test/training-badge/schema-agreement.test.mjs` (part of `npm run test:node`).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2019 from 'ajv/dist/2019.js';
import AjvDraft4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/training-badge/fixtures');
const read = (path) => readFileSync(join(fixtures, path), 'utf8');
const VC1 = 'https://www.w3.org/2018/credentials/v1';

const ajv2019 = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv2019);
const official2 = ajv2019.compile(JSON.parse(read('schema/ob_v3p0_achievementcredential_schema.json')));
const ajv4 = new AjvDraft4({ strict: false, allErrors: true });
addFormats(ajv4);
const official1 = ajv4.compile(JSON.parse(read('schema/ob_v3p0_achievementcredential_schema_draft4.json')));

/**
 * The official verdict: the OB 3.0 schema of the credential's VC version. For VC 1.1 the
 * specification's MUST that the VC-1.1-era schema does not check is added: the Open Badges context
 * comes second.
 */
function officialVerdict(credential) {
  const context = Array.isArray(credential?.['@context']) ? credential['@context'] : [];
  if (context[0] === VC1) {
    const ob = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;
    return official1(credential) && typeof context[1] === 'string' && ob.test(context[1]);
  }
  return official2(credential);
}

let kit;
let dir;
before(async () => {
  // The kit's schema module, bundled for Node (valibot included), as the browser gets it.
  dir = mkdtempSync(join(tmpdir(), 'trygg-ob-'));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: true,
      outDir: dir,
      rolldownOptions: {
        // The check, and the VC-JWT test the badge runs before it (credential.ts).
        input: {
          'open-badge-schema': join(root, 'src/components/training-badge/open-badge-schema.ts'),
          credential: join(root, 'src/components/training-badge/credential.ts'),
        },
        output: { entryFileNames: '[name].mjs' },
      },
    },
  });
  kit = {
    ...(await import(pathToFileURL(join(dir, 'open-badge-schema.mjs')).href)),
    ...(await import(pathToFileURL(join(dir, 'credential.mjs')).href)),
  };
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The kit's verdict (its valibot schema through the Standard Schema interface) and its messages. */
function kitVerdict(credential) {
  const result = kit.documentSchema['~standard'].validate(credential);
  return { ok: !result.issues, issues: (result.issues ?? []).map((i) => i.message) };
}

function agree(name, credential) {
  const expected = officialVerdict(credential);
  const { ok, issues } = kitVerdict(credential);
  assert.equal(
    ok,
    expected,
    `${name}: official schema says ${expected ? 'valid' : 'invalid'}, the kit ${ok ? 'accepts' : `rejects (${issues.join('; ')})`}`
  );
  return expected;
}

const validatorFiles = readdirSync(join(fixtures, 'validator')).filter((f) => f.endsWith('.json'));
const json = (file) => JSON.parse(read(`validator/${file}`));
/** The files with wrong types (fixtures/wrong-types.json, shared with credential.test.ts). */
const wrongTypes = JSON.parse(read('wrong-types.json')).files;

describe('the 1EdTech validator test files', () => {
  it('are all there (33 JSON credentials and 2 VC-JWTs)', () => {
    assert.equal(validatorFiles.length, 33);
  });

  for (const file of validatorFiles) {
    it(`${file}: the kit agrees with the official schema`, () => {
      agree(file, json(file));
    });
  }

  it('counts: which files the official schema accepts', () => {
    const valid = validatorFiles.filter((f) => officialVerdict(json(f)));
    // Not a hard-coded verdict: the list is what Ajv says with the official schemas; it is spelled
    // out so that a change of schema or fixture shows up here.
    assert.deepEqual(valid.sort(), [
      'complete.json',
      'credential-status-revoked.json',
      'simple-context-alias.json',
      'simple-context-version.json',
      'simple-did-key-method.json',
      'simple-eddsa-2022.json',
      'simple-err-expired.json',
      'simple-err-proof-method-no-scheme.json',
      'simple-err-proof-method-unknown-did-method.json',
      'simple-err-proof-method-unknown-scheme.json',
      'simple-err-proof-value.json',
      'simple-multiple-proofs.json',
      'simple.json',
      'simple_v1.json',
    ]);
  });

  it('rejects the six files with wrong types in result, resultDescription, evidence, otherIdentifier, parentOrg and the issuer profile', () => {
    assert.equal(wrongTypes.length, 6);
    for (const file of wrongTypes) {
      assert.equal(officialVerdict(json(file)), false, file);
      assert.equal(kitVerdict(json(file)).ok, false, file);
    }
  });
});

describe('one change at a time to a valid credential (simple.json, VC 2.0; simple_v1.json, VC 1.1)', () => {
  const base = () => json('simple.json');
  const base1 = () => json('simple_v1.json');
  const achievement = (c) => c.credentialSubject.achievement;
  /** [name, change, the official verdict the case is about] */
  const cases = [
    ['criteria: {} (SHOULD, not MUST)', (c) => (achievement(c).criteria = {}), true],
    ['achievement.name empty', (c) => (achievement(c).name = ''), true],
    ['achievement.description missing', (c) => delete achievement(c).description, false],
    ['achievement.criteria missing', (c) => delete achievement(c).criteria, false],
    ['achievement.type a string', (c) => (achievement(c).type = 'Achievement'), false],
    ['achievementType from the list', (c) => (achievement(c).achievementType = 'Course'), true],
    ['achievementType as an extension', (c) => (achievement(c).achievementType = 'ext:Utbildning'), true],
    ['achievementType unknown', (c) => (achievement(c).achievementType = 'Kurs'), false],
    ['inLanguage sv-SE', (c) => (achievement(c).inLanguage = 'sv-SE'), true],
    ['inLanguage sv_SE', (c) => (achievement(c).inLanguage = 'sv_SE'), false],
    ['validFrom without a time zone', (c) => (c.validFrom = '2010-01-01T00:00:00'), false],
    ['validFrom a date only', (c) => (c.validFrom = '2010-01-01'), false],
    ['validFrom with an offset', (c) => (c.validFrom = '2010-01-01T00:00:00+01:00'), true],
    ['validFrom on 29 February of a common year', (c) => (c.validFrom = '2023-02-29T00:00:00Z'), false],
    ['validFrom at a leap second', (c) => (c.validFrom = '2016-12-31T23:59:60Z'), true],
    ['validFrom missing', (c) => delete c.validFrom, false],
    ['validUntil without a time zone', (c) => (c.validUntil = '2030-01-01T00:00:00'), false],
    ['awardedDate without seconds', (c) => (c.awardedDate = '2030-01-01T00:00Z'), false],
    [
      'OB context third, after another one',
      (c) => c['@context'].splice(1, 0, 'https://w3id.org/security/data-integrity/v2'),
      false,
    ],
    ['OB context first', (c) => c['@context'].reverse(), false],
    [
      'OB context 3.0.3',
      (c) => (c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'),
      true,
    ],
    [
      'OB context under another path',
      (c) => (c['@context'][1] = 'https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld'),
      false,
    ],
    ['a context that is neither URI nor object', (c) => c['@context'].push(3), false],
    ['type a string', (c) => (c.type = 'OpenBadgeCredential'), false],
    ['type without OpenBadgeCredential', (c) => (c.type = ['VerifiableCredential']), false],
    ['AchievementCredential instead', (c) => (c.type = ['VerifiableCredential', 'AchievementCredential']), true],
    ['issuer a URI', (c) => (c.issuer = 'https://example.com/issuers/876543'), true],
    ['issuer type a string', (c) => (c.issuer = { ...c.issuer, type: 'Profile' }), false],
    ['issuer without id', (c) => (c.issuer = { type: ['Profile'], name: 'X' }), false],
    ['issuer dateOfBirth not a date', (c) => (c.issuer = { ...c.issuer, dateOfBirth: '2000-02-30' }), false],
    ['credentialSubject without id', (c) => delete c.credentialSubject.id, true],
    ['credentialSubject.type a string', (c) => (c.credentialSubject.type = 'AchievementSubject'), false],
    ['result status unknown', (c) => (c.credentialSubject.result = [{ type: ['Result'], status: 'Done' }]), false],
    [
      'result status Completed',
      (c) => (c.credentialSubject.result = [{ type: ['Result'], status: 'Completed' }]),
      true,
    ],
    [
      'identifier with an extra field',
      (c) =>
        (c.credentialSubject.identifier = [
          { type: 'IdentityObject', hashed: false, identityHash: 'a@b', identityType: 'emailAddress', extra: 1 },
        ]),
      false,
    ],
    [
      'identifier as the schema wants it',
      (c) =>
        (c.credentialSubject.identifier = [
          { type: 'IdentityObject', hashed: false, identityHash: 'a@b', identityType: 'emailAddress' },
        ]),
      true,
    ],
    [
      'image with an extra field',
      (c) => (c.image = { id: 'https://example.com/i.png', type: 'Image', alt: 'x' }),
      false,
    ],
    ['creditsEarned a string', (c) => (c.credentialSubject.creditsEarned = '7.5'), false],
    ['evidence type a string', (c) => (c.evidence = [{ type: 'Evidence' }]), false],
    ['proof one object, not a list (VC 2.0)', (c) => (c.proof = c.proof[0]), false],
    ['proof without type', (c) => delete c.proof[0].type, false],
    ['no proof', (c) => delete c.proof, true],
    ['id missing', (c) => delete c.id, false],
    ['endorsementJwt not a JWS', (c) => (c.endorsementJwt = ['not a jwt']), false],
  ];
  for (const [name, change, verdict] of cases) {
    it(`VC 2.0: ${name}`, () => {
      const c = base();
      change(c);
      assert.equal(
        agree(name, c),
        verdict,
        `the official schema's verdict on "${name}" is not what this case is about`
      );
    });
  }

  const cases1 = [
    ['as published', () => {}, true],
    ['name missing (required in VC 1.1)', (c) => delete c.name, false],
    ['issuanceDate missing', (c) => delete c.issuanceDate, false],
    ['issuanceDate without a time zone', (c) => (c.issuanceDate = '2010-01-01T00:00:00'), false],
    ['expirationDate without a time zone', (c) => (c.expirationDate = '2030-01-01T00:00:00'), false],
    ['OB context third', (c) => c['@context'].splice(1, 0, 'https://w3id.org/security/suites/ed25519-2020/v1'), false],
  ];
  for (const [name, change, verdict] of cases1) {
    it(`VC 1.1: ${name}`, () => {
      const c = base1();
      change(c);
      assert.equal(agree(name, c), verdict);
    });
  }
});

describe('VC-JWT (compact signed form)', () => {
  it('recognises the validator files simple.jwt and velocity.jwt, and no JSON credential', () => {
    for (const file of ['simple.jwt', 'velocity.jwt'])
      assert.equal(kit.isCompactJwt(read(`validator/${file}`)), true, file);
    for (const file of validatorFiles) assert.equal(kit.isCompactJwt(read(`validator/${file}`)), false, file);
  });
});
