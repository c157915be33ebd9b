// The demo pages load the kit from source (Vite transforms TypeScript on the fly).
import '../src/index.js';
