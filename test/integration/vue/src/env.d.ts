/// <reference types="vite/client" />
import type {} from 'trygg-kit/vue';
