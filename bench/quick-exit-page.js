/* global performance, requestAnimationFrame, URLSearchParams, MessageChannel */
// The page's content (a long municipal article, the same for both libraries) and one exit:
// ?lib=trygg → dist/cdn/quick-exit.js; ?lib=govuk → GOV.UK Frontend's Exit this page (its shipped
// ESM bundle and its CSS). Records the define/init cost: from starting the import (the file
// preloaded, the page laid out) to the exit listening, its style and layout done.
const lib = new URLSearchParams(location.search).get('lib');
const content = document.getElementById('content');
const paragraph =
  'Är du utsatt för våld eller hot av någon du har eller har haft en nära relation med? Socialtjänsten kan ge dig skydd, samtal och hjälp att ta dig vidare. ';
content.innerHTML =
  '<h1>Stöd vid våld i nära relationer</h1>' +
  Array.from(
    { length: 150 },
    (_, i) =>
      `<h2>Avsnitt ${i + 1}</h2><p>${paragraph.repeat(3)}</p><p><a href="#a${i}">Läs mer</a> <input aria-label="Fält ${i}"></p>`
  ).join('');
const holder = document.getElementById('exit');
/** Resolves at the end of the next frame (a task posted from its animation callback runs after it). */
const frameEnd = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    })
  );
// The page's own first layout (150 sections) is done before the clock starts: `define` is the
// library's cost alone. Both libraries' files are preloaded by the page (<link rel=modulepreload>):
// fetched and compiled, not run.
await frameEnd();
await frameEnd();
// The marks bound the window for bench/quick-exit.mjs's traced pass (main-thread CPU within it).
performance.mark('define-start');
const start = performance.now();
if (lib === 'trygg') {
  holder.innerHTML =
    '<trygg-quick-exit href="https://neutral.example/"><a href="https://neutral.example/">Lämna sidan snabbt</a></trygg-quick-exit>';
  await import('./quick-exit.js');
  await customElements.whenDefined('trygg-quick-exit');
} else {
  holder.innerHTML =
    '<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a href="https://neutral.example/" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div>';
  const { ExitThisPage } = await import('./exit-this-page.bundle.mjs');
  new ExitThisPage(holder.firstElementChild);
}
// Listening now. Its style and layout, forced here, are counted too; paint is not (the next frame
// would round the figure to the display's 16.7 ms frames).
holder.getBoundingClientRect();
window.__define = performance.now() - start;
performance.mark('define-end');
requestAnimationFrame(() => setTimeout(() => document.documentElement.setAttribute('data-ready', '')));
