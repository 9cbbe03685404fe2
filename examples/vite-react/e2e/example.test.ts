// The packed packages in a real app: builds of examples/vite-react (made by `pnpm examples`) are
// served and driven in Debian's Chromium by Playwright, as a user would, against the offline Clerk.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, expect, type Page } from 'playwright/test'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, it } from 'vitest'

const exampleDir = fileURLToPath(new URL('..', import.meta.url))
const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}.png`, import.meta.url))

let server: PreviewServer
let browser: Browser
let page: Page
let origin: string

beforeAll(async () => {
  if (!existsSync(`${exampleDir}/dist/index.html`)) {
    throw new Error('examples/vite-react is not built: run `pnpm examples` (packs the packages, installs, builds).')
  }
  server = await preview({ root: exampleDir, configFile: false, logLevel: 'silent', preview: { port: 0 } })
  origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  })
  page = await browser.newPage({ viewport: { width: 1024, height: 720 } })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const heading = (name: string | RegExp) => page.getByRole('heading', { name })
const emailAddress = 'grace@example.com'

async function enterCode(on = page) {
  const code = (await on.getByRole('complementary', { name: 'Offline inbox' }).locator('output').textContent()) ?? ''
  await on.getByLabel('Verification code').fill(code)
}

/**
 * A cold visit in a browser context of its own, with the files matching `held` answered only once
 * `release()` is called. `close()` ends the visit.
 */
async function coldVisitHolding(held: string) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 720 } })
  let release = () => {}
  const releasing = new Promise<void>((resolve) => {
    release = resolve
  })
  await context.route(held, async (route) => {
    await releasing
    await route.continue()
  })
  return { visitor: await context.newPage(), release, close: () => context.close() }
}

describe('examples/vite-react with the packed packages', () => {
  it('sends a signed-out visitor of the protected page to sign in, themed by the reference CSS, light and dark', async () => {
    await page.goto(`${origin}/dashboard`)
    await expect(heading('Sign in or sign up')).toBeVisible()
    expect(new URL(page.url()).searchParams.get('redirect_url')).toBe('/dashboard')
    // The consumer's override of --flowkit-accent reaches the submit button.
    const submit = page.getByRole('button', { name: 'Continue', exact: true })
    await expect(submit).toHaveCSS('background-color', 'rgb(15, 118, 110)')
    // The README's pictures, once Clerk's settings have filled in the social row. No caret or
    // animation in them, so a rerun writes the same bytes (a clean tree after tests).
    await expect(page.getByRole('button', { name: 'Continue with Google' })).toBeVisible()
    const shoot = (name: string) => page.screenshot({ path: docs(name), caret: 'hide', animations: 'disabled' })
    await shoot('example-theme')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(submit).toHaveCSS('background-color', 'rgb(94, 234, 212)')
    await shoot('example-theme-dark')
    await page.setViewportSize({ width: 375, height: 740 })
    // On a phone the card fits the screen: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await shoot('example-theme-mobile-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await shoot('example-theme-mobile')
    await page.setViewportSize({ width: 1024, height: 720 })
  })

  it('signs up a new user: email, code, terms, then creates an organization', async () => {
    await page.getByLabel('Email address').fill(emailAddress)
    await page.getByRole('button', { name: 'Continue', exact: true }).click()
    await expect(heading('Check your email')).toBeVisible()
    await enterCode()
    await expect(heading('Complete your account')).toBeVisible()
    await page.getByRole('checkbox', { name: /I agree to the Terms of Service/ }).check()
    await page.getByRole('button', { name: 'Continue', exact: true }).click()

    // No organization yet: the task can only create one, and says so.
    await expect(heading('Create an organization')).toBeVisible()
    expect(new URL(page.url()).pathname).toBe('/organization')
    // The task page has no drop-in around the task: the theme's variables still reach it.
    await expect(page.getByRole('button', { name: 'Create organization' })).toHaveCSS(
      'background-color',
      'rgb(15, 118, 110)',
    )
    await page.getByLabel('Organization name').fill('Acme Rockets')
    await page.getByRole('button', { name: 'Create organization' }).click()

    await expect(heading('Dashboard')).toBeVisible()
    await expect(page.getByText(`Signed in as ${emailAddress} in Acme Rockets.`)).toBeVisible()
  })

  it('signs out, signs in again with a code, and picks the organization it created', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(heading('Welcome to Acme')).toBeVisible()
    await page.getByRole('link', { name: 'Sign in' }).click()

    await page.getByLabel('Email address').fill(emailAddress)
    await page.getByRole('button', { name: 'Continue', exact: true }).click()
    await expect(heading('Check your email')).toBeVisible()
    await enterCode()

    await expect(heading('Choose an organization')).toBeVisible()
    await page.getByRole('button', { name: /Acme Rockets/ }).click()
    await expect(heading('Dashboard')).toBeVisible()
    await expect(page.getByText(`Signed in as ${emailAddress} in Acme Rockets.`)).toBeVisible()
  })

  it('serves the sign-in page as HTML with the email field ready to type into', async () => {
    // What the server sends, before any script: the build prerendered the card.
    const html = await (await fetch(`${origin}/sign-in`)).text()
    expect(html).toContain('<div id="root" data-page="sign-in">')
    expect(html).toMatch(/<input data-flowkit-part="input"[^>]*type="email"[^>]*name="identifier"/)
    expect(html).not.toMatch(/<input[^>]*disabled/)
    // Its submit waits for the page's script: before it, Enter would be the browser's own submit,
    // a page load that loses what was typed.
    expect(html).toMatch(/<button data-flowkit-part="submit" type="submit" disabled="">Continue<\/button>/)
  })

  it('keeps what was typed into the server-rendered field before the app had run, and signs up with it', async () => {
    // Every script held: the page is only the prerendered HTML.
    const { visitor, release: releaseScripts, close } = await coldVisitHolding('**/assets/*.js')
    // A hydration mismatch is a console error (React then renders the page afresh).
    const consoleErrors: string[] = []
    visitor.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    try {
      // Not waiting for DOMContentLoaded: it waits for the page's (held) module scripts.
      await visitor.goto(`${origin}/sign-in`, { waitUntil: 'commit' })
      const field = visitor.getByLabel('Email address')
      await field.fill('prerendered@example.com')
      const submit = visitor.getByRole('button', { name: 'Continue', exact: true })
      await expect(submit).toBeDisabled()
      expect(await visitor.evaluate(() => 'Clerk' in window)).toBe(false)
      const fieldBefore = await field.boundingBox()

      releaseScripts()
      await expect(submit).toBeEnabled()
      await expect(field).toHaveValue('prerendered@example.com')
      // Clerk's settings fill in the social row below the field: what the user types into stays put.
      await expect(visitor.getByRole('button', { name: 'Continue with Google' })).toBeVisible()
      expect(await field.boundingBox()).toEqual(fieldBefore)
      await submit.click()
      await expect(visitor.getByText('We sent a code to prerendered@example.com.')).toBeVisible()
      expect(consoleErrors).toEqual([])
    } finally {
      await close()
    }
  })

  it('takes the email and the submit before Clerk has loaded, and signs up with them once it has', async () => {
    // The offline Clerk loads once MSW's worker runs, so holding the worker's script holds Clerk:
    // released only after the user has typed and submitted.
    const { visitor, release: releaseWorker, close } = await coldVisitHolding('**/mockServiceWorker.js')
    try {
      await visitor.goto(`${origin}/sign-in`)
      await visitor.getByLabel('Email address').fill('early@example.com')
      await visitor.getByRole('button', { name: 'Continue', exact: true }).click()
      await expect(visitor.getByRole('button', { name: /Continuing/ })).toHaveAttribute('aria-busy', 'true')
      expect(await visitor.evaluate(() => (window as { Clerk?: { loaded?: boolean } }).Clerk?.loaded)).not.toBe(true)

      releaseWorker()
      await expect(visitor.getByRole('heading', { name: 'Check your email' })).toBeVisible()
      await expect(visitor.getByText('We sent a code to early@example.com.')).toBeVisible()
      await enterCode(visitor)
      await visitor.getByRole('checkbox', { name: /I agree to the Terms of Service/ }).check()
      await visitor.getByRole('button', { name: 'Continue', exact: true }).click()
      await expect(visitor.getByRole('heading', { name: 'Create an organization' })).toBeVisible()
    } finally {
      await close()
    }
  })
})
