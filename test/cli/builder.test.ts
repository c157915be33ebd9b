/**
 * The builder (demo/builder.html) as a web editor uses it: drop the plan sheet in, see every
 * measure in the preview, copy the snippet and paste it into a page with the kit; fill the
 * contacts and training forms; problems beside the row or field; by keyboard; axe on every state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountBuilder } from '../../demo/builder/builder.js';

interface Plan {
  $schema?: string;
  measures: { id: string }[];
}
let demoPlan: Plan;
let container: HTMLElement;
let unmount: () => void;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- callers name the element type they query
const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const el = container.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const frame = () => $<HTMLIFrameElement>('iframe.preview');
const frameDoc = () => frame().contentDocument!;
const snippet = (which: 'html' | 'cms') => $(`[data-snippet="${which}"]`).textContent;

function radio(name: string, labelText: string): HTMLInputElement {
  const input = [...container.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((i) =>
    i.labels?.[0]?.textContent.includes(labelText)
  );
  if (!input) throw new Error(`no ${name} radio "${labelText}"`);
  return input;
}
function byLabel(text: string, nth = 0): HTMLInputElement {
  const found = [...container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].filter((i) =>
    i.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim().startsWith(text)
  );
  if (!found[nth]) throw new Error(`no field "${text}" #${nth}`);
  return found[nth] as HTMLInputElement;
}
function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function check(input: HTMLInputElement, on = true): void {
  if (input.checked !== on) input.click();
}

/**
 * The test server hands text files over as UTF-8, so the Windows-1252 sample is made here from the
 * UTF-8 one, byte by byte through the browser's own Windows-1252 table.
 */
async function windows1252File(url: string, name: string): Promise<File> {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const text = (await (await fetch(url)).text()).replace(/^\uFEFF/, '');
  const bytes = Uint8Array.from(Array.from(text), (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${char} is not in Windows-1252`);
    return byte;
  });
  expect(bytes.includes(0x96), 'an en dash as 0x96').to.equal(true);
  return new File([bytes], name);
}

async function fileFrom(url: string, name: string): Promise<File> {
  const response = await fetch(url);
  return new File([await response.blob()], name);
}
function drop(file: File, target = $('.drop')): void {
  const data = new DataTransfer();
  data.items.add(file);
  target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}
function choose(input: HTMLInputElement, file: File): void {
  const data = new DataTransfer();
  data.items.add(file);
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The ids the plan timeline in `root` renders, once it has rendered `count` of them. */
async function measureIds(root: ParentNode, count: number): Promise<string[]> {
  const ids = () => {
    const el = root.querySelector('trygg-plan-timeline');
    return [...(el?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="measure"]') ?? [])].map(
      (m) => m.dataset.measureId ?? ''
    );
  };
  await waitUntil(() => ids().length === count, `${count} measures rendered`, { timeout: 20000 });
  return ids();
}

const inlineJson = (text: string) =>
  JSON.parse(/<script type="application\/json">([\s\S]*)<\/script>/.exec(text)![1]) as Record<string, unknown>;

describe('the builder', function () {
  this.timeout(60000);

  before(async () => {
    demoPlan = (await (await fetch('/demo/data/alingsas-plan.json')).json()) as Plan;
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/demo/builder/builder.css';
    document.head.append(css);
    await new Promise((resolve) => {
      css.addEventListener('load', resolve, { once: true });
    });
  });

  beforeEach(async () => {
    container = document.createElement('div');
    container.id = 'builder';
    document.body.append(container);
    unmount = mountBuilder(container, { previewUrl: '/demo/builder-preview.html' });
    await waitUntil(() => frameDoc().readyState === 'complete' && frameDoc().getElementById('preview'), 'preview', {
      timeout: 20000,
    });
  });
  afterEach(() => {
    unmount();
    container.remove();
  });

  it('the sample sheet dropped in: every measure in the preview, and a snippet that renders the same plan', async () => {
    const input = $<HTMLInputElement>('input[type="file"]');
    expect(input.labels?.[0]?.textContent).to.match(/Excel|CSV/);
    await expect(container).to.be.accessible();

    drop(await fileFrom('/demo/data/handlingsplan.xlsx', 'handlingsplan.xlsx'));
    await waitUntil(() => container.querySelectorAll('table.rows tbody tr').length > 0, 'rows listed', {
      timeout: 20000,
    });
    expect($('section[aria-labelledby="step-2"]').textContent).to.contain('18 åtgärder');

    const expected = demoPlan.measures.map((m) => m.id).sort();
    const preview = await measureIds(frameDoc(), 18);
    expect([...preview].sort()).to.deep.equal(expected);

    // The plain snippet with the data inside: pasted into a page with the kit, the same plan.
    check(byLabel('Lägg data i koden'));
    const pasted = document.createElement('div');
    pasted.innerHTML = snippet('html');
    document.body.append(pasted);
    try {
      expect(await measureIds(pasted, 18)).to.deep.equal(preview);
      const plan: Partial<Plan> = { ...demoPlan };
      delete plan.$schema;
      expect(inlineJson(snippet('html'))).to.deep.equal(plan);
    } finally {
      pasted.remove();
    }
    // The CMS form links the uploaded file by its name.
    expect(snippet('cms')).to.equal(
      '<p><a href="/filer/handlingsplan.json#heading-level=3">Kommunens handlingsplan mot mäns våld mot kvinnor: alla åtgärder och beslut</a></p>'
    );
    check(byLabel('Lägg data i koden'), false);
    expect(snippet('html')).to.equal(
      '<trygg-plan-timeline src="/filer/handlingsplan.json" heading-level="3"></trygg-plan-timeline>'
    );
    await expect(container).to.be.accessible();
  });

  it('the CSV forms read the same: UTF-8 with BOM, Windows-1252 and comma-separated', async () => {
    for (const [url, format] of [
      ['/demo/data/handlingsplan.csv', 'CSV, UTF-8 med BOM, semikolon'],
      ['windows-1252', 'CSV, Windows-1252, semikolon'],
      ['/test/cli/fixtures/handlingsplan-komma.csv', 'CSV, UTF-8, komma'],
    ]) {
      const name = url === 'windows-1252' ? 'handlingsplan-1252.csv' : url.split('/').at(-1)!;
      const file =
        url === 'windows-1252'
          ? await windows1252File('/demo/data/handlingsplan.csv', 'handlingsplan-1252.csv')
          : await fileFrom(url, name);
      choose($<HTMLInputElement>('#plan-file'), file);
      await waitUntil(() => $('section[aria-labelledby="step-2"]').textContent.includes(`${name}: ${format}`), format, {
        timeout: 20000,
      });
      check(byLabel('Lägg data i koden'));
      const plan: Partial<Plan> = { ...demoPlan };
      delete plan.$schema;
      expect(inlineJson(snippet('html')), format).to.deep.equal(plan);
      check(byLabel('Lägg data i koden'), false);
    }
  });

  it('names the problem beside its row, and the good rows still reach the preview', async () => {
    const csv = '\uFEFFId;Åtgärd;Status\r\na;Ett;Planerad\r\nb;Två;Kanske\r\nc;;Pågår\r\n';
    choose($<HTMLInputElement>('#plan-file'), new File([csv], 'plan.csv'));
    await waitUntil(() => container.querySelectorAll('table.rows tbody tr').length === 3, 'three rows', {
      timeout: 20000,
    });
    const rows = [...container.querySelectorAll('table.rows tbody tr')].map((tr) =>
      tr.textContent.replace(/\s+/g, ' ').trim()
    );
    expect(rows[0]).to.equal('2 a Ett OK');
    expect(rows[1]).to.contain(
      "Kolumn Status: 'Kanske' är inte en status; använd Planerad, Pågår, Genomförd, Försenad eller Avbruten"
    );
    expect(rows[2]).to.contain('Kolumn Åtgärd: tom');
    expect(await measureIds(frameDoc(), 2)).to.have.members(['a', 'b']);
    await expect(container).to.be.accessible();
  });

  it('at 320 and 390 px the imported rows fit the page: long ids wrap, each problem readable below its row', async () => {
    const longRow = 'handlingsprogram-socialforvaltningen;Handlingsprogram för socialförvaltningen;Kanske';
    const csv = `\uFEFFId;Åtgärd;Status\r\na;Ett;Planerad\r\n${longRow}\r\n`;
    try {
      for (const width of [320, 390]) {
        await setViewport({ width, height: 800 });
        drop(await fileFrom('/demo/data/handlingsplan.xlsx', 'handlingsplan.xlsx'));
        await waitUntil(() => container.querySelectorAll('table.rows tbody tr').length === 18, 'the sample rows', {
          timeout: 20000,
        });
        expect(document.documentElement.scrollWidth, `the sample sheet at ${width} px`).to.be.at.most(innerWidth);

        choose($<HTMLInputElement>('#plan-file'), new File([csv], 'plan.csv'));
        await waitUntil(() => container.querySelectorAll('table.rows tbody tr').length === 2, 'two rows', {
          timeout: 20000,
        });
        expect(document.documentElement.scrollWidth, `a long id at ${width} px`).to.be.at.most(innerWidth);
        const problem = $('table.rows tr.bad .problems li');
        expect(problem.textContent).to.contain("'Kanske' är inte en status");
        const box = problem.getBoundingClientRect();
        expect(box.left, 'the problem starts on screen').to.be.at.least(0);
        expect(box.right, 'the problem ends on screen').to.be.at.most(innerWidth);
        // Readable: lines of several words, not one word a line in a narrow column.
        expect(box.width, 'the problem has the width of the page').to.be.at.least(width * 0.6);
        const id = [...container.querySelectorAll('table.rows td')].find((td) =>
          td.textContent.includes('handlingsprogram-socialforvaltningen')
        )!;
        expect(id.getBoundingClientRect().right, 'the long id wraps').to.be.at.most(innerWidth);
        await expect(container).to.be.accessible();
      }
      // Still a table for a screen reader, with its caption and its cells.
      const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
      expect(tree.some((n) => n.role === 'table' && n.name.includes('Raderna i kalkylbladet'))).to.equal(true);
      expect(tree.filter((n) => n.role === 'cell').length).to.be.at.least(6);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('at 390 px every control is at least 44 px tall with 16 px text, and a tap anywhere on the drop area chooses a file', async () => {
    try {
      await setViewport({ width: 390, height: 800 });
      for (const label of ['Stödkort', 'Utbildning', 'Handlingsplan']) {
        check(radio('component', label));
        const controls = [...container.querySelectorAll<HTMLElement>('input, select, button')];
        expect(controls.length, label).to.be.greaterThan(label === 'Stödkort' ? 30 : 10);
        for (const control of controls) {
          // A checkbox or a radio button is tapped through its label.
          const target = control.matches('[type="checkbox"], [type="radio"]') ? control.closest('label')! : control;
          const name = `${label}: ${control.localName}[type=${control.getAttribute('type') ?? ''}] ${
            (control as HTMLInputElement).labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ??
            control.textContent.trim()
          }`;
          expect(target.getBoundingClientRect().height, `${name}, height`).to.be.at.least(44);
          expect(parseFloat(getComputedStyle(target).fontSize), `${name}, text size`).to.be.at.least(16);
        }
        expect(container.querySelectorAll('input[type="time"]').length, 'the opening times were measured').to.equal(
          label === 'Stödkort' ? 10 : 0
        );
        await expect(container).to.be.accessible();
      }

      // The dashed area's text, tapped, clicks the file field (the browser then opens its chooser).
      const input = $<HTMLInputElement>('#plan-file');
      const hint = $('.drop .hint');
      expect(hint.textContent).to.contain('dra den hit');
      let clicked = 0;
      input.addEventListener('click', (event) => {
        clicked++;
        event.preventDefault();
      });
      const box = hint.getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      expect(clicked, 'the file field is clicked').to.equal(1);
      // Its name is still the first line only, not the whole area.
      const tree = await executeServerCommand<{ role: string; name: string }[], undefined>('trygg-ax-tree');
      expect(tree.some((n) => n.name === 'Handlingsplanen som Excel- eller CSV-fil')).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a file that is not a sheet gives a message, not a crash', async () => {
    choose($<HTMLInputElement>('#plan-file'), new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])], 'gammal.xls'));
    await waitUntil(() => container.querySelector('[role="alert"]'), 'alert', { timeout: 20000 });
    expect($('[role="alert"]').textContent).to.contain('gamla Excel-formatet');
  });

  it('contacts: channels, opening hours per weekday and holidays, audience; problems beside the field', async () => {
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    type(byLabel('Namn'), 'Kvinnofridsmottagningen');
    byLabel('Kanal 1, nummer eller adress').focus();
    type(byLabel('Kanal 1, nummer eller adress'), 'ring oss');
    byLabel('Kanal 1, nummer eller adress').blur();
    check(byLabel('Våldsutsatta'));
    check(byLabel('Närstående'));
    // Saturday open 10–14, holidays open 10–14.
    const saturday = container.querySelector<HTMLElement>('[aria-labelledby$="-Saturday-label"]')!;
    check(saturday.querySelector('input[type="checkbox"]')!);
    await waitUntil(() => saturday.querySelectorAll('input[type="time"]').length === 2, 'saturday times');
    type(saturday.querySelectorAll<HTMLInputElement>('input[type="time"]')[0], '10:00');
    type(saturday.querySelectorAll<HTMLInputElement>('input[type="time"]')[1], '14:00');
    const holidays = container.querySelector<HTMLElement>('[aria-labelledby$="-PublicHolidays-label"]')!;
    check(holidays.querySelector('input[type="checkbox"]')!);

    const channel = byLabel('Kanal 1, nummer eller adress');
    await waitUntil(() => channel.getAttribute('aria-invalid') === 'true', 'the bad number is marked');
    const problem = document.getElementById(channel.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(problem.textContent).to.contain('telefonnummer');
    await expect(container).to.be.accessible();

    type(channel, '0322-61 60 00');
    await waitUntil(() => channel.getAttribute('aria-invalid') === 'false', 'fixed');
    check(byLabel('Lägg data i koden'));
    expect(inlineJson(snippet('html'))).to.deep.equal({
      contacts: [
        {
          id: 'kvinnofridsmottagningen',
          name: 'Kvinnofridsmottagningen',
          audience: ['victim', 'relative'],
          channels: [{ type: 'phone', value: '0322-61 60 00' }],
          hours: [
            { dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '08:00', closes: '16:30' },
            { dayOfWeek: ['Saturday'], opens: '10:00', closes: '14:00' },
            { dayOfWeek: ['PublicHolidays'], opens: '10:00', closes: '14:00' },
          ],
          languages: ['sv'],
        },
      ],
    });
    expect(snippet('cms')).to.contain('href="/filer/kontakter.json#heading-level=3"');
    const card = () => frameDoc().querySelector('trygg-support-card');
    await waitUntil(
      () => card()?.shadowRoot?.querySelector('[data-contact-id="kvinnofridsmottagningen"]'),
      'the contact in the preview',
      { timeout: 20000 }
    );
    await expect(container).to.be.accessible();
  });

  it('contacts: an emptied opening time is marked, and the day and the field are named in Swedish beside it', async () => {
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    type(byLabel('Namn'), 'Kvinnofridsmottagningen');
    type(byLabel('Kanal 1, nummer eller adress'), '0322-61 60 00');
    const tuesday = container.querySelector<HTMLElement>('[aria-labelledby$="-Tuesday-label"]')!;
    const opens = tuesday.querySelectorAll<HTMLInputElement>('input[type="time"]')[0];
    expect(opens.labels?.[0]?.textContent.trim()).to.equal('Öppnar');
    opens.focus();
    type(opens, '');
    opens.blur();
    await waitUntil(() => opens.getAttribute('aria-invalid') === 'true', 'the empty time is marked');
    const problem = document.getElementById(opens.getAttribute('aria-describedby')!)!;
    expect(problem.textContent.trim()).to.equal('Tisdag: fyll i när kontakten öppnar.');
    expect(tuesday.contains(problem), 'beside the field, in its day').to.equal(true);
    expect(tuesday.querySelectorAll<HTMLInputElement>('input[type="time"]')[1].getAttribute('aria-invalid')).to.equal(
      'false'
    );
    const step = $('section[aria-labelledby="step-2"]').textContent;
    expect(step).not.to.match(/HH:MM|optionally|""/);
    await expect(container).to.be.accessible();

    type(opens, '09:00');
    await waitUntil(() => opens.getAttribute('aria-invalid') === 'false', 'fixed');
    expect(tuesday.querySelector('.problems')).to.equal(null);
  });

  it('no problem before the editor has written anything; a field left empty says "Fyll i …" on that field', async () => {
    const step = () => $('section[aria-labelledby="step-2"]');
    const marked = () => [...step().querySelectorAll('[aria-invalid="true"]')];
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    expect(step().querySelectorAll('.problems').length, 'a new contact').to.equal(0);
    expect(marked()).to.deep.equal([]);
    [...container.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lägg till kontakt')!.click();
    await waitUntil(() => container.textContent.includes('Kontakt 2'), 'a second contact');
    expect(step().querySelectorAll('.problems').length, 'two new contacts').to.equal(0);

    // Into the name and out again, empty: the name says so; the optional id, made from it, does not.
    const name = byLabel('Namn');
    name.focus();
    name.blur();
    await waitUntil(() => name.getAttribute('aria-invalid') === 'true', 'the empty name is marked');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent.trim()).to.equal(
      'Fyll i namn.'
    );
    expect(byLabel('Id (valfritt)').getAttribute('aria-invalid')).to.equal('false');
    expect(marked()).to.deep.equal([name]);
    expect(step().textContent).not.to.contain('""');
    await expect(container).to.be.accessible();

    // A new training form: nothing until a copy is tried, then each empty figure by its field.
    check(radio('component', 'Utbildning'));
    await waitUntil(() => container.querySelector('#training-file'), 'training form');
    expect(step().querySelectorAll('.problems').length, 'a new training form').to.equal(0);
    [...container.querySelectorAll('button')].find((b) => b.textContent.includes('Kopiera HTML'))!.click();
    await waitUntil(() => marked().length === 3, "the unit's three empty fields marked");
    const said = (label: string) =>
      document.getElementById(byLabel(label).getAttribute('aria-describedby')!)!.textContent.trim();
    expect(said('Namn')).to.equal('Fyll i enhetens namn.');
    expect(said('Har gått utbildningen')).to.equal('Fyll i hur många som har gått utbildningen.');
    expect(said('Antal i allt')).to.equal('Fyll i hur många det är i allt.');
    expect(step().textContent).not.to.match(/""|för kort|ett tal/);
    await expect(container).to.be.accessible();
  });

  it('a field that has focus when another component is chosen goes without an error', async () => {
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      byLabel('Namn').focus();
      check(radio('component', 'Utbildning'));
      await waitUntil(() => container.querySelector('#training-file'), 'training form');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errors).to.deep.equal([]);
      expect(container.querySelectorAll('fieldset.contact').length).to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it("a click that leaves an empty field lands on its button, though the field's problem then shows above it", async () => {
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    const add = [...container.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lägg till kanal')!;
    // The field and the button both on screen, the page not scrolled (no scroll anchoring to help).
    await setViewport({ width: 800, height: 1400 });
    try {
      byLabel('Namn').focus();
      scrollTo(0, 0);
      const box = add.getBoundingClientRect();
      expect(box.bottom, 'the button on screen').to.be.at.most(innerHeight);
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(add);
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await waitUntil(() => byLabel('Namn').getAttribute('aria-invalid') === 'true', 'the empty name is marked');
      expect(container.querySelectorAll('.channel').length, 'the click added a channel').to.equal(2);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a contact removed takes the fields left in it along: the next one does not inherit its problems', async () => {
    const button = (text: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent.trim() === text)!;
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    button('Lägg till kontakt').click();
    await waitUntil(() => container.textContent.includes('Kontakt 2'), 'a second contact');
    type(byLabel('Namn', 1), 'Kvinnojouren');
    byLabel('Namn', 0).focus();
    byLabel('Namn', 0).blur();
    await waitUntil(() => byLabel('Namn', 0).getAttribute('aria-invalid') === 'true', 'the first name is marked');
    byLabel('Namn', 1).focus();
    type(byLabel('Namn', 1), '');
    byLabel('Namn', 1).blur();
    await waitUntil(() => byLabel('Namn', 1).getAttribute('aria-invalid') === 'true', 'the second name is marked');
    type(byLabel('Namn', 1), 'Kvinnojouren');

    button('Ta bort kontakt 1').click();
    await waitUntil(() => !container.textContent.includes('Kontakt 2'), 'one contact left');
    expect(byLabel('Namn').value).to.equal('Kvinnojouren');
    type(byLabel('Namn'), '');
    // The second contact's name was left: now the first contact's, it still shows its problem.
    await waitUntil(() => byLabel('Namn').getAttribute('aria-invalid') === 'true', 'the name left is still marked');
    // A new contact: nothing of the removed one's left fields.
    button('Lägg till kontakt').click();
    await waitUntil(() => container.textContent.includes('Kontakt 2'), 'a new second contact');
    expect(byLabel('Namn', 1).getAttribute('aria-invalid')).to.equal('false');
  });

  it("two contacts of the same name: the second one's id says so, in the form's words", async () => {
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    [...container.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lägg till kontakt')!.click();
    await waitUntil(() => container.textContent.includes('Kontakt 2'), 'a second contact');
    for (const nth of [0, 1]) {
      type(byLabel('Namn', nth), 'Kvinnojouren');
      type(byLabel('Kanal 1, nummer eller adress', nth), '0322-61 60 00');
    }
    [...container.querySelectorAll('button')].find((b) => b.textContent.includes('Kopiera HTML'))!.click();
    const id = byLabel('Id (valfritt)', 1);
    await waitUntil(() => id.getAttribute('aria-invalid') === 'true', 'the second id is marked');
    const problem = document.getElementById(id.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(problem.textContent.trim()).to.equal(
      'Kontakt 1 har samma id (kvinnojouren): skriv ett eget id eller ändra namnet.'
    );
    expect(byLabel('Id (valfritt)', 0).getAttribute('aria-invalid')).to.equal('false');
    await expect(container).to.be.accessible();
    type(id, 'kvinnojouren-2');
    await waitUntil(() => id.getAttribute('aria-invalid') === 'false', 'fixed');
  });

  /** Drops the sample training export (xlsx) on the training form and waits for its units. */
  async function dropTrainingExport(): Promise<void> {
    drop(await fileFrom('/test/cli/fixtures/utbildning-export.xlsx', 'export.xlsx'));
    await waitUntil(
      () => [...container.querySelectorAll('input')].some((i) => i.value === 'Övriga enheter'),
      'units filled',
      { timeout: 20000 }
    );
  }

  it('training: the export dropped in fills the units (no names anywhere), the form checks each figure', async () => {
    check(radio('component', 'Utbildning'));
    await waitUntil(() => container.querySelector('#training-file'), 'training form');
    expect($<HTMLInputElement>('#training-file').labels?.[0]?.textContent).to.contain('Excel');
    type(byLabel('Utbildningens namn'), 'Grundkurs');
    await dropTrainingExport();
    check(byLabel('Lägg data i koden'));
    const doc = inlineJson(snippet('html'));
    expect(doc.course).to.equal('Grundkurs');
    expect(doc.units).to.deep.equal([
      { name: 'Barn- och ungdomsförvaltningen', completed: 3, total: 8 },
      { name: 'Kultur- och utbildningsförvaltningen', completed: 6, total: 6 },
      { name: 'Socialförvaltningen', completed: 9, total: 12 },
      { name: 'Övriga enheter', completed: 2, total: 5 },
    ]);
    const text = container.textContent + snippet('html');
    for (const secret of ['Astrid', 'Andersson', 'AK-1001', '@exempel.alingsas.se'])
      expect(text).not.to.contain(secret);

    const completed = byLabel('Har gått utbildningen', 1);
    type(completed, '20');
    await waitUntil(() => completed.getAttribute('aria-invalid') === 'true', 'the completed field is marked');
    const problem = document.getElementById(completed.getAttribute('aria-describedby')!)!;
    expect(problem.textContent.trim()).to.equal('Har gått utbildningen (20) kan inte vara större än Antal i allt (6).');
    expect(completed.parentElement!.contains(problem), 'beside the field').to.equal(true);
    expect($('section[aria-labelledby="step-2"]').textContent).not.to.match(/\{|"name"|completed|total/);
    const badge = () => frameDoc().querySelector('trygg-training-badge');
    await waitUntil(() => badge()?.shadowRoot?.querySelector('[role="progressbar"], [role="meter"]'), 'badge', {
      timeout: 20000,
    });
    await expect(container).to.be.accessible();
  });

  it('training: the target as an editor writes a percentage, "90 %", "90%" or "90,5", never NaN', async () => {
    check(radio('component', 'Utbildning'));
    await waitUntil(() => container.querySelector('#training-file'), 'training form');
    check(byLabel('Lägg data i koden'));
    const target = byLabel('Mål i procent');
    for (const [typed, value] of [
      ['90 %', 90],
      ['90%', 90],
      ['90,5', 90.5],
      [' 85\u00A0% ', 85],
    ] as const) {
      target.focus();
      type(target, typed);
      target.blur();
      await waitUntil(() => inlineJson(snippet('html')).target === value, `${typed} is ${value}`);
      expect(target.getAttribute('aria-invalid'), typed).to.equal('false');
    }
    type(target, '90 %');
    type(byLabel('Utbildningens namn'), 'Grundkurs');
    await dropTrainingExport();
    expect(container.textContent).not.to.contain('NaN');
    expect(inlineJson(snippet('html')).target).to.equal(90);
    await expect(container).to.be.accessible();
  });

  it('download and copy stay usable with problems, but a warning beside them counts them and goes to the first', async () => {
    const button = (text: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent.includes(text))!;
    const status = () => $('[role="status"].status').textContent.trim();
    check(radio('component', 'Stödkort'));
    await waitUntil(() => container.textContent.includes('Kontakt 1'), 'contact form');
    const warning = $('#publish-warning');
    expect(warning.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Uppgifterna har 2 problem. Det som är fel kommer inte med på sidan.'
    );
    for (const text of ['Ladda ner kontakter.json', 'Kopiera HTML-koden', 'Kopiera CMS-koden']) {
      expect(button(text).disabled, text).to.equal(false);
      expect(button(text).getAttribute('aria-describedby'), text).to.equal('publish-warning');
    }
    button('Kopiera CMS-koden').click();
    await waitUntil(() => status().includes('2 problem'), 'the copy says there are problems');
    expect(status()).to.match(
      /^(CMS-koden är kopierad, men uppgifterna har 2 problem\.|Kopieringen nekades.*2 problem\.)$/
    );
    await expect(container).to.be.accessible();

    button('Gå till det första problemet').click();
    expect(document.activeElement, 'the first problem: the empty name').to.equal(byLabel('Namn'));
    expect(byLabel('Namn').getAttribute('aria-invalid')).to.equal('true');

    type(byLabel('Namn'), 'Kvinnofridsmottagningen');
    type(byLabel('Kanal 1, nummer eller adress'), '0322-61 60 00');
    await waitUntil(() => !container.querySelector('#publish-warning'), 'no warning once fixed');
    expect(button('Ladda ner kontakter.json').hasAttribute('aria-describedby')).to.equal(false);
    button('Kopiera CMS-koden').click();
    await waitUntil(() => !status().includes('problem') && status() !== '', 'copied without problems');

    // The plan: the rows with errors are counted, the first is its row's list of problems.
    check(radio('component', 'Handlingsplan'));
    const csv = '\uFEFFId;Åtgärd;Status\r\na;Ett;Planerad\r\nb;Två;Kanske\r\nc;;Pågår\r\n';
    choose($<HTMLInputElement>('#plan-file'), new File([csv], 'plan.csv'));
    await waitUntil(() => container.querySelector('#publish-warning'), 'the plan warning', { timeout: 20000 });
    expect($('#publish-warning').textContent).to.contain('Uppgifterna har 2 problem.');
    button('Gå till det första problemet').click();
    expect(document.activeElement?.closest('tr')?.querySelector('th')?.textContent.trim()).to.equal('3');
    expect(document.activeElement?.textContent).to.contain('Kanske');
    await expect(container).to.be.accessible();
  });

  it('the preview follows the language and the width', async () => {
    drop(await fileFrom('/demo/data/handlingsplan.csv', 'handlingsplan.csv'));
    await measureIds(frameDoc(), 18);
    check(radio('lang', 'Arabiska'));
    await waitUntil(() => frameDoc().documentElement.lang === 'ar', 'arabic');
    expect(frameDoc().documentElement.dir).to.equal('rtl');
    expect(frame().getBoundingClientRect().width).to.be.at.most(362);
    check(radio('width', 'Dator'));
    await waitUntil(() => frame().getBoundingClientRect().width > 1000, 'desktop width');
    check(radio('lang', 'Engelska'));
    await waitUntil(() => frameDoc().documentElement.lang === 'en', 'english');
    await expect(container).to.be.accessible();
  });

  it('works by keyboard: arrow keys pick the component, Tab reaches the form, Enter copies', async () => {
    radio('component', 'Handlingsplan').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(radio('component', 'Utbildning').checked).to.equal(true);
    await waitUntil(() => container.querySelector('#training-file'), 'training form');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('training-file');
    const copy = [...container.querySelectorAll('button')].find((b) => b.textContent.includes('Kopiera HTML'))!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => container.querySelector('[role="status"].status')?.textContent.trim(), 'copy status');
  });

  it('the whole page: no axe violation, no error, no request elsewhere, wide and at 320 px', async () => {
    for (const width of [1280, 320]) {
      const r = await executeServerCommand<
        { violations: string[]; overflow: number; consoleErrors: string[]; foreignRequests: string[] },
        { page: string; lang: string; width: number; spacing: boolean }
      >('demo-check', { page: 'builder.html', lang: 'sv', width, spacing: false });
      expect(r.violations, `${width}`).to.deep.equal([]);
      expect(r.consoleErrors).to.deep.equal([]);
      expect(r.foreignRequests).to.deep.equal([]);
      expect(r.overflow, 'horizontal scroll').to.be.at.most(0);
    }
  });
});
