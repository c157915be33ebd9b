/**
 * The four rich-text sanitizers web editors' CMSs run, each with its DEFAULT configuration, as real
 * packages (devDependencies): DOMPurify 3, sanitize-html (in Node, through the test server), TinyMCE 8
 * and CKEditor 5 (editors in this page). Each takes the HTML an editor pastes and returns what the
 * CMS would store.
 */
import DOMPurify from 'dompurify';
// CKEditor 5 (the ckeditor5 48 package's own parts, imported one by one: the whole bundle also loads
// plugins such as emoji that need a CommonJS dependency and add nothing here).
import { ClassicEditor } from '@ckeditor/ckeditor5-editor-classic';
import { Essentials } from '@ckeditor/ckeditor5-essentials';
import { Paragraph } from '@ckeditor/ckeditor5-paragraph';
import { Heading } from '@ckeditor/ckeditor5-heading';
import { Link } from '@ckeditor/ckeditor5-link';
import { List } from '@ckeditor/ckeditor5-list';
import { Bold, Italic } from '@ckeditor/ckeditor5-basic-styles';
import { BlockQuote } from '@ckeditor/ckeditor5-block-quote';
import { Autoformat } from '@ckeditor/ckeditor5-autoformat';
import { executeServerCommand } from '@web/test-runner-commands';

export type Sanitize = (html: string) => Promise<string>;

/** DOMPurify 3, default config. */
export const dompurify: Sanitize = (html) => Promise.resolve(DOMPurify.sanitize(html));

/** sanitize-html, default options (run in Node by test/support/browser-plugin.mjs). */
export const sanitizeHtml: Sanitize = (html) =>
  executeServerCommand<string, { html: string }>('sanitize-html', { html });

interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
  remove(): void;
}
interface TinyMce {
  init(settings: Record<string, unknown>): Promise<TinyEditor[]>;
}

/** TinyMCE 8 as self-hosted (the GPL license key is the only setting: without one it refuses to run). */
export async function tinymce(): Promise<{ sanitize: Sanitize; remove: () => void }> {
  const win = window as unknown as { tinymce?: TinyMce };
  if (!win.tinymce) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/tinymce/tinymce.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  const target = document.createElement('textarea');
  document.body.append(target);
  const [editor] = await win.tinymce!.init({ target, license_key: 'gpl' });
  return {
    sanitize: (html) => {
      editor.setContent(html);
      return Promise.resolve(editor.getContent());
    },
    remove: () => {
      editor.remove();
      target.remove();
    },
  };
}

/** CKEditor 5 ClassicEditor with the plugins of its former classic build that concern text. */
export async function ckeditor(): Promise<{ sanitize: Sanitize; remove: () => Promise<void> }> {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = await ClassicEditor.create({
    attachTo: element,
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Heading, Link, List, Bold, Italic, BlockQuote, Autoformat],
  });
  return {
    sanitize: (html) => {
      editor.setData(html);
      return Promise.resolve(editor.getData());
    },
    remove: async () => {
      await editor.destroy();
      element.remove();
    },
  };
}
