// Strings that are lists of names: src/core/dates.ts takes a month's or a weekday's name by its
// place in one string, so every translation must have exactly as many names, separated by single
// spaces (docs/translations.md). `npm run locales:check` (scripts/locales.mjs) reports any that has not.

/** The list strings and how many names each holds. */
export const NAME_LISTS = { 'core.months': 12, 'core.weekdays': 7 };

/**
 * The problems of the list strings in one XLIFF file's text: a source or a target with another
 * number of names, or names not separated by single spaces. A missing target is not one of them
 * (the check reports it as an untranslated string).
 * @param {string} xlf the file's text
 * @param {string} file its path, for the message
 * @returns {string[]}
 */
export function nameListProblems(xlf, file) {
  const problems = [];
  for (const [, id, body] of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const count = NAME_LISTS[id];
    if (!count) continue;
    for (const tag of ['source', 'target']) {
      const text = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body)?.[1];
      if (text === undefined) continue;
      const names = text.split(' ');
      if (names.length !== count || names.some((name) => !name))
        problems.push(
          `"${id}" (${tag}) in ${file} must be ${count} names separated by single spaces, ` +
            `not ${names.filter(Boolean).length}: "${text}"`
        );
    }
  }
  return problems;
}
