/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const server = 'http://localhost:8080';

export default defineConfig({
  base: '/',
  plugins: [preact()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    proxy: {
      '/api': server,
      // Only the form POST matters; GET /login is the SPA page itself.
      '/login': {
        target: server,
        bypass: (req) => (req.method === 'POST' ? undefined : req.url),
      },
      '/logout': server,
      '/ws': { target: server, ws: true },
      // The customer's video socket only: `/v/{token}` pages are the SPA's.
      '^/v/ws$': { target: server, ws: true },
      '/actuator': server,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
