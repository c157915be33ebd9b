// The demo pages load the kit from source (Vite transforms TypeScript on the fly).
import './errors.js';
import '../src/index.js';
