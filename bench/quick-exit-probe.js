/* global performance, requestAnimationFrame, MessageChannel, addEventListener */
// Runs first (a classic script in <head>), so its listeners come before either library's.
// For each press it records the input's time stamp and, in the first frame after it, whether the
// page's content is gone; a task posted from that frame's rAF runs once the frame is done, which
// is "press → first frame without content". A press starts when the key goes down (GOV.UK leaves
// on the third keydown, trygg on the third release of a Shift pressed alone: the figure includes
// that wait). A new press ends the wait of the one before, so the Shift figure runs from the third
// press, not from the first.
(() => {
  const results = (window.__exitBench = []);
  let latest = 0;
  const hidden = () =>
    getComputedStyle(document.documentElement).display === 'none' ||
    document.body.classList.contains('govuk-exit-this-page-hide-content');
  const measure = (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    const press = ++latest;
    const frame = () => {
      if (press !== latest) return;
      const done = hidden();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (done) {
          const ms = performance.now() - start;
          results.push({ type: event.type, ms });
          // Also on the console: the bench reads it there, since a navigation may replace the page
          // (and detach its frame) before the bench could read window.__exitBench.
          console.log(`exit-bench ${ms}`);
        } else if (performance.now() - start < 1000) requestAnimationFrame(frame);
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
  addEventListener('click', measure, true);
  addEventListener('keydown', (event) => event.key === 'Shift' && !event.repeat && measure(event), true);
})();
