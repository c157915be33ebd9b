/**
 * The snippets the builder offers to copy, for a JSON file uploaded to the site:
 * - the plain form, for a page template or an HTML block: the element itself, with `src`, or with
 *   the data inside (`<script type="application/json">`), so nothing has to be uploaded;
 * - the CMS form, for a rich-text field that keeps only paragraphs and links: a link to the file
 *   (its name ending in `kontakter.json`, `utbildning.json` or `handlingsplan.json`), options after
 *   `#`, which the kit's CMS script (docs/snippets/template.html) turns into the element.
 */
export type Component = 'contacts' | 'training' | 'plan';

export const TAGS: Record<Component, string> = {
  contacts: 'trygg-support-card',
  training: 'trygg-training-badge',
  plan: 'trygg-plan-timeline',
};

/** The file name each CMS snippet must end with. */
export const FILES: Record<Component, string> = {
  contacts: 'kontakter.json',
  training: 'utbildning.json',
  plan: 'handlingsplan.json',
};

/** The link text of the CMS form: it is also what shows if the script never loads. */
export const LINK_TEXTS: Record<Component, string> = {
  contacts: 'Alla stödkontakter, med öppettider',
  training: 'Så långt har personalen kommit i utbildningen om våld i nära relationer',
  plan: 'Kommunens handlingsplan mot mäns våld mot kvinnor: alla åtgärder och beslut',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON safe inside `<script>`: `<` is written as `\u003c`, so no `</script>` or `<!--` can end it early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/** The plain form: the element with `src`, or with the data inline when `data` is given. */
export function htmlSnippet(component: Component, url: string, headingLevel: number, data?: unknown): string {
  const tag = TAGS[component];
  const level = ` heading-level="${headingLevel}"`;
  if (data !== undefined) {
    return `<${tag}${level}>\n  <script type="application/json">\n${scriptJson(data)}\n  </script>\n</${tag}>`;
  }
  return `<${tag} src="${escape(url)}"${level}></${tag}>`;
}

/** The CMS form: one paragraph with one link. */
export function cmsSnippet(component: Component, url: string, headingLevel: number): string {
  return `<p><a href="${escape(url)}#heading-level=${headingLevel}">${escape(LINK_TEXTS[component])}</a></p>`;
}
