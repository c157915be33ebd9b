import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeHttpsUrl, safeUrl } from '../../src/core/safe-url.js';
import { telUrl } from '../../src/core/phone.js';

describe('safeUrl', () => {
  it('keeps https:, tel:, sms: and mailto:', () => {
    expect(safeUrl('https://kvinnofridslinjen.se/')).to.equal('https://kvinnofridslinjen.se/');
    expect(safeUrl('tel:020505050')).to.equal('tel:020505050');
    expect(safeUrl('sms:+46700000000')).to.equal('sms:+46700000000');
    expect(safeUrl('mailto:fraga@example.se')).to.equal('mailto:fraga@example.se');
    expect(safeUrl('  HTTPS://Example.se/a ')).to.equal('https://example.se/a');
  });

  it('keeps same-origin relative references as written', () => {
    expect(safeUrl('/stod')).to.equal('/stod');
    expect(safeUrl('../../a?b=c#d')).to.equal('../../a?b=c#d');
    expect(safeUrl('#kontakt')).to.equal('#kontakt');
    expect(safeUrl('page.html')).to.equal('page.html');
  });

  it('drops every other scheme, including the tricks the URL parser normalises', () => {
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://example.se/',
      'ftp://example.se/',
      'file:///etc/passwd',
      'blob:https://example.se/uuid',
      '//evil.example/',
      '\\\\evil.example\\x',
      '/\\evil.example/',
      'https://user:secret@example.se/',
      '',
      '   ',
    ];
    for (const value of bad) expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
  });

  it('drops non-strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://a.se'], true]) expect(safeUrl(value)).to.equal(undefined);
  });

  it('can be limited to https: without relative references', () => {
    expect(safeHttpsUrl('https://www.smhi.se/')).to.equal('https://www.smhi.se/');
    expect(safeHttpsUrl('/relative')).to.equal(undefined);
    expect(safeHttpsUrl('tel:112')).to.equal(undefined);
  });

  it('never returns a URL with another scheme, for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'data:', 'JAVA\tSCRIPT:')).map(String),
        (value) => {
          const result = safeUrl(value);
          if (result === undefined) return true;
          const url = new URL(result, document.baseURI);
          return ['https:', 'tel:', 'sms:', 'mailto:'].includes(url.protocol) || url.origin === location.origin;
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe('telUrl', () => {
  it('turns a number as written into a dialable tel: URL', () => {
    expect(telUrl('020-50 50 50')).to.equal('tel:020505050');
    expect(telUrl('114 14')).to.equal('tel:11414');
    expect(telUrl('+46 (0)8-123 45 67'), 'the trunk 0 after the country code is dropped').to.equal('tel:+4681234567');
    expect(telUrl('112')).to.equal('tel:112');
    expect(telUrl('+46700000000', 'sms:')).to.equal('sms:+46700000000');
  });

  it('refuses anything that is not a phone number', () => {
    for (const value of ['', 'ring oss', '020-50 50 50; javascript:x', '1', '+', '12345678901234567890123']) {
      expect(telUrl(value), value).to.equal(undefined);
    }
  });
});
