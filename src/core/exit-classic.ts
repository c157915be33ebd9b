/**
 * Entry of `dist/cdn/exit-core.js`: the exit core as a classic script (built as an IIFE, no
 * `export`), so it can be pasted inline in `<head>` and installs at once, before the parser goes
 * on. Its API is on `window[Symbol.for('trygg-kit.exit')]` (see {@link ExitCore}).
 */
import { installExit, type ExitCore } from './exit.js';

installExit() satisfies ExitCore;
