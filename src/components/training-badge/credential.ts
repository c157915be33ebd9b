/**
 * The small parts of the Open Badges 3.0 credential that `<trygg-training-badge>` needs before the
 * structure check: recognising a VC-JWT and the type the badge reads. The check and the view of a checked credential
 * (open-badge-schema.ts, about 3 KB gzip) are a chunk of their own, imported only when a badge has a
 * credential: most pages show progress and never download it.
 */

/** A VC-JWT: the compact JWS serialisation (`header.payload.signature`, base64url). */
export const isCompactJwt = (value: string): boolean =>
  /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(value.trim());

/** What the badge reads of a credential (both VC versions; other fields are kept as they are). */
export interface OpenBadgeCredential {
  [key: string]: unknown;
  '@context': unknown[];
  id: string;
  name?: string;
  issuer: string | { [key: string]: unknown; id: string; name?: string; url?: string };
  credentialSubject: {
    [key: string]: unknown;
    achievement: {
      [key: string]: unknown;
      name: string;
      description: string;
      criteria: { id?: string; narrative?: string };
    };
  };
}
