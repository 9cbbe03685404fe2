import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // The offline Clerk chunk carries clerk-js and MSW; it loads only when no publishable key is set.
  build: { chunkSizeWarningLimit: 2500 },
})
