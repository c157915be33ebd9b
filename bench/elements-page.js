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
/**
 * Called in a frame's animation callbacks: calls `resolve` with the time at the end of that frame's
 * rendering, in the first task after it. A user-blocking task where the browser has
 * `scheduler.postTask`, so a task the page queued before (a timer) does not delay the stamp.
 */
const afterThisFrame = (resolve) => {
  const stamp = () => resolve(performance.now());
  if (globalThis.scheduler?.postTask) globalThis.scheduler.postTask(stamp, { priority: 'user-blocking' });
  else {
    const channel = new MessageChannel();
    channel.port1.onmessage = stamp;
    channel.port2.postMessage(0);
  }
};
const frame = () => new Promise((resolve) => requestAnimationFrame(() => afterThisFrame(resolve)));
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
  // Checked in each frame's animation callbacks, before its style, layout and paint: the first frame
  // in which the content is there is the one that shows it. (Not `updateComplete`, which may include
  // work that follows the first frame: the support card's closed disclosures get their bodies then.)
  const t2 = await new Promise((resolve, reject) => {
    let frames = 0;
    const check = () => {
      if (shown()) afterThisFrame(resolve);
      else if (++frames > 600) reject(new Error(`${c.element}: ${c.done ?? 'its shadow root'} never appeared`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  return { evaluate: globalThis.__evaluated - globalThis.__evaluating, render: t2 - t0 };
};

/** The content of a rendered element, for the anchors (bench/elements.mjs reads it once). */
globalThis.contentOf = async (c) => {
  await globalThis.measure(c);
  const el = stage.querySelector(c.element);
  await el.updateComplete;
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
