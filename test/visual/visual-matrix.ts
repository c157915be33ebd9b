/**
 * Visual regression (issue 14): every story as a site shows it, screenshotted and compared with the
 * committed baseline in test/visual/baseline/ (see test/visual/compare.mjs for the tolerance).
 *
 * States per story: sv and ar at 320 and 1280 px on a light page; a dark host page (background and
 * colour only, no --trygg-* colour token) in sv at 1280 px; forced colours (Windows high contrast,
 * emulated) in sv at 1280 px.
 *
 * Determinism: the page's fonts are Noto Sans and Noto Sans Arabic from npm (@fontsource, exact
 * versions), not the machine's fonts; the clock of live stories is frozen (`now`/`today`);
 * animations and transitions are off and the caret is hidden; device pixel ratio 1. A screenshot is
 * cropped to the story (at most MAX_HEIGHT px tall: the top of very long lists).
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { STORIES, type StoryCase } from '../support/stories.js';

export const MAX_HEIGHT = 1200;
const VIEWPORT_HEIGHT = 900;

export interface State {
  name: string;
  lang: 'sv' | 'ar';
  width: 320 | 1280;
  host: 'light' | 'dark' | 'forced';
}
export const STATES: readonly State[] = [
  { name: 'sv-320', lang: 'sv', width: 320, host: 'light' },
  { name: 'sv-1280', lang: 'sv', width: 1280, host: 'light' },
  { name: 'ar-320', lang: 'ar', width: 320, host: 'light' },
  { name: 'ar-1280', lang: 'ar', width: 1280, host: 'light' },
  { name: 'sv-1280-dark', lang: 'sv', width: 1280, host: 'dark' },
  { name: 'sv-1280-forced', lang: 'sv', width: 1280, host: 'forced' },
];

const FONTS = [
  '/node_modules/@fontsource/noto-sans/400.css',
  '/node_modules/@fontsource/noto-sans/700.css',
  '/node_modules/@fontsource/noto-sans/400-italic.css',
  '/node_modules/@fontsource/noto-sans-arabic/400.css',
  '/node_modules/@fontsource/noto-sans-arabic/700.css',
];
const FAMILY = "'Noto Sans', 'Noto Sans Arabic', sans-serif";

/** Test-page styles: pinned fonts (the kit inherits the page's font; the quick exit reads the token). */
function pageStyles(): void {
  if (document.getElementById('visual-page')) return;
  for (const href of FONTS) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  const style = document.createElement('style');
  style.id = 'visual-page';
  style.textContent = `
    html { font-family: ${FAMILY}; --trygg-font-family: ${FAMILY}; }
    body { margin: 0; }
    body.dark { background: #121212; color: #ececec; }
    main.visual { display: flow-root; padding: 8px; max-block-size: ${MAX_HEIGHT}px; overflow: clip; }
    *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }`;
  document.head.append(style);
}

/** The same "no motion, no caret" rule inside every shadow root (page styles do not reach them). */
const still = new CSSStyleSheet();
still.replaceSync(
  '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }'
);
function stillShadows(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    if (!el.shadowRoot.adoptedStyleSheets.includes(still))
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, still];
    stillShadows(el.shadowRoot);
  }
}

/**
 * Compares `element`'s screenshot with the baseline `name` (the plugin's `visual-diff` command; its
 * own browser helper has no TypeScript types that resolve here, so this is the same call, typed).
 */
async function visualDiff(element: Element, name: string): Promise<void> {
  const registry = ((
    window as unknown as { __WTR_VISUAL_REGRESSION__?: Record<string, Element> }
  ).__WTR_VISUAL_REGRESSION__ ??= {});
  const id = `${name}#${String(performance.now())}`;
  registry[id] = element;
  try {
    const result = await executeServerCommand<{ passed: boolean; errorMessage?: string }, { id: string; name: string }>(
      'visual-diff',
      { id, name }
    );
    if (!result.passed) throw new Error(result.errorMessage ?? `visual diff of ${name} failed`);
  } finally {
    Reflect.deleteProperty(registry, id);
  }
}

/** Shows `story` in `state` in a fresh `<main>` (the screenshot's element), still and with its fonts. */
export async function showStory(story: StoryCase, state: State): Promise<{ main: HTMLElement; cleanup: () => void }> {
  pageStyles();
  await setViewport({ width: state.width, height: VIEWPORT_HEIGHT });
  await media([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'forced-colors', value: state.host === 'forced' ? 'active' : 'none' },
  ]);
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.body.className = state.host === 'dark' ? 'dark' : '';
  const main = document.createElement('main');
  main.className = 'visual';
  const canvas = document.createElement('div');
  main.append(canvas);
  document.body.prepend(main);
  const cleanup = await story.mount(canvas, { freeze: true });
  stillShadows(main);
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { main, cleanup };
}

/** Back to the test runner's page. */
export async function resetPage(): Promise<void> {
  await media([]);
  document.body.className = '';
  document.documentElement.lang = 'sv';
  document.documentElement.dir = 'ltr';
  await setViewport({ width: 800, height: 600 });
}

const media = (features: { name: string; value: string }[]) => executeServerCommand('trygg-media', { features });

export function visualMatrix(component: string): void {
  const stories = STORIES.filter((s) => s.id.startsWith(`${component}--`));
  describe(`visual: ${component} (${stories.length} stories × ${STATES.length} states)`, function () {
    this.timeout(60000);
    before(async () => {
      pageStyles();
      await Promise.all(
        ['400', '700'].flatMap((w) => [
          document.fonts.load(`${w} 16px "Noto Sans"`, 'Aå'),
          document.fonts.load(`${w} 16px "Noto Sans Arabic"`, 'مرحبا'),
        ])
      );
      await media([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    });
    after(resetPage);
    it('finds stories', () => {
      if (stories.length < 5) throw new Error(`only ${stories.length} stories for ${component}`);
    });
    for (const story of stories) {
      for (const state of STATES) {
        it(`${story.id} ${state.name}`, async () => {
          const { main, cleanup } = await showStory(story, state);
          try {
            await visualDiff(main, `${story.id}/${state.name}`);
          } finally {
            cleanup();
            main.remove();
          }
        });
      }
    }
  });
}
