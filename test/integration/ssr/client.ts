// The client of a server-rendered page: Lit's hydrate support first, then the kit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'trygg-kit';
