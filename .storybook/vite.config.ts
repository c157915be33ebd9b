import { defineConfig } from 'vite';

// Storybook's own Vite settings (the root vite.config.ts is the demo server).
export default defineConfig({
  build: { chunkSizeWarningLimit: 2000 },
});
