import { tanstackStart } from '@tanstack/react-start/plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [tanstackStart(), react()],
  build: {
    // The e2e test reads the client bundles' source maps to count the copies of @clerk/react.
    sourcemap: true,
    // The offline Clerk chunk carries clerk-js and MSW; it loads only when no publishable key is set.
    chunkSizeWarningLimit: 2500,
  },
})
