/* global performance, requestAnimationFrame, MessageChannel, addEventListener */
// Runs first (a classic script in <head>), so its listeners come before either library's.
// For each press it records the input's time stamp and, in the first frame after it, whether the
// page's content is gone; a task posted from that frame's rAF runs once the frame is done, which
// is "press → first frame without content". If the content is still there, it looks again in the
// next frame; it counts the frames from the one after the press took effect (a click, a Shift's
// release) to the first without content (1: that very frame). A press starts when the key goes
// down (both libraries leave on the release of the third Shift: GOV.UK counts a Shift on keyup,
// trygg on the release of a Shift pressed alone; the figure includes the time the key is down).
// A new press ends the wait of the one before, so the Shift figure runs from the third press, not
// from the first.
// Two user-timing marks bound the press for bench/quick-exit.mjs's traced pass: `exit-press`
// (this listener, the first script of the input's task) and `exit-frame` (that frame done).
(() => {
  const results = (window.__exitBench = []);
  let latest = 0;
  let released = 0;
  const hidden = () =>
    getComputedStyle(document.documentElement).display === 'none' ||
    document.body.classList.contains('govuk-exit-this-page-hide-content');
  const measure = (event) => {
    if (!event.isTrusted) return;
    const start = event.timeStamp;
    const press = ++latest;
    performance.mark('exit-press');
    if (event.type === 'click') released = press;
    let frames = 0;
    const frame = () => {
      if (press !== latest) return;
      if (released === press) frames++;
      const done = hidden();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (done) {
          const ms = performance.now() - start;
          performance.mark('exit-frame');
          results.push({ type: event.type, ms, frames });
          // Also on the console: the bench reads it there, since a navigation may replace the page
          // (and detach its frame) before the bench could read window.__exitBench.
          console.log(`exit-bench ${ms} ${frames}`);
        } else if (performance.now() - start < 1000) requestAnimationFrame(frame);
      };
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
  addEventListener('click', measure, true);
  addEventListener('keydown', (event) => event.key === 'Shift' && !event.repeat && measure(event), true);
  addEventListener(
    'keyup',
    (event) => {
      if (event.isTrusted && event.key === 'Shift') released = latest;
    },
    true
  );
})();
