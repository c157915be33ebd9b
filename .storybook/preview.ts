import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { exitInternals } from '../src/core/exit.js';
import './preview.css';

setCustomElementsManifest(manifest);

// In Storybook a quick exit must not leave Storybook: show the blank screen for a moment, then
// bring the page back and log where it would have gone.
exitInternals.navigate = (href: string) => {
  console.info(`trygg-quick-exit would leave to ${href} (location.replace)`);
  setTimeout(() => {
    exitInternals.restore();
    document.title = 'Storybook';
  }, 1200);
};

/**
 * Locale: the kit follows <html lang>, so the toolbar sets it (and dir, for Arabic). In Docs mode
 * every story shares one page, so all of them follow the toolbar rather than per-story values.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'sv');
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  const theme = String(context.globals.theme ?? 'default');
  document.body.dataset.tryggTheme = theme;
  return story();
};

/**
 * Every story sits in a `<main>` landmark, as on a site (axe's `region` rule, the a11y panel): the
 * same host page the story tests build (test/stories/a11y-matrix.ts). Not on a Docs page, which
 * shows many stories on one page (it has one main landmark of its own).
 */
const inMain: Decorator = (story, context) => (context.viewMode === 'docs' ? story() : html`<main>${story()}</main>`);

const preview: Preview = {
  decorators: [inMain, withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>)',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme: --trygg-* custom properties',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Standard (no theme file)' },
          { value: 'municipal', title: 'Kommunblå' },
          { value: 'dark', title: 'Mörkt' },
          { value: 'dark-page', title: 'Mörk sida utan tema' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv', theme: 'default' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
