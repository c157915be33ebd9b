// The CMS demo page (cms.html): the template script from source; the components from source too
// (the CDN file loads dist/cdn/trygg.js, the loader, beside it instead).
import { startCms } from '../src/cms/cms.js';

startCms(() => import('../src/index.js'));
