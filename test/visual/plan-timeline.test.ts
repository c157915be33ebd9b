import { visualMatrix } from './visual-matrix.js';

visualMatrix('plan-timeline');
