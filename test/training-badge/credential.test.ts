import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/training-badge/index.js';
import type { TryggTrainingBadge } from '../../src/components/training-badge/index.js';
import { setLang } from '../support/helpers.js';
import { bar, ErrorLog, normal, part, seen } from './helpers.js';

const log = new ErrorLog();
const INVALID_NOTICE = 'Intyget kan inte visas: det följer inte Open Badges 3.0.';

/** The "Sample OpenBadgeCredential" of the Open Badges 3.0 specification (examples/basicOpenBadgeCredential). */
const specExample = () => ({
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
  id: 'http://example.com/credentials/3527',
  type: ['VerifiableCredential', 'OpenBadgeCredential'],
  issuer: { id: 'https://example.com/issuers/876543', type: ['Profile'], name: 'Example Corp' },
  validFrom: '2010-01-01T00:00:00Z',
  name: 'Teamwork Badge',
  credentialSubject: {
    id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
    type: ['AchievementSubject'],
    achievement: {
      id: 'https://example.com/achievements/21st-century-skills/teamwork',
      type: ['Achievement'],
      criteria: {
        narrative:
          'Team members are nominated for this badge by their peers and recognized upon review by Example Corp management.',
      },
      description: 'This badge recognizes the development of the capacity to collaborate within a group environment.',
      name: 'Teamwork',
    },
  },
});

type Credential = ReturnType<typeof specExample> & Record<string, unknown>;

/** A Swedish course credential with the optional parts the badge shows (links, end date, proof). */
const courseCredential = (): Credential => {
  const c: Credential = specExample();
  c.id = 'urn:uuid:6f1c2a52-5a7e-4f0e-9a54-0c1f2d3e4b5a';
  c.issuer = {
    id: 'https://example.org/issuers/1',
    type: ['Profile'],
    name: 'Alingsås kommun (exempel)',
    url: 'https://example.org/',
  } as Credential['issuer'];
  c.validFrom = '2026-10-14T09:00:00Z';
  c.validUntil = '2029-10-14T09:00:00Z';
  Object.assign(c.credentialSubject.achievement, {
    name: 'Grundutbildning om våld i nära relationer',
    description: 'Grundkunskap om våld i nära relationer och sexuella trakasserier.',
    criteria: { id: 'https://example.org/kurs/krav', narrative: 'Har gått webbkursen och seminariet.' },
  });
  c.proof = [
    {
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdf-2022',
      proofPurpose: 'assertionMethod',
      proofValue: 'z58DAdFfa9',
    },
  ];
  return c;
};

async function show(credential: unknown, today = '2026-11-26'): Promise<TryggTrainingBadge> {
  const el = document.createElement('trygg-training-badge');
  el.today = today;
  el.credential = credential as TryggTrainingBadge['credential'];
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The label → value pairs of the credential's description list. */
function fields(el: TryggTrainingBadge): Record<string, string> {
  const dts = [...el.shadowRoot!.querySelectorAll('dt')];
  return Object.fromEntries(dts.map((dt) => [normal(dt.textContent), normal(dt.nextElementSibling?.textContent)]));
}

beforeEach(async () => {
  log.start();
  await setLang('sv');
});

afterEach(() => {
  log.stop();
});

describe('<trygg-training-badge credential>', () => {
  it('shows the spec’s example: achievement, issuer, date, criteria, validity, and that the signature is not checked', async () => {
    const el = await show(specExample());
    expect(getComputedStyle(el).display, 'a card by default').to.equal('block');
    const heading = el.shadowRoot!.querySelector('[part="credential"] [role="heading"]')!;
    expect(normal(heading.textContent)).to.equal('Teamwork');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(seen(el)).to.contain('Intyg (Open Badges 3.0)');
    expect(seen(el)).to.contain('This badge recognizes the development');
    expect(fields(el)).to.deep.equal({
      Utfärdare: 'Example Corp',
      Utfärdat: '1 januari 2010',
      Krav: 'Team members are nominated for this badge by their peers and recognized upon review by Example Corp management.',
      Giltighet: 'Giltigt',
    });
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2010-01-01T00:00:00Z');
    expect(seen(el)).to.contain('Intyget har ingen signatur. Signaturen kontrolleras inte här i webbläsaren.');
    expect(bar(el), 'no progress bar for a credential alone').to.equal(null);
    expect(log.events).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await setLang('en', el);
    expect(fields(el)).to.include({ Issuer: 'Example Corp', Issued: 'January 1, 2010', Validity: 'Valid' });
    expect(seen(el)).to.contain('The signature is not checked here in the browser.');
    await expect(el).to.be.accessible();

    await setLang('ar', el);
    expect(seen(el)).to.contain('لا يتم التحقق من التوقيع هنا في المتصفح');
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('lays out a credential’s own texts in their direction: a Swedish credential on an Arabic page stays left to right', async () => {
    const el = await show(courseCredential());
    const withUnits = document.createElement('trygg-training-badge');
    withUnits.data = {
      units: [
        { name: 'Förvaltningskontoret (Norra).', completed: 3, total: 4 },
        { name: 'مدرسة الشمال.', completed: 1, total: 4 },
      ],
    };
    el.after(withUnits);
    await withUnits.updateComplete;
    await setLang('ar', el, withUnits);
    const dir = (node: Element | null | undefined) => (node ? getComputedStyle(node).direction : 'missing');
    const credential = part(el, 'credential')!;
    expect(dir(credential), 'the badge itself is right to left').to.equal('rtl');
    expect(dir(credential.querySelector('[role="heading"] > span')), 'achievement name').to.equal('ltr');
    expect(dir(credential.querySelector('[role="heading"] + p > span')), 'description').to.equal('ltr');
    expect(dir(credential.querySelector('dd a > span')), 'issuer').to.equal('ltr');
    const [swedish, arabic] = [...withUnits.shadowRoot!.querySelectorAll('tbody th > span')];
    expect(dir(swedish), 'a Swedish unit name').to.equal('ltr');
    expect(dir(arabic), 'an Arabic unit name').to.equal('rtl');
    await expect(el).to.be.accessible();
    await expect(withUnits).to.be.accessible();
  });

  it('takes the credential as JSON text in the attribute', async () => {
    const el = await fixture<TryggTrainingBadge>(
      html`<trygg-training-badge credential=${JSON.stringify(specExample())}></trygg-training-badge>`
    );
    expect(seen(el)).to.contain('Teamwork');
    expect(log.events).to.deep.equal([]);
  });

  it('links the issuer and the criteria (no referrer) when the links are safe, shows the end date, and does not claim a missing signature', async () => {
    const el = await show(courseCredential());
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [
      normal(a.textContent),
      a.getAttribute('href'),
      a.rel,
    ]);
    expect(links, 'the issuer does not learn which intranet page the visitor came from').to.deep.equal([
      ['Alingsås kommun (exempel)', 'https://example.org/', 'noreferrer'],
      ['Läs kraven', 'https://example.org/kurs/krav', 'noreferrer'],
    ]);
    expect(fields(el)).to.include({
      Utfärdat: '14 oktober 2026',
      'Giltigt till': '14 oktober 2029',
      Giltighet: 'Giltigt',
    });
    expect(seen(el)).not.to.contain('ingen signatur');
    expect(seen(el)).to.contain('Signaturen kontrolleras inte här i webbläsaren.');
    await expect(el).to.be.accessible();
  });

  it('treats the credential as untrusted: text only, unsafe links as plain text, no images loaded', async () => {
    const c = courseCredential();
    c.issuer = {
      id: 'https://example.org/i',
      type: ['Profile'],
      name: '<img src=x onerror="alert(1)">',
      url: 'javascript:alert(1)',
    } as Credential['issuer'];
    Object.assign(c.credentialSubject.achievement, {
      name: '<script>alert(1)</script>',
      criteria: { id: 'http://example.org/krav', narrative: '**Markdown** is shown as text' },
      image: { id: 'https://tracker.example/pixel.png', type: 'Image' },
    });
    const el = await show(c);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(fields(el)['Utfärdare']).to.equal('<img src=x onerror="alert(1)">');
    expect(seen(el)).to.contain('<script>alert(1)</script>');
    expect(seen(el)).to.contain('**Markdown** is shown as text');
    expect(performance.getEntriesByName('https://tracker.example/pixel.png')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the validity as a status pill: "Har gått ut" in the danger colour, unlike "Giltigt"', async () => {
    // "Har gått ut" was plain text, exactly as "Giltigt": someone checking a colleague's credential
    // could miss it.
    const pill = (el: TryggTrainingBadge) => {
      const dd = [...el.shadowRoot!.querySelectorAll('dt')].find(
        (dt) => dt.textContent === 'Giltighet'
      )!.nextElementSibling!;
      return dd.querySelector<HTMLElement>('.status > span')!;
    };
    const valid = await show(courseCredential());
    const expired = courseCredential();
    expired.validUntil = '2026-11-01T00:00:00Z';
    const gone = await show(expired);
    expect(pill(gone).textContent).to.equal('Har gått ut');
    expect(pill(valid).textContent).to.equal('Giltigt');
    for (const el of [gone, valid]) {
      const style = getComputedStyle(pill(el));
      expect(style.borderTopStyle, `${pill(el).textContent}: a pill`).to.equal('solid');
      expect(style.fontWeight).to.equal('700');
    }
    expect(getComputedStyle(pill(gone)).color, 'expired: not the colour of "Giltigt"').to.not.equal(
      getComputedStyle(pill(valid)).color
    );
    expect(getComputedStyle(pill(gone)).color, 'expired: not the text colour').to.not.equal(
      getComputedStyle(gone).color
    );
    await expect(gone).to.be.accessible();
  });

  it('checks the validity dates against today, also VC 1.1 issuanceDate/expirationDate', async () => {
    const expired = courseCredential();
    expired.validUntil = '2026-11-01T00:00:00Z';
    expect(fields(await show(expired)).Giltighet).to.equal('Har gått ut');

    const future = courseCredential();
    future.validFrom = '2027-01-01T00:00:00Z';
    expect(fields(await show(future)).Giltighet).to.equal('Inte giltigt ännu');

    const vc11: Credential = specExample();
    vc11['@context'] = [
      'https://www.w3.org/2018/credentials/v1',
      'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
    ];
    delete (vc11 as Partial<Credential>).validFrom;
    vc11.issuanceDate = '2024-03-01T10:00:00Z';
    vc11.expirationDate = '2025-03-01T10:00:00Z';
    const el = await show(vc11);
    expect(fields(el)).to.include({ Utfärdat: '1 mars 2024', 'Giltigt till': '1 mars 2025', Giltighet: 'Har gått ut' });
    el.today = '2024-06-01';
    await el.updateComplete;
    expect(fields(el).Giltighet).to.equal('Giltigt');
    expect(log.events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('accepts an issuer given as a URI and AchievementCredential as the type', async () => {
    const c: Credential = specExample();
    c.issuer = 'https://example.com/issuers/876543' as unknown as Credential['issuer'];
    c.type = ['VerifiableCredential', 'AchievementCredential'];
    const el = await show(c);
    expect(fields(el).Utfärdare).to.equal('https://example.com/issuers/876543');
    expect(el.shadowRoot!.querySelector('a'), 'an id is not a page for people: no link').to.equal(null);
    expect(log.events).to.deep.equal([]);
  });

  describe('broken credentials: a notice, one trygg-data-error naming the field, nothing of it shown', () => {
    const broken: [string, (c: Credential) => unknown, RegExp][] = [
      [
        'no @context',
        (c) => {
          delete (c as Partial<Credential>)['@context'];
        },
        /^@context: /,
      ],
      [
        '@context not starting with the VC context',
        (c) => {
          c['@context'] = [
            'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
            'https://www.w3.org/ns/credentials/v2',
          ];
        },
        /^@context: must start with/,
      ],
      [
        'no Open Badges context',
        (c) => {
          c['@context'] = ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/security/data-integrity/v2'];
        },
        /^@context: the Open Badges 3.0 context .* must come second/,
      ],
      [
        'no id',
        (c) => {
          delete (c as Partial<Credential>).id;
        },
        /^id: /,
      ],
      [
        'id not a string',
        (c) => {
          (c as Record<string, unknown>).id = 3527;
        },
        /^id: /,
      ],
      [
        'type without OpenBadgeCredential',
        (c) => {
          c.type = ['VerifiableCredential'];
        },
        /^type: must contain "OpenBadgeCredential" or "AchievementCredential"/,
      ],
      [
        'type without VerifiableCredential',
        (c) => {
          c.type = ['OpenBadgeCredential'];
        },
        /^type: must contain "VerifiableCredential"/,
      ],
      [
        'no issuer',
        (c) => {
          delete (c as Partial<Credential>).issuer;
        },
        /^issuer: /,
      ],
      [
        'issuer without id',
        (c) => {
          c.issuer = { type: ['Profile'], name: 'Example Corp' } as unknown as Credential['issuer'];
        },
        /^issuer: /,
      ],
      [
        'no validFrom',
        (c) => {
          delete (c as Partial<Credential>).validFrom;
        },
        /^validFrom: /,
      ],
      [
        'validFrom not a date',
        (c) => {
          c.validFrom = '1 januari 2010';
        },
        /^validFrom: a date-time/,
      ],
      [
        'validUntil not a date',
        (c) => {
          c.validUntil = 'never';
        },
        /^validUntil: a date-time with a time zone/,
      ],
      [
        'no credentialSubject',
        (c) => {
          delete (c as Partial<Credential>).credentialSubject;
        },
        /^credentialSubject: /,
      ],
      [
        'subject type a string, not a list',
        (c) => {
          (c.credentialSubject as Record<string, unknown>).type = 'AchievementSubject';
        },
        /^credentialSubject.type: /,
      ],
      [
        'subject type not AchievementSubject',
        (c) => {
          c.credentialSubject.type = ['Person'];
        },
        /^credentialSubject.type: must contain "AchievementSubject"/,
      ],
      [
        'no achievement',
        (c) => {
          delete (c.credentialSubject as Partial<Credential['credentialSubject']>).achievement;
        },
        /^credentialSubject.achievement: /,
      ],
      [
        'achievement without name',
        (c) => {
          delete (c.credentialSubject.achievement as Partial<Credential['credentialSubject']['achievement']>).name;
        },
        /^credentialSubject.achievement.name: /,
      ],
      [
        'achievement without description',
        (c) => {
          delete (c.credentialSubject.achievement as Partial<Credential['credentialSubject']['achievement']>)
            .description;
        },
        /^credentialSubject.achievement.description: /,
      ],
      [
        'achievement without criteria',
        (c) => {
          delete (c.credentialSubject.achievement as Partial<Credential['credentialSubject']['achievement']>).criteria;
        },
        /^credentialSubject.achievement.criteria: /,
      ],
      ['not JSON', () => '{"@context": [', /^\(credential\): not valid JSON/],
      ['a list, not a credential', () => [specExample()], /^@context: /],
    ];
    for (const [name, breakIt, problem] of broken) {
      it(name, async () => {
        const c: Credential = specExample();
        const result = breakIt(c);
        const el = await show(result ?? c);
        expect(seen(el)).to.equal('Intyget kan inte visas: det följer inte Open Badges 3.0.');
        expect(log.events).to.have.length(1);
        expect(log.events[0].source).to.equal('credential');
        expect(log.events[0].problems.join('\n')).to.match(new RegExp(problem.source, 'm'));
        expect(log.console.join()).to.contain('credential');
        await expect(el).to.be.accessible();
      });
    }

    it('a wrong optional field: not shown either (a credential is shown whole or not at all)', async () => {
      const c = courseCredential();
      (c as Record<string, unknown>).name = 42;
      const el = await show(c);
      expect(seen(el)).to.equal(INVALID_NOTICE);
      expect(seen(el)).to.not.contain('Grundutbildning om våld i nära relationer');
      expect(log.events[0].message).to.match(/^credential: name: /);
      await expect(el).to.be.accessible();
    });

    it('clears the notice when a good credential replaces a broken one', async () => {
      const el = await show('inte json');
      expect(log.events).to.have.length(1);
      el.credential = specExample();
      await el.updateComplete;
      expect(seen(el)).not.to.contain('Intyget kan inte visas');
      expect(seen(el)).to.contain('Teamwork');
      expect(log.events).to.have.length(1);
    });
  });

  it('shows a person’s progress and credential together, and fits in the badge layout', async () => {
    const el = await show(courseCredential());
    Object.assign(el, { label: 'Mina moduler', value: 4, max: 4 });
    await el.updateComplete;
    expect(normal(part(el, 'title')!.textContent)).to.equal('Mina moduler');
    expect(el.shadowRoot!.querySelector('[part="credential"] [role="heading"]')!.getAttribute('aria-level')).to.equal(
      '3'
    );
    expect(seen(el)).to.contain('4 av 4 (100 %) Klar');
    await expect(el).to.be.accessible();
    el.layout = 'badge';
    await el.updateComplete;
    expect(seen(el)).to.contain('Grundutbildning om våld i nära relationer');
    await expect(el).to.be.accessible();
  });
});

/** A file of test/training-badge/fixtures/validator/ (1EdTech's validator test files, README there). */
const fixtureFile = async (name: string): Promise<string> =>
  (await fetch(`/test/training-badge/fixtures/validator/${name}`)).text();
/** The validator files with wrong types (fixtures/wrong-types.json, shared with schema-agreement.test.mjs). */
const { files: wrongTypes } = (await (await fetch('/test/training-badge/fixtures/wrong-types.json')).json()) as {
  files: string[];
};

describe('<trygg-training-badge credential> with 1EdTech’s validator test files', () => {
  it('shows the valid ones (simple.json, complete.json on VC 2.0; simple_v1.json on VC 1.1) as cards', async () => {
    for (const [file, title] of [
      ['simple.json', 'Teamwork'],
      ['complete.json', '1EdTech University Degree'],
      ['simple_v1.json', 'Teamwork'],
    ]) {
      const el = await show(await fixtureFile(file));
      const heading = el.shadowRoot!.querySelector('[part="credential"] [role="heading"]');
      expect(normal(heading?.textContent), file).to.equal(title);
      expect(seen(el), file).to.not.contain(INVALID_NOTICE);
      expect(log.events, file).to.deep.equal([]);
    }
  });

  for (const file of wrongTypes) {
    it(`does not show ${file} (wrong types the official schema rejects): a notice, never a valid-looking card`, async () => {
      const el = await show(await fixtureFile(file));
      expect(seen(el)).to.equal(INVALID_NOTICE);
      expect(part(el, 'credential')).to.equal(null);
      expect(log.events).to.have.length(1);
      expect(log.events[0].source).to.equal('credential');
      await expect(el).to.be.accessible();
    });
  }

  it('says that a VC-JWT (simple.jwt) is the signed compact form and that the JSON form is needed, in every language', async () => {
    const el = await show(await fixtureFile('simple.jwt'));
    expect(seen(el)).to.contain(
      'Intyget är i signerad kompakt form (VC-JWT) och visas inte här. Lägg in intyget i JSON-form.'
    );
    expect(seen(el)).to.not.contain('det följer inte Open Badges 3.0');
    expect(log.events).to.have.length(1);
    expect(log.events[0].problems[0]).to.contain('VC-JWT');
    expect(log.console.join()).to.contain('VC-JWT');
    await setLang('en', el);
    expect(seen(el)).to.contain('signed compact form (VC-JWT)');
    await expect(el).to.be.accessible();
    await setLang('ar', el);
    expect(seen(el)).to.contain('VC-JWT');
    await expect(el).to.be.accessible();
  });

  it('accepts criteria: {} and an empty achievement name, as the schema does, and says the name is missing', async () => {
    const c = specExample() as Credential;
    Object.assign(c.credentialSubject.achievement, { name: '', criteria: {} });
    const el = await show(c);
    const heading = el.shadowRoot!.querySelector('[part="credential"] [role="heading"]')!;
    expect(normal(heading.textContent)).to.equal('Intyg utan namn');
    expect(fields(el)).to.include({ Utfärdare: 'Example Corp', Giltighet: 'Giltigt' });
    expect(log.events).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('rejects validFrom without a time zone and an Open Badges context that is not second', async () => {
    const noZone = specExample() as Credential;
    noZone.validFrom = '2010-01-01T00:00:00';
    const el = await show(noZone);
    expect(seen(el)).to.contain(INVALID_NOTICE);
    expect(log.events[0].problems.join()).to.contain('validFrom');
    const order = specExample() as Credential;
    order['@context'] = [order['@context'][0], 'https://w3id.org/security/data-integrity/v2', order['@context'][1]];
    el.credential = order;
    await el.updateComplete;
    expect(seen(el)).to.contain(INVALID_NOTICE);
    expect(log.events.at(-1)!.problems.join()).to.contain('must come second');
  });
});
