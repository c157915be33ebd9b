/** The small shared pieces every component uses: cssProps, intl, parseJson, ProblemReporter. */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProps } from '../../src/core/css-props.js';
import { ProblemReporter } from '../../src/core/data.js';
import { intl } from '../../src/core/locale.js';
import { parseJson } from '../../src/core/validate.js';
import type { DataErrorDetail } from '../../src/core/events.js';

describe('cssProps()', () => {
  it('sets custom properties through the CSSOM, removes the ones a later render drops, leaves others alone', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const paint = (props: Parameters<typeof cssProps>[0]) => {
      render(html`<p ${cssProps(props)}>x</p>`, host);
    };
    paint({ '--r': 3, '--c': '5' });
    const p = host.querySelector('p')!;
    expect(p.style.getPropertyValue('--r')).to.equal('3');
    expect(p.style.getPropertyValue('--c')).to.equal('5');
    p.style.setProperty('--page-own', 'kept');

    paint({ '--r': 4, '--c': undefined });
    expect(p.style.getPropertyValue('--r')).to.equal('4');
    expect(p.style.getPropertyValue('--c'), 'undefined removes').to.equal('');
    paint({});
    expect(p.style.getPropertyValue('--r'), 'no longer named: removed').to.equal('');
    expect(p.style.getPropertyValue('--page-own'), 'a property it never wrote').to.equal('kept');
  });

  it('does not write a value that did not change (a long plan re-renders on every filter)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const paint = (row: number) => {
      render(html`<p ${cssProps({ '--r': row })}>x</p>`, host);
    };
    paint(1);
    const style = host.querySelector('p')!.style;
    let writes = 0;
    const original = style.setProperty.bind(style);
    style.setProperty = (...args: Parameters<CSSStyleDeclaration['setProperty']>) => {
      writes++;
      original(...args);
    };
    paint(1);
    expect(writes).to.equal(0);
    paint(2);
    expect(writes).to.equal(1);
    expect(style.getPropertyValue('--r')).to.equal('2');
  });

  it('refuses to be used anywhere but on an element', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<p title=${cssProps({ '--r': 1 })}>x</p>`, host)).to.throw(/belongs on an element/);
  });
});

describe('intl()', () => {
  it('makes one formatter per constructor, locale and options and shares it', () => {
    const a = intl(Intl.NumberFormat, { style: 'percent' }, 'sv');
    expect(intl(Intl.NumberFormat, { style: 'percent' }, 'sv')).to.equal(a);
    expect(intl(Intl.NumberFormat, { style: 'percent' }, 'en')).not.to.equal(a);
    expect(intl(Intl.NumberFormat, {}, 'sv')).not.to.equal(a);
    expect(intl(Intl.Collator, {}, 'sv')).to.be.instanceOf(Intl.Collator);
    expect(a.format(0.5).replace(/\s/g, ' ')).to.equal('50 %');
  });

  it('follows the page language by default', () => {
    expect(intl(Intl.NumberFormat, {}).resolvedOptions().locale).to.equal('sv');
  });
});

describe('parseJson()', () => {
  it('reads JSON, ignores a leading byte-order mark, and returns the parser error instead of throwing', () => {
    expect(parseJson('{"a":1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    expect(parseJson('\uFEFF[1]')).to.deep.equal({ ok: true, value: [1] });
    const bad = parseJson('{"a":');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.error).to.match(/JSON/);
  });
});

describe('ProblemReporter', () => {
  it('reports a new set of problems once, stays quiet on a repeat, and again after a change', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const events: DataErrorDetail[] = [];
    host.addEventListener('trygg-data-error', (e) => events.push(e.detail));
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      const reporter = new ProblemReporter(host);
      reporter.report('attributes', []);
      reporter.report('attributes', ['value: "x" is not a number']);
      reporter.report('attributes', ['value: "x" is not a number']);
      reporter.report('credential', ['(credential): not valid JSON']);
      reporter.report('attributes', []);
      reporter.report('attributes', ['value: "x" is not a number']);
    } finally {
      console.error = original;
      host.remove();
    }
    expect(events.map((e) => e.message)).to.deep.equal([
      'attributes: value: "x" is not a number',
      'credential: (credential): not valid JSON',
      'attributes: value: "x" is not a number',
    ]);
    expect(logged).to.have.length(3);
  });
});
