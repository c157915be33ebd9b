/**
 * The accessibility matrix of issue 14: every story × sv/en/ar × a light and a dark host page
 * (a page that sets only `background` and `color`, no `--trygg-*` token), each checked by axe
 * (`expect(el).to.be.accessible()`, no rule disabled) and by IBM Equal Access
 * (`accessibility-checker-engine`, WCAG 2.2 policy, shadow roots included: 0 violations).
 * The story sits in a page as a site gives it: `<html lang>`, a title, a `<main>` landmark.
 */
import { expect } from '@open-wc/testing';
import { STORIES, type StoryCase } from '../support/stories.js';
import { ibmCheck, type IbmIssue } from '../support/ibm.js';

export const LANGS = ['sv', 'en', 'ar'] as const;
export const HOSTS = {
  light: '',
  dark: 'background: #121212; color: #ececec;',
} as const;
export type Host = keyof typeof HOSTS;

/** Sets up the host page (language, direction, colours) and a fresh `<main>` holding the canvas. */
export function hostPage(lang: string, host: Host): { main: HTMLElement; canvas: HTMLElement } {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.body.setAttribute('style', HOSTS[host]);
  document.querySelector('main')?.remove();
  const main = document.createElement('main');
  const canvas = document.createElement('div');
  main.append(canvas);
  document.body.prepend(main);
  return { main, canvas };
}

export function resetHostPage(): void {
  document.querySelector('main')?.remove();
  document.body.removeAttribute('style');
  document.documentElement.lang = 'sv';
  document.documentElement.dir = 'ltr';
}

const format = (issues: IbmIssue[]) =>
  issues.map((i) => `${i.ruleId} (${i.reasonId}): ${i.message}\n    at ${i.path}\n    ${i.snippet}`).join('\n');

/** Replaces console output (component data messages, IBM's own log lines) until the returned call. */
function silenceConsole(): () => void {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => Reflect.get(console, m) as unknown);
  for (const m of methods) Reflect.set(console, m, () => undefined);
  return () => {
    methods.forEach((m, i) => Reflect.set(console, m, saved[i]));
  };
}

/** What IBM asked a person to review (potential violations, manual checks), by rule: logged once. */
const review = new Map<string, number>();

export function a11yMatrix(component: string, host: Host): void {
  const stories = STORIES.filter((s: StoryCase) => s.id.startsWith(`${component}--`));
  describe(`a11y matrix: ${component} on a ${host} page (${stories.length} stories × ${LANGS.length} languages)`, function () {
    // The 1 000-measure timeline takes about a minute per state on a loaded 2-core machine.
    this.timeout(300000);
    after(() => {
      resetHostPage();
      if (review.size) {
        const lines = [...review].map(([rule, n]) => `${rule}: ${n}`).join(', ');
        console.info(`IBM items to review by hand (not failures) for ${component}: ${lines}`);
      }
    });
    it('finds stories', () => {
      expect(stories.length).to.be.greaterThan(5);
    });
    for (const story of stories) {
      for (const lang of LANGS) {
        it(`${story.id} ${lang} ${host}`, async () => {
          const { main, canvas } = hostPage(lang, host);
          // The stories with bad data log what is wrong, as they should: kept out of the test output.
          const quiet = silenceConsole();
          let cleanup: () => void = () => undefined;
          try {
            cleanup = await story.mount(canvas, { freeze: true });
            await expect(main, `axe ${story.id} ${lang} ${host}`).to.be.accessible();
            const { violations, review: toReview } = await ibmCheck(document);
            for (const i of toReview)
              review.set(`${i.level} ${i.ruleId}`, (review.get(`${i.level} ${i.ruleId}`) ?? 0) + 1);
            expect(violations, `IBM ${story.id} ${lang} ${host}:\n${format(violations)}`).to.deep.equal([]);
          } finally {
            cleanup();
            main.remove();
            quiet();
          }
        });
      }
    }
  });
}
