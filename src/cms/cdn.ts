/**
 * Entry of `dist/cdn/trygg-cms.js`, the script a site administrator puts in the page template once
 * (docs/snippets/template.html): the snippets become elements, and the elements are defined by the
 * loader beside this file (`./trygg.js`, resolved from this file's own address).
 */
import { startCms } from './cms.js';

// A variable, not a literal: bundlers would take `new URL('./trygg.js', import.meta.url)` for an asset.
const loader = './trygg.js';
startCms(() => import(/* @vite-ignore */ new URL(loader, import.meta.url).href));
