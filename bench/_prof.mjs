// Where the time of one bench/tasks.mjs scenario goes: Chromium's sampling profiler while it runs,
// the main-thread totals (task, script, style, layout) and the functions with the most self time.
// Run `node bench/tasks.mjs 1` first (it builds the page), then:
//   node bench/_prof.mjs <scenario> [<scenario> …]     (TOP=20 lists more functions)
import { cacheDir, launch, serve } from './browser.mjs';

const { origin, close } = await serve(cacheDir('trygg-bench-tasks'));
const browser = await launch();
for (const name of process.argv.slice(2)) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => console.log('err', e.message));
  await page.goto(`${origin}/tasks.html`);
  await page.waitForFunction(() => 'ready' in document.documentElement.dataset);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const m0 = await cdp.send('Performance.enable').then(() => cdp.send('Performance.getMetrics'));
  await page.evaluate((n) => {
    window.pending = window.runScenario(n);
  }, name);
  const r = await page.evaluate(() => window.pending.then(() => window.doneScenario()));
  const m1 = await cdp.send('Performance.getMetrics');
  const { profile } = await cdp.send('Profiler.stop');
  const g = (m, k) => m.metrics.find((x) => x.name === k).value;
  console.log(
    name,
    JSON.stringify({ maxTask: r.maxTask, blocked: r.blocked, n: r.longTasks }),
    ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
      .map((k) => `${k} ${Math.round((g(m1, k) - g(m0, k)) * 1000)}`)
      .join(' ')
  );
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
  }
  console.log(
    [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(process.env.TOP ?? 12))
      .map(([k, v]) => `  ${(v / 1000).toFixed(0)} ms ${k}`)
      .join('\n')
  );
  await page.close();
}
await browser.close();
close();
