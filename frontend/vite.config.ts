/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API is served by the Quarkus app on the same origin; `npm run dev` proxies to it.
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:4000';
const apiPaths = ['shows', 'bookings', 'auth', 'me', 'health', 'q'];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    // Whole path segments only: /bookings and /me are the API, /booking/<id> and /my-bookings pages of this app.
    proxy: Object.fromEntries(apiPaths.map((path) => [`^/${path}(/|\\?|$)`, { target: apiTarget }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Libraries in chunks of their own: each stays under Vite's 500 kB warning, and a release
        // of the app alone leaves the browser's cached copies of them valid.
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client', 'react-router'],
          motion: ['motion/react'],
          query: ['@tanstack/react-query'],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/testing/setup.ts'],
    restoreMocks: true,
    // A whole user journey per test, which a busy machine (parallel builds) may slow down a lot.
    testTimeout: 20_000,
    env: { TZ: 'UTC' },
  },
});
