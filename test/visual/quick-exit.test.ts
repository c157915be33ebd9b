import { visualMatrix } from './visual-matrix.js';

visualMatrix('quick-exit');
