/**
 * Safe links, rendered: every link from data becomes an `<a>` here, after the check of
 * ./safe-url.ts (kept apart so that code without Lit, such as the CMS template script, can check a
 * URL without loading Lit).
 */
import { html } from 'lit';
import { safeUrl, SAFE_SCHEMES } from './safe-url.js';

/**
 * A link from data or an attribute: `<a href rel="noreferrer">` when {@link safeUrl} allows the URL
 * (for `schemes`), else the content alone, as plain text without an `href`. `noreferrer`: the site
 * linked to does not learn which page (say, one about violence) the visitor came from.
 */
export function renderLink(value: unknown, content: unknown, schemes: readonly string[] = SAFE_SCHEMES): unknown {
  const href = safeUrl(value, schemes);
  return href ? html`<a href=${href} rel="noreferrer">${content}</a>` : content;
}
