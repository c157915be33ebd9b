import { visualMatrix } from './visual-matrix.js';

visualMatrix('training-badge');
