import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The admin console is served by the gateway under /admin (static files from admin/dist).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // No inline scripts: the gateway serves the console with a strict CSP (script-src 'self').
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    // `npx vite admin` during development: API calls go to a gateway on :8000.
    proxy: { '/admin/api': 'http://127.0.0.1:8000' },
  },
});
