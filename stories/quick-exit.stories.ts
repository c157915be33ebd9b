import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import readme from '../src/components/quick-exit/README.md?raw';
import '../src/components/quick-exit/index.js';

interface Args {
  href: string;
  shortcut: 'shift' | 'none';
  label: string;
  helpHref: string;
}

/** Simulates Shift presses, as the exit core would announce them. */
function showPresses(canvas: HTMLElement, presses: number): Promise<void> {
  const el = canvas.querySelector('trygg-quick-exit')!;
  el.dispatchEvent(new CustomEvent('trygg-exit-progress', { detail: { presses, needed: 3 } }));
  return el.updateComplete.then(() => undefined);
}

const meta: Meta<Args> = {
  title: 'Components/Quick exit',
  component: 'trygg-quick-exit',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: { component: readme },
      // Each story in a frame of its own on the docs page: the bar is fixed at the top of its window,
      // and of several elements on one page only the first one's bar shows (README, Accessibility).
      story: { inline: false, height: '120px' },
    },
  },
  args: { href: 'https://www.smhi.se/', shortcut: 'shift', label: '', helpHref: '' },
  argTypes: {
    shortcut: { control: 'inline-radio', options: ['shift', 'none'] },
  },
  render: (args) => html`<trygg-quick-exit
    href=${args.href || nothing}
    shortcut=${args.shortcut}
    label=${args.label || nothing}
    help-href=${args.helpHref || nothing}
  ></trygg-quick-exit>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The default: the bar at the top of the window (top layer), at the inline end, with "Så döljer du ditt besök". */
export const Default: Story = {};

/** After one Shift press: one dot lit, "press Shift 2 more times" announced politely. */
export const ShiftPressedOnce: Story = {
  play: ({ canvasElement }) => showPresses(canvasElement, 1),
};

/** After two Shift presses. */
export const ShiftPressedTwice: Story = {
  play: ({ canvasElement }) => showPresses(canvasElement, 2),
};

/** The help open ("Så döljer du ditt besök"): in the page below the bar; it says that browser history is not erased. */
export const HelpOpen: Story = {
  parameters: { docs: { story: { height: '480px' } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trygg-quick-exit')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="help-toggle"]')!.click();
  },
};

/** With a link to the site's own page on hiding visits instead of the built-in panel. */
export const HelpLink: Story = { args: { helpHref: '/sa-doljer-du-ditt-besok' } };

/** The site's own help text in the `help` slot. */
export const CustomHelpText: Story = {
  parameters: { docs: { story: { height: '240px' } } },
  render: () => html`<trygg-quick-exit>
    <div slot="help">
      <p>Kommunens sida om säkerhet på nätet förklarar hur du rensar historiken i din webbläsare.</p>
    </div>
  </trygg-quick-exit>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trygg-quick-exit')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="help-toggle"]')!.click();
  },
};

/** Shortcut off (`shortcut="none"`): the help no longer mentions Shift. */
export const ShortcutOff: Story = { args: { shortcut: 'none' } };

/** A site's own label. */
export const CustomLabel: Story = { args: { label: 'Stäng sidan' } };

/** On a mock municipal article at 320 px: the bar stays at the top of the window and does not cover the text. */
export const OnAnArticleMobile: Story = {
  parameters: { viewport: { defaultViewport: 'mobile1' }, docs: { story: { height: '480px' } } },
  render: (args) => html`<div style="max-width: 320px; border: 1px dashed #999">
    <trygg-quick-exit href=${args.href}></trygg-quick-exit>
    <article>
      <h1>Våld i nära relationer</h1>
      <p>Är du utsatt för våld eller hot av någon du har eller har haft en nära relation med? Du kan få stöd.</p>
      ${Array.from({ length: 8 }, () => html`<p>Socialtjänsten kan ge dig skydd, samtal och hjälp att ta dig vidare.</p>`)}
    </article>
  </div>`,
};
