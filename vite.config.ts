// The web UI (src/web) → dist/web, served by `sift serve`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 200,
  },
});
