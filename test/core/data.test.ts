import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import * as v from 'valibot';
import { DataController, renderDataNotice, type DataErrorDetail } from '../../src/core/data.js';
import { defineElement } from '../../src/core/define.js';
import { settle as settled } from '../../src/core/tasks.js';
import { captureErrors, nextEvent, setLang } from '../support/helpers.js';

const schema = v.object({ items: v.array(v.object({ id: v.string(), name: v.string() })) });

/** A minimal data-driven element, as every component uses the controller. */
@defineElement('test-data-host')
@localized()
class TestDataHost extends LitElement {
  @property({ attribute: false }) data?: unknown;
  @property() src: string | null = null;
  readonly loader = new DataController(this, {
    schema,
    timeout: 300,
    refine: (value) => {
      const seen = new Set<string>();
      const items = value.items.filter((item) => !seen.has(item.id) && seen.add(item.id));
      const problems = items.length < value.items.length ? ['items: duplicate ids dropped'] : [];
      return { value: { items }, problems };
    },
  });

  protected override getUpdateComplete(): Promise<boolean> {
    return settled(
      () => super.getUpdateComplete(),
      () => this.loader.pending
    );
  }

  override render() {
    return html`${renderDataNotice(this.loader)}
      <ul>
        ${this.loader.value?.items.map((item) => html`<li>${item.name}</li>`)}
      </ul>`;
  }
}

const items = (el: TestDataHost) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

/**
 * Makes `fetch` answer every request with a JSON body streamed from `source`; returns what puts the
 * real `fetch` back.
 */
function answerWith(source: UnderlyingDefaultSource<Uint8Array>): () => void {
  const original = window.fetch.bind(window);
  window.fetch = () =>
    Promise.resolve(
      new Response(new ReadableStream<Uint8Array>(source), { headers: { 'content-type': 'application/json' } })
    );
  return () => {
    window.fetch = original;
  };
}
const notice = (el: TestDataHost) => el.shadowRoot!.querySelector('[part="notice"]')?.textContent.trim() ?? null;

async function settle(el: TestDataHost): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
  }
}

/**
 * Waits until the element shows what `src` holds (a request to the test server, which a busy
 * machine may answer after 100 ms), at most 5 s; the test's own assertion then says what it shows.
 */
async function settleFetched(el: TestDataHost): Promise<void> {
  await waitUntil(() => items(el)[0] === 'Från fil', 'the items of the src file show', { timeout: 5000 });
  await settle(el);
}

describe('DataController', () => {
  beforeEach(() => setLang('sv'));

  it('reads the data property first, then inline JSON, then src', async () => {
    const el = await fixture<TestDataHost>(fixtureHtml`<test-data-host src="/test/fixtures/items.json">
      <script type="application/json">{"items":[{"id":"inline","name":"Inline"}]}</script>
    </test-data-host>`);
    await settle(el);
    expect(items(el)).to.deep.equal(['Inline']);
    el.data = { items: [{ id: 'prop', name: 'Property' }] };
    await settle(el);
    expect(items(el)).to.deep.equal(['Property']);
    el.querySelector('script')!.remove();
    el.data = undefined;
    await settleFetched(el);
    expect(items(el)).to.deep.equal(['Från fil']);
    expect(notice(el)).to.equal(null);
  });

  it('fetches src without credentials and without a referrer', async () => {
    const calls: RequestInit[] = [];
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      calls.push(init ?? {});
      return original(input, init);
    };
    try {
      const el = await fixture<TestDataHost>(
        fixtureHtml`<test-data-host src="/test/fixtures/items.json"></test-data-host>`
      );
      await settleFetched(el);
      expect(items(el)).to.deep.equal(['Från fil']);
      expect(calls[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    } finally {
      window.fetch = original;
    }
  });

  it('does not fetch a src that is not https: or same-origin', async () => {
    let fetched = false;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      fetched = true;
      return original(input, init);
    };
    try {
      const errors = await captureErrors(async () => {
        const el = await fixture<TestDataHost>(
          fixtureHtml`<test-data-host src="http://example.com/items.json"></test-data-host>`
        );
        await settle(el);
        expect(notice(el)).to.equal('Uppgifterna kunde inte läsas in.');
      });
      expect(fetched).to.equal(false);
      expect(errors.join()).to.contain('only https: or same-origin');
    } finally {
      window.fetch = original;
    }
  });

  const failures: [string, string, RegExp][] = [
    ['404', '/test/fixtures/does-not-exist.json', /HTTP 404/],
    ['invalid JSON', '/test/fixtures/not-json.txt', /not valid JSON/],
  ];
  for (const [name, src, pattern] of failures) {
    it(`reports a ${name} src with an event, a console error and a notice`, async () => {
      const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
      const el = new TestDataHost();
      el.src = src;
      const event = nextEvent<CustomEvent<DataErrorDetail>>(wrapper, 'trygg-data-error');
      const errors = await captureErrors(async () => {
        wrapper.append(el);
        const e = await event;
        expect(e.bubbles && e.composed).to.equal(true);
        expect(e.detail.message).to.match(pattern);
        expect(e.detail.source).to.equal(src);
      });
      await settle(el);
      expect(errors.join()).to.match(pattern);
      expect(notice(el)).to.equal('Uppgifterna kunde inte läsas in.');
    });
  }

  it('gives up on a src that does not answer within the timeout', async () => {
    const original = window.fetch.bind(window);
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(init.signal!.reason as Error);
        });
      });
    try {
      const el = new TestDataHost();
      el.src = '/hangs.json';
      const event = nextEvent<CustomEvent<DataErrorDetail>>(el, 'trygg-data-error', 3000);
      const errors = await captureErrors(async () => {
        document.body.append(el);
        expect((await event).detail.message).to.contain('no answer within 300 ms');
      });
      expect(errors).to.have.length(1);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('stops downloading a src file at the document limit: the notice and the event, the rest never read', async () => {
    // 10 MB of JSON (a plan of long items), given 100 kB at a time as the reader asks for it.
    const chunk = new TextEncoder().encode(`{"id":"x","name":"${'å'.repeat(49_980)}"},`);
    let given = 0;
    let cancelled = false;
    const restore = answerWith({
      pull(controller) {
        if (given === 0) controller.enqueue(new TextEncoder().encode('{"items":['));
        if (given++ < 100) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    try {
      const el = new TestDataHost();
      el.src = '/huge.json';
      const event = nextEvent<CustomEvent<DataErrorDetail>>(el, 'trygg-data-error', 3000);
      const errors = await captureErrors(async () => {
        document.body.append(el);
        const { detail } = await event;
        expect(detail.problems).to.deep.equal([
          '(document): more than 2.0 million characters; at most 2 million are read (see "Limits" in the README)',
        ]);
      });
      expect(errors).to.have.length(1);
      await el.updateComplete;
      expect(notice(el)).to.equal('Uppgifterna kunde inte läsas in.');
      expect(items(el)).to.deep.equal([]);
      // 2 million characters are 41 chunks of 49 990: the download stopped there.
      expect(given, 'chunks read').to.be.within(41, 43);
      expect(cancelled, 'the rest of the download cancelled').to.equal(true);
      el.remove();
    } finally {
      restore();
    }
  });

  /**
   * Loads `src` into a new element with `fetch` answering from `source`, the clock advancing 4 ms
   * each time it is read (so the reading takes its breaks whatever the machine's speed) and each
   * break, a new task (`scheduler.yield`), counted in `breaks.count`. Resolves to the element once
   * it is ready, and puts everything back.
   */
  async function loadCounted(
    src: string,
    source: UnderlyingDefaultSource<Uint8Array>,
    breaks: { count: number },
    during: { start?: () => void; end?: () => void } = {}
  ): Promise<TestDataHost> {
    const restore = answerWith(source);
    const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
    const yieldTask = scheduler.yield.bind(scheduler);
    const now = performance.now.bind(performance);
    let clock = now();
    try {
      scheduler.yield = () => {
        breaks.count++;
        return yieldTask();
      };
      during.start?.();
      performance.now = () => (clock += 4);
      const el = new TestDataHost();
      el.src = src;
      document.body.append(el);
      for (let wait = 0; wait < 150 && el.loader.status !== 'ready'; wait++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      return el;
    } finally {
      performance.now = now;
      scheduler.yield = yieldTask;
      during.end?.();
      restore();
    }
  }

  it('reads a src body that has already arrived in several tasks, so a key press gets through', async () => {
    // 1.5 million characters, all of them there before the reading starts (a file from the cache or
    // a fast network): each read resolves at once, and without a break the whole body would be
    // decoded in one task.
    const chunk = new TextEncoder().encode(`{"id":"x","name":"${'å'.repeat(49_970)}"},`);
    let given = 0;
    let breaksWhileReading = 0;
    const breaks = { count: 0 };
    const el = await loadCounted(
      '/arrived.json',
      {
        // Each read is answered at once, as by a body already downloaded.
        pull(controller) {
          if (given === 0) controller.enqueue(new TextEncoder().encode('{"items":['));
          if (given++ < 30) {
            controller.enqueue(chunk);
            return;
          }
          controller.enqueue(new TextEncoder().encode('{"id":"y","name":"Sist"}]}'));
          controller.close();
          breaksWhileReading = breaks.count;
        },
      },
      breaks
    );
    // (The 30 items share an id: one is kept.)
    expect(items(el).at(-1), 'the whole document read').to.equal('Sist');
    expect(breaksWhileReading, 'new tasks while reading').to.be.at.least(5);
    el.remove();
  });

  it('decodes a body that arrives in one large chunk in parts, over several tasks, every character whole', async () => {
    // 1.4 million characters in one 2.8 MB chunk (a local server handed over 2 MiB chunks): decoded
    // in one call, that took 24-40 ms. The parts split two-byte characters (an odd prefix), which the
    // decoder must join.
    const name = 'å'.repeat(13_999);
    const body = `{"items": [${Array.from({ length: 100 }, (_, i) => `{"id":"x${i}","name":"${name}"}`).join(',')}]}`;
    const bytes = new TextEncoder().encode(body);
    // The number of new tasks so far, at each call of the decoder (the last one ends the reading).
    const decodes: number[] = [];
    const decode = Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'decode')!;
    const breaks = { count: 0 };
    const el = await loadCounted(
      '/one-chunk.json',
      {
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      },
      breaks,
      {
        start: () =>
          Object.defineProperty(TextDecoder.prototype, 'decode', {
            ...decode,
            value(this: TextDecoder, ...args: Parameters<TextDecoder['decode']>) {
              decodes.push(breaks.count);
              return (decode.value as TextDecoder['decode']).apply(this, args);
            },
          }),
        end: () => Object.defineProperty(TextDecoder.prototype, 'decode', decode),
      }
    );
    expect(bytes.length, 'one chunk of over 2.6 MB').to.be.above(2_600_000);
    const shown = items(el);
    expect(shown, 'every item').to.have.length(100);
    expect(
      shown.every((text) => text === name),
      'every name whole'
    ).to.equal(true);
    // 2.8 MB in parts of 256 KiB: 11 parts and the decoder's last characters.
    expect(decodes, 'decoder calls').to.have.length(12);
    expect(decodes.at(-1), 'new tasks while decoding').to.be.at.least(3);
    el.remove();
  });

  it('moving or removing the element while src loads is not an error: no event, and a moved one still loads', async () => {
    const requests: string[] = [];
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      requests.push(input instanceof Request ? input.url : input.toString());
      return original(input, init);
    };
    try {
      const events: string[] = [];
      const errors = await captureErrors(async () => {
        const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div><section></section></div>`);
        wrapper.addEventListener('trygg-data-error', (e) => events.push(e.detail.message));
        const moved = new TestDataHost();
        const removed = new TestDataHost();
        moved.src = removed.src = '/test/fixtures/items.json';
        wrapper.append(moved, removed);
        await moved.updateComplete;
        expect(moved.loader.status).to.equal('loading');
        // A CMS or framework moving the element: disconnected and connected in the same task.
        wrapper.querySelector('section')!.append(moved);
        removed.remove();
        for (let i = 0; i < 50 && items(moved).length === 0; i++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        await settle(moved);
        await settle(removed);
        expect(items(moved)).to.deep.equal(['Från fil']);
        expect(notice(moved)).to.equal(null);
        expect(items(removed)).to.deep.equal([]);
        expect(notice(removed), 'no error notice for an element that was taken away').to.equal(null);
        const loadedBefore = requests.length;
        wrapper.append(moved);
        await settle(moved);
        expect(items(moved)).to.deep.equal(['Från fil']);
        expect(requests.length, 'a finished load is kept when the element moves').to.equal(loadedBefore);
      });
      expect(events).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(requests, 'the moved element fetched again, the removed one did not').to.have.length(3);
    } finally {
      window.fetch = original;
    }
  });

  it('shows every valid item, a notice and one event naming the fields of bad ones', async () => {
    const el = new TestDataHost();
    const event = nextEvent<CustomEvent<DataErrorDetail>>(el, 'trygg-data-error');
    const errors = await captureErrors(async () => {
      el.data = { items: [{ id: 'a', name: 'A' }, { id: 'b', name: 7 }, { id: 'a', name: 'A igen' }, { name: 'C' }] };
      document.body.append(el);
      const { detail } = await event;
      expect(detail.message).to.match(/^data: items\[1\]\.name: .*\(and 2 more\)$/);
      expect(detail.problems).to.have.length(3);
      expect(detail.problems[2]).to.equal('items: duplicate ids dropped');
    });
    await settle(el);
    expect(items(el)).to.deep.equal(['A']);
    expect(notice(el)).to.equal('En del uppgifter kunde inte visas.');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('test-data-host: problems in data').and.contain('items[3].id');
    await expect(el).to.be.accessible();
    await setLang('ar', el);
    expect(notice(el)).to.equal('تعذّر عرض بعض المعلومات.');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('treats HTML in data as text', async () => {
    const el = await fixture<TestDataHost>(fixtureHtml`<test-data-host
      .data=${{ items: [{ id: 'x', name: '<img src=x onerror=alert(1)><b>fet</b>' }] }}
    ></test-data-host>`);
    await settle(el);
    expect(items(el)).to.deep.equal(['<img src=x onerror=alert(1)><b>fet</b>']);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
  });

  it('never throws into the page, whatever the data (non-JSON values included)', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent) => thrown.push(e.error);
    window.addEventListener('error', onError);
    try {
      await captureErrors(async () => {
        for (const data of [42, 'text', [], { items: null }, { items: [() => 1] }, Symbol.for('x'), new Date()]) {
          const el = await fixture<TestDataHost>(fixtureHtml`<test-data-host .data=${data}></test-data-host>`);
          await settle(el);
          expect(items(el)).to.deep.equal([]);
          expect(notice(el)).to.not.equal(null);
        }
      });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(thrown).to.deep.equal([]);
  });
});
