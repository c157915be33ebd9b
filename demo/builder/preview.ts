// The builder's preview frame (demo/builder-preview.html): the kit from source, one element, data
// and language from the builder page (same origin only). The frame's own width is the phone or
// desktop width, so the components lay out as they will on the site.
import '../../src/index.js';
import type { Component } from './snippet.js';
import { TAGS } from './snippet.js';

interface PreviewMessage {
  component: Component;
  data: unknown;
  lang: string;
}

const root = document.getElementById('preview');
let current: (HTMLElement & { data?: unknown }) | undefined;

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== parent || !root) return;
  const { component, data, lang } = event.data;
  if (!Object.hasOwn(TAGS, component)) return;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const tag = TAGS[component];
  if (current?.localName !== tag) {
    current = document.createElement(tag);
    current.setAttribute('heading-level', '2');
    root.replaceChildren(current);
  }
  if (data === null) {
    current.data = undefined;
    root.dataset.empty = '';
  } else {
    current.data = data;
    delete root.dataset.empty;
  }
  root.dataset.component = component;
});
parent.postMessage({ ready: true }, location.origin);
