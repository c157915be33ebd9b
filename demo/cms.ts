// The CMS demo page (cms.html): the template script from source, with the loader from source.
import { startCms } from '../src/cms/cms.js';

startCms(() => import('../src/loader.js'));
