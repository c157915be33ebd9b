/* global performance, requestAnimationFrame, URLSearchParams */
// The page's content (a long municipal article, the same for both libraries) and one exit:
// ?lib=trygg → dist/cdn/quick-exit.js; ?lib=govuk → GOV.UK Frontend's Exit this page (its shipped
// ESM bundle and its CSS). Records the define/init cost: from starting the import to the element
// on screen and listening.
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
window.__define = performance.now() - start;
requestAnimationFrame(() => setTimeout(() => document.documentElement.setAttribute('data-ready', '')));
