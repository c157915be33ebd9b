import type {} from 'trygg-kit/svelte';
