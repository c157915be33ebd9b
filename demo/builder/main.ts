// demo/builder.html: the builder in the page's <div id="builder">.
import { mountBuilder } from './builder.js';

const container = document.getElementById('builder');
if (container) mountBuilder(container);
