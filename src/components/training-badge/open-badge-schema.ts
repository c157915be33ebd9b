/**
 * The structure check of an Open Badges 3.0 `OpenBadgeCredential` (alias `AchievementCredential`),
 * as `<trygg-training-badge credential>` takes it: the fields the 1EdTech specification requires
 * (on the W3C Verifiable Credentials Data Model 2.0) and the ones the badge shows. Other fields are
 * allowed and ignored. Credentials on VC 1.1 (`issuanceDate`/`expirationDate`) are accepted too.
 *
 * This is a structure check, not a verification: the signature (`proof` or a VC-JWT) is not
 * checked, and neither are revocation or the issuer's keys. The official JSON Schema is
 * https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json
 */
import * as v from 'valibot';

export const schemaTitle = 'Open Badges 3.0 credential (as checked by trygg-kit)';
export const schemaDescription =
  'The required fields of an Open Badges 3.0 OpenBadgeCredential that <trygg-training-badge credential> checks and shows. Not the official 1EdTech schema and not a verification of the signature.';

/** `https://www.w3.org/ns/credentials/v2` (VC 2.0) or `https://www.w3.org/2018/credentials/v1` (VC 1.1). */
export const VC_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/2018/credentials/v1'];
const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/';

const uri = v.pipe(v.string(), v.regex(/^[a-z][a-z\d+.-]*:\S+$/i, 'a URI'));
const text = v.pipe(v.string(), v.maxLength(10_000));
const name = v.pipe(text, v.trim(), v.minLength(1, 'a name'));
const types = v.union([v.string(), v.array(v.string())]);
const containsType = (...names: string[]) =>
  v.check<string | string[], string>(
    (type) => names.some((n) => [type].flat().includes(n)),
    `must contain "${names.join('" or "')}"`
  );
/** A `type` (one string or a list) that contains one of `names`. */
const typeWith = (...names: string[]) => v.pipe(types, containsType(...names));

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/i;
/** An ISO 8601 date-time such as `2026-11-01T00:00:00Z` that exists. */
export function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}
const dateTime = v.pipe(
  v.string(),
  v.check((s: string) => isDateTime(s), 'a date-time such as 2026-11-01T00:00:00Z')
);
/** Checked on the credential as a whole: a bad end date must not be dropped (it would look valid forever). */
const endDate = v.optional(v.string());

/** Issuer or creator: a URI, or a Profile with `id` and `type` `Profile`. */
const profileSchema = v.union([
  uri,
  v.looseObject({
    id: uri,
    type: typeWith('Profile'),
    name: v.optional(name),
    url: v.optional(v.string()),
  }),
]);

const achievementSchema = v.looseObject({
  id: uri,
  type: typeWith('Achievement'),
  name,
  description: text,
  criteria: v.pipe(
    v.looseObject({ id: v.optional(uri), narrative: v.optional(text) }),
    v.check((c) => c.id !== undefined || c.narrative !== undefined, 'needs an id or a narrative')
  ),
  achievementType: v.optional(v.string()),
});

const subjectSchema = v.pipe(
  v.looseObject({
    id: v.optional(uri),
    identifier: v.optional(
      v.pipe(
        v.array(
          v.looseObject({
            type: v.literal('IdentityObject'),
            identityHash: v.string(),
            identityType: v.string(),
            hashed: v.boolean(),
          })
        ),
        v.minLength(1)
      )
    ),
    type: typeWith('AchievementSubject'),
    achievement: achievementSchema,
  }),
  v.check((s) => s.id !== undefined || s.identifier !== undefined, 'needs an id or an identifier')
);

export const documentSchema = v.pipe(
  v.looseObject({
    '@context': v.pipe(
      v.array(v.unknown()),
      v.check((c) => VC_CONTEXTS.includes(c[0] as string), `must start with "${VC_CONTEXTS[0]}"`),
      v.check(
        (c) => c.some((x) => typeof x === 'string' && x.startsWith(OB_CONTEXT)),
        `must contain the Open Badges 3.0 context (${OB_CONTEXT}…)`
      )
    ),
    id: uri,
    type: v.pipe(
      types,
      containsType('VerifiableCredential'),
      containsType('OpenBadgeCredential', 'AchievementCredential')
    ),
    name: v.optional(text),
    issuer: profileSchema,
    validFrom: v.optional(dateTime),
    issuanceDate: v.optional(dateTime),
    validUntil: endDate,
    expirationDate: endDate,
    awardedDate: v.optional(dateTime),
    credentialSubject: subjectSchema,
    proof: v.optional(v.unknown()),
  }),
  v.check(
    (c) => c.validFrom !== undefined || c.issuanceDate !== undefined,
    'validFrom is required (issuanceDate in VC 1.1)'
  ),
  v.check(
    (c) => [c.validUntil, c.expirationDate].every((d) => d === undefined || isDateTime(d)),
    'validUntil (or expirationDate) is not a date-time such as 2027-11-01T00:00:00Z'
  )
);

export type OpenBadgeCredential = v.InferOutput<typeof documentSchema>;
