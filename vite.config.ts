import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer builds to dist/renderer; Electron loads it from there, web mode serves it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true },
});
