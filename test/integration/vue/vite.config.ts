import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('trygg-') } } })],
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
});
