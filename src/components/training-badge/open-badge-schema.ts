/**
 * The structure check of an Open Badges 3.0 `OpenBadgeCredential` (alias `AchievementCredential`),
 * as `<trygg-training-badge credential>` takes it. It agrees with 1EdTech's official JSON Schema
 * (ob_v3p0_achievementcredential_schema.json, JSON Schema 2019-09, on the W3C Verifiable Credentials
 * Data Model 2.0) on every required field and every type, nested classes included (Achievement,
 * Criteria, Result, ResultDescription, Alignment, Evidence, Profile, IdentifierEntry, IdentityObject,
 * Image, Address, EndorsementCredential, Proof, …): what it accepts is accepted, what it rejects is
 * rejected (test/training-badge/schema-agreement.test.ts runs the official schema beside it).
 * Credentials on VC 1.1 (`https://www.w3.org/2018/credentials/v1`, `issuanceDate`, `expirationDate`,
 * a required `name`, `proof` as one object or a list) are read with the same rules otherwise.
 *
 * Beyond the schema, the specification's MUSTs on contexts and dates: the Open Badges context is the
 * second item of `@context`, right after the VC context, and every date-time has a time zone (RFC
 * 3339, as the schema's `date-time` format).
 *
 * This is a structure check, not a verification: the signature (`proof` or a VC-JWT) is not
 * checked, and neither are revocation or the issuer's keys. A VC-JWT (the compact signed form) is
 * recognised (`isCompactJwt`, credential.ts) and not shown.
 */
import * as v from 'valibot';

export const schemaTitle = 'Open Badges 3.0 credential (as checked by trygg-kit)';
export const schemaDescription =
  'The fields and types of an Open Badges 3.0 OpenBadgeCredential that <trygg-training-badge credential> checks and shows, as the official 1EdTech JSON Schema requires them. Not a verification of the signature.';

import type { OpenBadgeCredential } from './credential.js';

// What the badge needs before (and without) this check, VC-JWTs included, is in credential.ts.
export type { OpenBadgeCredential } from './credential.js';

/** `https://www.w3.org/ns/credentials/v2` (VC 2.0) or `https://www.w3.org/2018/credentials/v1` (VC 1.1). */
export const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];
/** The Open Badges 3.0 context, as the official schema writes it (`context.json`, `context-3.0.3.json`, …). */
export const OB_CONTEXT = /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** RFC 3339 `full-date`: `YYYY-MM-DD` that exists. */
export function isDate(value: unknown): value is string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}
/**
 * RFC 3339 `date-time`: a date, `T` (or a space), `hh:mm:ss[.s]` and a time zone (`Z` or `±hh:mm`),
 * as the official schema's `date-time` format; a leap second only at 23:59:60 UTC.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4}-\d\d-\d\d)[Tt\s](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/.exec(value) as
    (string | undefined)[] | null;
  if (!m || !isDate(m[1] ?? '')) return false;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const sign = m[5] === '-' ? -1 : 1;
  const [zoneHour, zoneMinute] = [Number(m[6] ?? 0), Number(m[7] ?? 0)];
  if (zoneHour > 23 || zoneMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second <= 59) return true;
  // 23:59:60 UTC, written in any zone.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second === 60;
}

const str = v.string();
const num = v.number();
const dateTime = v.pipe(
  v.string(),
  v.check((s: string) => isDateTime(s), 'a date-time with a time zone, such as 2026-11-01T00:00:00Z')
);
const date = v.pipe(
  v.string(),
  v.check((s: string) => isDate(s), 'a date such as 2000-01-31')
);
const strings = v.array(str);
/** A value of a list of known words, or an `ext:` extension. */
const vocabulary = (words: readonly string[]) =>
  v.union([
    v.picklist(words),
    v.pipe(v.string(), v.regex(/(ext:)[a-z|A-Z|0-9|.|-|_]+/, `one of ${words.join(', ')}, or ext:…`)),
  ]);
const LANGUAGE = /^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
const language = v.pipe(str, v.regex(LANGUAGE, 'a language tag such as sv or sv-SE'));
const JWT = /^[a-zA-Z0-9_-]+\.[a-zA-Z0-9_-]*\.[a-zA-Z0-9_-]+$/;
const jwts = v.array(v.pipe(v.string(), v.regex(JWT, 'a compact JWS')));

const IDENTIFIER_TYPES = [
  'name',
  'sourcedId',
  'systemId',
  'productId',
  'userName',
  'accountId',
  'emailAddress',
  'nationalIdentityNumber',
  'isbn',
  'issn',
  'lisSourcedId',
  'oneRosterSourcedId',
  'sisSourcedId',
  'ltiContextId',
  'ltiDeploymentId',
  'ltiToolId',
  'ltiPlatformId',
  'ltiUserId',
  'identifier',
] as const;
const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;
const RESULT_TYPES = [
  'GradePointAverage',
  'LetterGrade',
  'Percent',
  'PerformanceLevel',
  'PredictedScore',
  'RawScore',
  'Result',
  'RubricCriterion',
  'RubricCriterionLevel',
  'RubricScore',
  'ScaledScore',
  'Status',
] as const;
const ALIGNMENT_TYPES = [
  'ceasn:Competency',
  'ceterms:Credential',
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'CTDL',
] as const;
const RESULT_STATUS = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew'] as const;

/** The context list's own rule: the VC context, then the Open Badges context, then URIs or objects. */
const contextOrder = (vc: string) =>
  v.pipe(
    v.array(v.unknown(), 'a list of contexts'),
    v.minLength(2, 'the VC context and the Open Badges 3.0 context'),
    v.check((c) => c[0] === vc, `must start with "${vc}"`),
    v.check(
      (c) => typeof c[1] === 'string' && OB_CONTEXT.test(c[1]),
      'the Open Badges 3.0 context (https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json) must come second'
    ),
    v.check(
      (c) =>
        c.slice(2).every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && !Array.isArray(x))),
      'further contexts are URIs or objects'
    )
  );

/**
 * The classes of the official schema for one VC version. `2`: the current schema (JSON Schema
 * 2019-09, VC 2.0). `1`: its VC 1.1 edition (draft-04): `type` a string or a list, several classes
 * closed to other fields, `issuanceDate`/`expirationDate`, a required `name`, `issuer` a Profile,
 * `proof` one or a list, `@language` instead of `inLanguage`, no `Provisional` result status.
 */
function classes(vc: 1 | 2) {
  const v2 = vc === 2;
  /** `type`: VC 2.0 a list (at least one) that contains `names`; VC 1.1 a string or a list of strings. */
  const typeList = (...names: string[]) =>
    v2
      ? v.pipe(
          v.array(str, 'a list of types'),
          v.minLength(1, 'at least one type'),
          v.check((t) => names.some((n) => t.includes(n)), `must contain "${names.join('" or "')}"`)
        )
      : v.union([str, v.pipe(v.array(str), v.minLength(1, 'at least one type'))], 'a type or a list of types');
  /** A class that allows other fields in VC 2.0 and not in VC 1.1. */
  const closedIn1 = <T extends v.ObjectEntries>(entries: T) => (v2 ? v.looseObject(entries) : v.strictObject(entries));
  /** A class type written as one fixed word in VC 2.0 (any string in VC 1.1). */
  const word = (name: string) => (v2 ? v.literal(name) : str);
  const identifierTypes = v2 ? IDENTIFIER_TYPES : IDENTIFIER_TYPES.filter((t) => t !== 'name');
  const proof = v.looseObject({
    type: str,
    created: v.optional(dateTime),
    cryptosuite: v.optional(v2 ? str : v.unknown()),
    challenge: v.optional(str),
    domain: v.optional(str),
    nonce: v.optional(str),
    proofPurpose: v.optional(str),
    proofValue: v.optional(str),
    verificationMethod: v.optional(str),
  });
  const proofs = v2 ? v.array(proof) : v.union([proof, v.array(proof)]);

  const image = v.strictObject({ id: str, type: word('Image'), caption: v.optional(str) });
  const identifierEntry = v.strictObject({
    type: word('IdentifierEntry'),
    identifier: str,
    identifierType: vocabulary(identifierTypes),
  });
  const identityObject = v.strictObject({
    type: word('IdentityObject'),
    hashed: v.boolean(),
    identityHash: str,
    identityType: vocabulary(identifierTypes),
    salt: v.optional(str),
  });
  const geo = closedIn1({ type: word('GeoCoordinates'), latitude: num, longitude: num });
  const address = closedIn1({
    type: typeList('Address'),
    addressCountry: v.optional(str),
    addressCountryCode: v.optional(str),
    addressRegion: v.optional(str),
    addressLocality: v.optional(str),
    streetAddress: v.optional(str),
    postOfficeBoxNumber: v.optional(str),
    postalCode: v.optional(str),
    geo: v.optional(geo),
  });
  const alignment = v.looseObject({
    type: typeList('Alignment'),
    targetCode: v.optional(str),
    targetDescription: v.optional(str),
    targetName: str,
    targetFramework: v.optional(str),
    targetType: v.optional(vocabulary(ALIGNMENT_TYPES)),
    targetUrl: str,
  });
  const idType = closedIn1({ id: str, type: str });
  const refreshService = v.looseObject({ id: str, type: str });
  const termsOfUse = v.looseObject({ id: v.optional(str), type: str });

  type Profile = Record<string, unknown>;
  const profile: v.GenericSchema<unknown, Profile> = v.looseObject({
    id: str,
    type: typeList('Profile'),
    name: v.optional(str),
    url: v.optional(str),
    phone: v.optional(str),
    description: v.optional(str),
    endorsement: v.optional(v.array(v.lazy(() => endorsementCredential))),
    endorsementJwt: v.optional(jwts),
    image: v.optional(image),
    email: v.optional(str),
    address: v.optional(address),
    otherIdentifier: v.optional(v.array(identifierEntry)),
    official: v.optional(str),
    parentOrg: v.optional(v.lazy(() => profile)),
    familyName: v.optional(str),
    givenName: v.optional(str),
    additionalName: v.optional(str),
    patronymicName: v.optional(str),
    honorificPrefix: v.optional(str),
    honorificSuffix: v.optional(str),
    familyNamePrefix: v.optional(str),
    dateOfBirth: v.optional(v2 ? date : str),
  });
  /** Issuer: VC 2.0 a URI or a Profile; VC 1.1 a Profile. */
  const issuer = v2 ? v.union([str, profile], 'a URI or a Profile with id and type ["Profile"]') : profile;

  const endorsementSubject = closedIn1({
    id: str,
    type: typeList('EndorsementSubject'),
    endorsementComment: v.optional(str),
  });
  const endorsementCredential: v.GenericSchema = v2
    ? v.looseObject({
        '@context': contextOrder(VC_CONTEXTS[0]),
        type: v.pipe(
          typeList('VerifiableCredential'),
          v.check((t) => t.includes('EndorsementCredential'), 'must contain "EndorsementCredential"')
        ),
        id: str,
        name: str,
        description: v.optional(str),
        credentialSubject: endorsementSubject,
        awardedDate: v.optional(dateTime),
        issuer,
        validFrom: dateTime,
        validUntil: v.optional(dateTime),
        proof: v.optional(proofs),
        credentialSchema: v.optional(v.array(idType)),
        credentialStatus: v.optional(idType),
        refreshService: v.optional(refreshService),
        termsOfUse: v.optional(v.array(termsOfUse)),
      })
    : v.strictObject({
        '@context': v.pipe(v.array(str), v.minLength(1)),
        type: typeList('EndorsementCredential'),
        id: str,
        description: v.optional(str),
        credentialSubject: endorsementSubject,
        issuer,
        issuanceDate: dateTime,
        expirationDate: v.optional(dateTime),
        proof: v.optional(proofs),
        credentialSchema: v.optional(v.array(idType)),
        credentialStatus: v.optional(idType),
        refreshService: v.optional(idType),
      });

  const rubricCriterionLevel = v.looseObject({
    id: str,
    type: typeList('RubricCriterionLevel'),
    alignment: v.optional(v.array(alignment)),
    description: v.optional(str),
    level: v.optional(str),
    name: str,
    points: v.optional(str),
  });
  const resultDescription = v.looseObject({
    id: str,
    type: typeList('ResultDescription'),
    alignment: v.optional(v.array(alignment)),
    allowedValue: v.optional(strings),
    name: str,
    requiredLevel: v.optional(str),
    requiredValue: v.optional(str),
    resultType: vocabulary(RESULT_TYPES),
    rubricCriterionLevel: v.optional(v.array(rubricCriterionLevel)),
    valueMax: v.optional(str),
    valueMin: v.optional(str),
  });
  const related = v2
    ? v.looseObject({ id: str, type: typeList('Related'), inLanguage: v.optional(language), version: v.optional(str) })
    : v.strictObject({ id: str, '@language': v.optional(language), version: v.optional(str) });

  const achievement = v.looseObject({
    id: str,
    type: typeList('Achievement'),
    alignment: v.optional(v.array(alignment)),
    achievementType: v.optional(vocabulary(ACHIEVEMENT_TYPES)),
    creator: v.optional(profile),
    creditsAvailable: v.optional(num),
    /** Criteria: `id` and `narrative` are both optional in the schema (the specification says SHOULD). */
    criteria: v.looseObject({ id: v.optional(str), narrative: v.optional(str) }),
    description: str,
    endorsement: v.optional(v.array(endorsementCredential)),
    endorsementJwt: v.optional(jwts),
    fieldOfStudy: v.optional(str),
    humanCode: v.optional(str),
    image: v.optional(image),
    ...(v2 ? { inLanguage: v.optional(language) } : { '@language': v.optional(language) }),
    name: str,
    otherIdentifier: v.optional(v.array(identifierEntry)),
    related: v.optional(v.array(related)),
    resultDescription: v.optional(v.array(resultDescription)),
    specialization: v.optional(str),
    tag: v.optional(strings),
    version: v.optional(str),
  });

  const result = v.looseObject({
    type: typeList('Result'),
    achievedLevel: v.optional(str),
    alignment: v.optional(v.array(alignment)),
    resultDescription: v.optional(str),
    status: v.optional(v.picklist(v2 ? RESULT_STATUS : RESULT_STATUS.filter((s) => s !== 'Provisional'))),
    value: v.optional(str),
  });

  const evidence = v.looseObject({
    id: v.optional(str),
    type: typeList('Evidence'),
    narrative: v.optional(str),
    name: v.optional(str),
    description: v.optional(str),
    genre: v.optional(str),
    audience: v.optional(str),
  });

  const achievementSubject = closedIn1({
    id: v.optional(str),
    type: typeList('AchievementSubject'),
    activityEndDate: v.optional(dateTime),
    activityStartDate: v.optional(dateTime),
    creditsEarned: v.optional(num),
    achievement,
    identifier: v.optional(v.array(identityObject)),
    image: v.optional(image),
    licenseNumber: v.optional(str),
    narrative: v.optional(str),
    result: v.optional(v.array(result)),
    role: v.optional(str),
    source: v.optional(profile),
    term: v.optional(str),
  });

  const credentialType = v2
    ? v.pipe(
        typeList('VerifiableCredential'),
        v.check(
          (t) => t.includes('OpenBadgeCredential') || t.includes('AchievementCredential'),
          'must contain "OpenBadgeCredential" or "AchievementCredential"'
        )
      )
    : typeList();

  return v.looseObject({
    '@context': contextOrder(VC_CONTEXTS[v2 ? 0 : 1]),
    id: str,
    type: credentialType,
    name: v2 ? v.optional(str) : str,
    description: v.optional(str),
    image: v.optional(image),
    awardedDate: v.optional(v2 ? dateTime : v.unknown()),
    credentialSubject: achievementSubject,
    endorsement: v.optional(v.array(endorsementCredential)),
    endorsementJwt: v.optional(jwts),
    evidence: v.optional(v.array(evidence)),
    issuer,
    validFrom: v2 ? dateTime : v.optional(v.unknown()),
    validUntil: v.optional(v2 ? dateTime : v.unknown()),
    issuanceDate: v2 ? v.optional(v.unknown()) : dateTime,
    expirationDate: v.optional(v2 ? v.unknown() : dateTime),
    proof: v.optional(proofs),
    credentialSchema: v.optional(v.array(idType)),
    credentialStatus: v.optional(idType),
    refreshService: v.optional(v2 ? refreshService : idType),
    termsOfUse: v.optional(v.array(termsOfUse)),
  });
}

const vc2 = classes(2);
const vc1 = classes(1);

/** Whether a credential is on VC 1.1 (its first context), else it is read as VC 2.0. */
export const isVc1 = (c: unknown): boolean =>
  typeof c === 'object' && c !== null && Array.isArray((c as { '@context'?: unknown })['@context'])
    ? (c as { '@context': unknown[] })['@context'][0] === VC_CONTEXTS[1]
    : false;

/** An OpenBadgeCredential on VC 2.0 or VC 1.1, told apart by the first context. */
export const documentSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const result = v.safeParse(isVc1(dataset.value) ? vc1 : vc2, dataset.value);
    if (result.success) return result.output as OpenBadgeCredential;
    for (const issue of result.issues) addIssue({ message: issue.message, path: issue.path });
    return NEVER;
  })
);

/**
 * The same check as one schema for the published JSON Schema (dist/schemas/open-badge.schema.json):
 * either edition. Validation uses {@link documentSchema}, whose messages name the one edition read.
 */
export const jsonSchemaSource = v.union([vc2, vc1]);

export type Validity = 'valid' | 'not-yet' | 'expired';

/** What the badge shows of a credential; every value is still text from an untrusted source. */
export interface CredentialView {
  name: string;
  description: string;
  issuer: string;
  /** The issuer's `url` to link to, before `safeUrl()`. */
  issuerUrl?: string;
  criteria?: string;
  criteriaUrl?: string;
  /** Date-times as given (ISO 8601). */
  issued: string;
  until?: string;
  validity: Validity;
  signed: boolean;
}

export function viewCredential(c: OpenBadgeCredential, now: number): CredentialView {
  const { achievement } = c.credentialSubject;
  const issuer = typeof c.issuer === 'string' ? { id: c.issuer } : c.issuer;
  // Each VC version's own dates: a VC 2.0 credential's stray expirationDate is not read, and vice versa.
  const v1 = isVc1(c);
  const issued = (v1 ? c.issuanceDate : c.validFrom) as string;
  const until = (v1 ? c.expirationDate : c.validUntil) as string | undefined;
  const validity: Validity =
    Date.parse(issued) > now ? 'not-yet' : until !== undefined && Date.parse(until) < now ? 'expired' : 'valid';
  return {
    name: achievement.name,
    description: achievement.description,
    issuer: ('name' in issuer && issuer.name) || issuer.id,
    // Only the profile's `url` (a page for people); its `id` is often a machine-readable document.
    issuerUrl: 'url' in issuer ? issuer.url : undefined,
    criteria: achievement.criteria.narrative,
    criteriaUrl: achievement.criteria.id,
    issued,
    until,
    validity,
    signed: c.proof !== undefined && c.proof !== null,
  };
}
