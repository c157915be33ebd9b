/**
 * End to end: the quick exit really leaves, in a second browser tab driven from the test runner
 * (test/support/browser-plugin.mjs). The neutral https: site is answered by request interception;
 * nothing leaves the machine.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Request {
  url: string;
  referer: string | null;
  type: string;
}
interface Result {
  before: { length: number; url: string; cookie: string };
  finalUrl: string | null;
  after: { length: number; title: string };
  backUrl: string;
  cookies: unknown[];
  requests: Request[];
}

function run(page: string, trigger: string): Promise<Result> {
  return executeServerCommand<Result, { page: string; trigger: string }>('exit-e2e', { page, trigger });
}

describe('quick exit in a real navigation', function () {
  this.timeout(30000);

  it('Shift ×3 replaces the page: Back skips it, no referrer, no cookie, one request', async () => {
    const r = await run('quick-exit/fixtures/exit-page.html', 'shift');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.title).to.equal('Neutral');
    expect(r.after.length, 'history length unchanged: the entry was replaced').to.equal(r.before.length);
    expect(r.backUrl, 'Back goes to the page before the sensitive one').to.match(/\/test\/fixtures\/start\.html$/);
    // After the input: the navigation (and the neutral site's own favicon), nothing else, no Referer.
    expect(r.requests[0].url).to.equal('https://neutral.example/');
    expect(r.requests.filter((q) => !q.url.startsWith('https://neutral.example/'))).to.deep.equal([]);
    const leaked = r.requests.filter((q) => q.referer && !q.referer.startsWith('https://neutral.example/'));
    expect(leaked, 'no Referer names the page that was left').to.deep.equal([]);
    expect(r.requests[0].referer).to.equal(null);
    expect(r.cookies).to.deep.equal([]);
  });

  it('a click on the button does the same', async () => {
    const r = await run('quick-exit/fixtures/exit-page.html', 'click');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length);
    expect(r.backUrl).to.match(/start\.html$/);
    expect(r.requests[0].referer).to.equal(null);
  });

  it('before the element is defined, the exit core alone makes the fallback link leave by replace', async () => {
    const r = await run('quick-exit/fixtures/exit-core-only.html', 'fallback-link');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length);
    expect(r.backUrl).to.match(/start\.html$/);
    expect(r.requests[0].referer).to.equal(null);
  });

  it('control: a plain link (no script) pushes an entry, so Back returns to the sensitive page', async () => {
    const r = await run('quick-exit/fixtures/plain-link.html', 'fallback-link');
    expect(r.finalUrl).to.equal('https://neutral.example/');
    expect(r.after.length).to.equal(r.before.length + 1);
    expect(r.backUrl).to.match(/plain-link\.html$/);
  });

  it('in a cross-origin frame, a click leaves through the top window', async () => {
    const r = await run('quick-exit/fixtures/frame-host.html', 'frame-click');
    expect(r.finalUrl, 'the whole tab left, not only the frame').to.equal('https://neutral.example/');
    expect(r.after.title).to.equal('Neutral');
  });
});
