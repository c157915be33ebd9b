import { visualMatrix } from './visual-matrix.js';

visualMatrix('support-card');
