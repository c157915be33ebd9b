/* global performance, requestAnimationFrame, MessageChannel */
// In-page part of bench/elements.mjs (a fresh page per sample). `measure(c)`:
// 1. preloads every module of the case (<link rel=modulepreload>: fetched and compiled, not run),
// 2. puts the case's markup (the element, not yet defined, with its inline JSON) in #stage and lets
//    two frames pass,
// 3. t0: import(c.url). The module imported is a probe (served by bench/elements.mjs) whose first
//    import stamps the start of evaluation and whose body, run right after the element's whole
//    module graph, stamps its end: `evaluate` = that span (defining the element upgrades it, so its
//    constructor and connectedCallback are inside; Lit's first update is a later microtask).
//    A case with no element (the shared chunk alone) stops here: `render` is NaN.
//    With c.intl, the page has used Intl before (as many pages have): a page's first Intl object
//    loads ICU's data, which costs tens of ms on this machine and falls on whoever comes first.
// 4. t2: the end of the first frame that shows the content (c.done matches in the shadow root; for
//    Shoelace, whose content is slotted light DOM, its shadow root is rendered): define + first
//    render, the frame's style, layout and paint included.
const stage = document.getElementById('stage');
const frame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    })
  );
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });

globalThis.measure = async (c) => {
  document.documentElement.lang = c.lang ?? 'sv';
  await Promise.all(
    c.preload.map(
      (href) =>
        new Promise((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
          link.href = href;
          link.onload = resolve;
          link.onerror = () => reject(new Error(`could not preload ${href}`));
          document.head.append(link);
        })
    )
  );
  if (c.intl) new Intl.DateTimeFormat('sv', { timeZone: 'Europe/Stockholm', dateStyle: 'long' }).format(0);
  stage.innerHTML = c.markup;
  await frame();
  await frame();
  const el = stage.querySelector(c.element);
  const t0 = performance.now();
  await import(c.probe);
  // A module with no element (the shared chunk alone): its evaluation is all there is to time.
  if (!c.element) return { evaluate: globalThis.__evaluated - globalThis.__evaluating, render: Number.NaN };
  // Shoelace's content is slotted light DOM (in place before t0): its element is done once rendered.
  const shown = () => (c.light ? el.shadowRoot?.childElementCount : el.shadowRoot?.querySelector(c.done));
  for (let i = 0; !shown(); i++) {
    if (i > 10_000) throw new Error(`${c.element}: ${c.done ?? 'its shadow root'} never appeared`);
    if (el.updateComplete) await el.updateComplete;
    if (!shown()) await nextTask();
  }
  const t2 = await frame();
  return { evaluate: globalThis.__evaluated - globalThis.__evaluating, render: t2 - t0 };
};

/** The content of a rendered element, for the anchors (bench/elements.mjs reads it once). */
globalThis.contentOf = async (c) => {
  await globalThis.measure(c);
  const el = stage.querySelector(c.element);
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (c.element === 'trygg-support-card') {
    return [...el.shadowRoot.querySelectorAll('[part~="contact"]')].map((contact) => ({
      name: text(contact.querySelector('[part~="name"]')),
      status: text(contact.querySelector('[part~="status"]')),
      description: text(contact.querySelector('[part~="description"]')),
      links: [...contact.querySelectorAll('[part~="channel"]')].map((a) => ({
        href: a.getAttribute('href'),
        text: text(a),
      })),
      details: text(contact.querySelector('[part~="details"]')),
    }));
  }
  const root = el.shadowRoot;
  return {
    heading: text(root.querySelector('[role="heading"], h2, h3, h4')),
    text: text(root),
  };
};
