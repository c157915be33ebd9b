/**
 * Every Storybook story (stories/*.stories.ts), rendered in the test page the way Storybook renders
 * it: the meta's and the story's args merged, the story's (or the meta's) `render`, its `beforeEach`
 * and its `play`. The story modules are imported as they are (test/support/stories-plugin.mjs serves
 * their `?raw` and JSON imports). A new story is picked up without touching the tests.
 */
import { render, type TemplateResult } from 'lit';
import { localeReady } from '../../src/core/locale.js';
import * as quickExit from '../../stories/quick-exit.stories.js';
import * as supportCard from '../../stories/support-card.stories.js';
import * as trainingBadge from '../../stories/training-badge.stories.js';
import * as planTimeline from '../../stories/plan-timeline.stories.js';

type Args = Record<string, unknown>;
interface StoryContext {
  canvasElement: HTMLElement;
  args: Args;
}
interface StoryLike {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  play?: (context: StoryContext) => unknown;
  beforeEach?: () => unknown;
}
interface MetaLike extends StoryLike {
  title: string;
}
type StoryModule = Record<string, unknown> & { default: unknown };

const MODULES: StoryModule[] = [quickExit, supportCard, trainingBadge, planTimeline];

/** Fixed moments for stories that follow the real clock (args `now`/`today` left empty). */
export const FROZEN = { now: '2026-11-30T10:00:00+01:00', today: '2026-11-26' };

export interface StoryCase {
  /** "support-card--default", as Storybook names it. */
  id: string;
  title: string;
  name: string;
  /** Renders the story into `canvas` and waits until it is still. Returns the cleanup (use a fresh canvas for each mount). */
  mount(canvas: HTMLElement, options?: { freeze?: boolean }): Promise<() => void>;
}

const kebab = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .toLowerCase();

// Requests the stories mean to "never answer" (loading states) hang here too; the dev server would
// answer them at once with 404.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  return url.includes('/__never__/')
    ? new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new Error('aborted'));
        });
      })
    : realFetch(input, init);
};

/** Every element under `root`, across open shadow roots. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the rendering under `canvas` is still: every Lit update done and no DOM change (in
 * the light DOM or any shadow root) for `quiet` ms, so data loads that answer (or fail) have shown.
 */
export async function settle(canvas: HTMLElement, quiet = 80, max = 5000): Promise<void> {
  const started = performance.now();
  let last = performance.now();
  const observer = new MutationObserver(() => {
    last = performance.now();
  });
  const observe = () => {
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    observer.observe(canvas, options);
    for (const el of deepElements(canvas)) if (el.shadowRoot) observer.observe(el.shadowRoot, options);
  };
  observe();
  try {
    while (performance.now() - started < max) {
      await localeReady();
      const pending: Promise<unknown>[] = [];
      for (const el of deepElements(canvas)) {
        const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
        if (update) pending.push(update);
      }
      await Promise.all(pending);
      await frame();
      observe();
      if (performance.now() - last >= quiet) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    observer.disconnect();
  }
}

function collect(): StoryCase[] {
  const cases: StoryCase[] = [];
  for (const module of MODULES) {
    const meta = module.default as MetaLike;
    const component = kebab(meta.title.split('/').pop()!);
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryLike;
      cases.push({
        id: `${component}--${kebab(exportName)}`,
        title: meta.title,
        name: exportName,
        async mount(canvas, { freeze = false } = {}) {
          const args: Args = { ...meta.args, ...story.args };
          if (freeze) {
            for (const key of ['now', 'today'] as const) if (key in args && !args[key]) args[key] = FROZEN[key];
          }
          const cleanups: unknown[] = [await meta.beforeEach?.(), await story.beforeEach?.()];
          const renderStory = story.render ?? meta.render;
          if (!renderStory) throw new Error(`${meta.title} ${exportName}: no render function`);
          render(renderStory(args), canvas);
          await settle(canvas, 20);
          await story.play?.({ canvasElement: canvas, args });
          await settle(canvas);
          return () => {
            render(null, canvas);
            for (const cleanup of cleanups.reverse()) if (typeof cleanup === 'function') (cleanup as () => void)();
          };
        },
      });
    }
  }
  return cases;
}

export const STORIES: readonly StoryCase[] = collect();
