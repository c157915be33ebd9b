/**
 * Never silent: every way a CMS (or a framework) is known to damage an embed gives a visible notice
 * in an editor's words, a trygg-data-error naming the likely cause, and a console message pointing
 * to docs/cms.md, while what can be shown still shows. The page is real HTML loaded with the built
 * CDN files in a second tab (test/support/browser-plugin.mjs), so "left empty" is checked the way a
 * page meets it: after the page has loaded.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Shown {
  notice: string | null;
  shown: string;
  causes: (string | null)[];
  messages: string[];
}
interface DamageCheck {
  result: { elements: Record<string, Shown>; console: string[]; axe: string[] } | null;
  errors: string[];
}

describe('CMS damage is never silent', function () {
  this.timeout(30000);
  let r: DamageCheck['result'];

  before(async () => {
    const response = await fetch('/dist/cdn/trygg.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/cdn is missing: run `npm run build` before the browser tests');
    const check = await executeServerCommand<DamageCheck, { page: string }>('page-check', {
      page: 'cms/fixtures/damage.html',
    });
    expect(check.errors).to.deep.equal([]);
    r = check.result;
    expect(r, 'the page reported').to.not.equal(null);
  });

  const cms =
    /^Publiceringsverktyget kan ha tagit bort eller ändrat uppgifterna\. Läs mer i docs\/cms\.md i trygg-kit\.$/;
  const cases: [id: string, cause: string, notice: RegExp][] = [
    ['empty-plan', 'empty', cms],
    ['empty-badge', 'empty', cms],
    ['text-plan', 'inline-json-text', cms],
    ['attribute-card', 'data-attribute', cms],
    ['relative-plan', 'src-relative-not-found', cms],
    ['missing-card', 'src-not-found', /^De lokala kontakterna kan inte visas just nu\. Ring 112 vid akut fara\.$/],
    ['page-badge', 'src-not-json', cms],
  ];
  for (const [id, cause, notice] of cases) {
    it(`${id}: a notice an editor understands, one event with cause "${cause}", and the console`, () => {
      const el = r!.elements[id];
      expect(el.notice).to.match(notice);
      expect(el.causes).to.deep.equal([cause]);
      expect(el.messages[0]).to.contain('see docs/cms.md');
      expect(r!.console.some((line) => line.includes('docs/cms.md') && line.startsWith(`trygg-`))).to.equal(true);
    });
  }

  it('what can be shown still shows: the measure read from the text, 112 beside a bad data attribute', () => {
    expect(r!.elements['text-plan'].shown).to.contain('Utbildning av personal');
    expect(r!.elements['attribute-card'].shown).to.contain('112');
    expect(r!.elements['missing-card'].shown).to.contain('112');
  });

  it('the console names the relative address and the fix', () => {
    const line = r!.console.find((l) => l.includes('could not load "handlingsplan.json" (HTTP 404'));
    expect(line).to.contain('may have rewritten "/file.json" to "file.json"; use the full address');
  });

  it('every damaged state passes axe', () => {
    expect(r!.axe).to.deep.equal([]);
  });
});
