import { a11yMatrix } from './a11y-matrix.js';

a11yMatrix('support-card', 'dark');
