// Time to input (issue 16): how soon the example app's sign-in page takes typing, next to when
// Clerk has loaded. The built examples/vite-react (`pnpm examples`) is served by `vite preview` and
// loaded cold in Debian's Chromium — a fresh browser context per load (no cache, no service worker
// yet) — five times unthrottled and five times at 4× CPU (CDP `Emulation.setCPUThrottlingRate`).
// Printed, never asserted: timings belong in a report, not in a test.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright'
import { preview } from 'vite'

const exampleDir = fileURLToPath(new URL('../../examples/vite-react', import.meta.url))
const LOADS = 5
const RATES = [1, 4]

// In the page, from its first script, in ms since navigation: the first frame in which the email
// field is there and enabled, and the first in which Clerk reports loaded (window.Clerk.loaded).
// The build prerenders the field, so it is there before the app's script has run. A frame means
// the main thread is free, so a keystroke then lands in the field; React keeps it when it hydrates
// (the example's e2e test).
const probe = () => {
  const marks = { input: null, clerk: null }
  Object.defineProperty(window, '__timeToInput', { value: marks })
  const check = () => {
    const field = document.querySelector('[data-flowkit-part="input"]')
    if (marks.input === null && field && !field.disabled) marks.input = performance.now()
    if (marks.clerk === null && window.Clerk?.loaded) marks.clerk = performance.now()
    if (marks.input === null || marks.clerk === null) requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function coldLoad(browser, url, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate })
    await page.addInitScript(probe)
    await page.goto(url)
    await page.waitForFunction(
      () => window.__timeToInput?.input !== null && window.__timeToInput?.clerk !== null,
      null,
      {
        timeout: 60_000,
      },
    )
    return await page.evaluate(() => window.__timeToInput)
  } finally {
    await context.close()
  }
}

/** `{ rows }` (one per CPU rate: medians in ms), or `{ skipped }` when the example is not built. */
export async function measureTimeToInput() {
  if (!existsSync(`${exampleDir}/dist/index.html`)) {
    return { skipped: 'examples/vite-react is not built: run `pnpm examples` first' }
  }
  const server = await preview({ root: exampleDir, configFile: false, logLevel: 'silent', preview: { port: 0 } })
  const url = `${server.resolvedUrls?.local[0]?.replace(/\/$/, '')}/sign-in`
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  try {
    const rows = []
    for (const rate of RATES) {
      const loads = []
      for (let load = 0; load < LOADS; load++) loads.push(await coldLoad(browser, url, rate))
      const input = median(loads.map((marks) => marks.input))
      const clerk = median(loads.map((marks) => marks.clerk))
      rows.push({ rate, input, clerk, beforeClerk: loads.every((marks) => marks.input < marks.clerk) })
    }
    return { rows }
  } finally {
    await browser.close()
    await server.close()
  }
}
