// The journey every framework example is held to: its production build (made by `pnpm examples`),
// served by the framework's own server and driven in Debian's Chromium by Playwright against the
// offline Clerk — server-rendered first screen, Back/Forward through the steps, a reload mid-flow,
// sign-up with code, terms and organization, a hostile redirect_url refused, sign-out and sign-in,
// nothing leaving the machine, and one @clerk/react in the client build. Each example's e2e test
// calls it with how to serve that framework's build.
import { existsSync } from 'node:fs'
import { type Browser, expect as baseExpect, type Page } from 'playwright/test'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { type AppServer, startAppServer } from './app-server'
import { bundledCopies } from './bundled-copies'
import { launchChromium } from './chromium'

export interface FrameworkApp {
  /** e.g. `examples/next-app`, in the suite's name and errors. */
  name: string
  /** The Clerk SDK whose provider the example uses, e.g. `@clerk/nextjs`. */
  sdk: string
  /** The example's folder (absolute). */
  dir: string
  /** A file of its production build, relative to `dir`: missing means `pnpm examples` has not run. */
  built: string
  /** Arguments to `node` that serve the build (`{port}` is replaced by a free port, also in `PORT`). */
  serve: string[]
  env?: Record<string, string>
  /** The client build's folder, relative to `dir`: where the module graph is read. */
  client: string
}

// A busy 2-core machine: a framework renders or loads each client-side navigation on the server.
const expect = baseExpect.configure({ timeout: 15_000 })

export function describeFrameworkApp(app: FrameworkApp) {
  let server: AppServer
  let browser: Browser
  let page: Page
  let origin: string
  /** Requests for other origins than the app's: Clerk's, which the sandbox's worker must answer. */
  const elsewhere: { url: string; fromWorker: boolean }[] = []
  const failed: string[] = []

  beforeAll(async () => {
    if (!existsSync(`${app.dir}/${app.built}`)) {
      throw new Error(`${app.name} is not built: run \`pnpm examples\` (packs the packages, installs, builds).`)
    }
    server = await startAppServer({ cwd: app.dir, command: process.execPath, args: app.serve, env: app.env })
    origin = server.origin
    browser = await launchChromium()
    page = await browser.newPage({ viewport: { width: 1024, height: 720 } })
    page.on('response', (response) => {
      if (new URL(response.url()).origin !== origin)
        elsewhere.push({ url: response.url(), fromWorker: response.fromServiceWorker() })
    })
    page.on('requestfailed', (request) => {
      // Only Clerk's: a router may abort its own prefetches when a newer navigation replaces them.
      if (new URL(request.url()).origin !== origin) failed.push(request.url())
    })
  }, 90_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const heading = (name: string | RegExp) => page.getByRole('heading', { name })
  const emailAddress = 'grace@example.com'
  const hostile = 'https://evil.example/phish'
  const address = () => {
    const url = new URL(page.url())
    return url.origin === origin ? url.pathname + url.search : url.href
  }

  async function enterCode() {
    const inbox = page.getByRole('complementary', { name: 'Offline inbox' })
    await expect(inbox).toContainText(`Code for ${emailAddress}`)
    await page.getByLabel('Verification code').fill((await inbox.locator('output').textContent()) ?? '')
  }

  async function continueWithEmail() {
    await page.getByLabel('Email address').fill(emailAddress)
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(heading('Check your email')).toBeVisible()
  }

  describe(`${app.name}: Flowkit under ${app.sdk}`, { timeout: 90_000 }, () => {
    it('server-renders the sign-in page ready to type into before Clerk loads, the task page with its fallback', async () => {
      const signIn = await (await fetch(`${origin}/sign-in?redirect_url=%2Fdashboard`)).text()
      expect(signIn).toMatch(/<div data-flowkit-part="drop-in"[^>]*data-step="identifier"/)
      expect(signIn).toMatch(/<input data-flowkit-part="input"[^>]*type="email"/)
      expect(signIn).not.toMatch(/<input[^>]*disabled/)
      expect(signIn).not.toContain('<p>Loading sign-in…</p>')
      // A step's address before Clerk has loaded: the server cannot know the attempt, so it starts over.
      const stepUnderPath = await fetch(`${origin}/sign-in/factor-one`)
      expect(stepUnderPath.status).toBe(200)
      expect(await stepUnderPath.text()).toMatch(/data-step="identifier"/)
      expect(await (await fetch(`${origin}/organization`)).text()).toContain('<p>Loading organizations…</p>')
    })

    it('sends a signed-out visitor of the protected page to sign in; Back and Forward follow the steps', async () => {
      await page.goto(`${origin}/dashboard`)
      await expect(heading('Sign in or sign up')).toBeVisible()
      await expect.poll(address).toBe('/sign-in?redirect_url=%2Fdashboard')

      await continueWithEmail()
      await expect.poll(address).toBe('/sign-in/factor-one?redirect_url=%2Fdashboard')
      await page.goBack()
      await expect(heading('Sign in or sign up')).toBeVisible()
      await expect.poll(address).toBe('/sign-in?redirect_url=%2Fdashboard')
      await expect(page.getByLabel('Email address')).toHaveValue(emailAddress)
      // The code step cannot be redone from history: the address is put back on the step shown.
      await page.goForward()
      await expect.poll(address).toBe('/sign-in?redirect_url=%2Fdashboard')
      await expect(heading('Sign in or sign up')).toBeVisible()
    })

    it('starts the flow cleanly again when the page is reloaded mid-flow', async () => {
      await page.getByRole('button', { name: 'Continue' }).click()
      await expect(heading('Check your email')).toBeVisible()
      await expect.poll(address).toBe('/sign-in/factor-one?redirect_url=%2Fdashboard')
      // The offline Clerk lives in the tab: a reload is a new, empty instance, so the flow restarts.
      await page.reload()
      await expect(heading('Sign in or sign up')).toBeVisible()
      await expect.poll(address).toBe('/sign-in?redirect_url=%2Fdashboard')
      await expect(page.getByLabel('Email address')).toHaveValue('')
      // No error about the attempt the reload dropped (a router's route announcer is an alert of its own).
      await expect(page.locator('[data-flowkit-part="drop-in"]').getByRole('alert')).toHaveCount(0)
    })

    it('signs up (code, terms, organization) and refuses a redirect_url to another site', async () => {
      await page.goto(`${origin}/sign-in?redirect_url=${encodeURIComponent(hostile)}`)
      await continueWithEmail()
      await enterCode()
      await expect(heading('Complete your account')).toBeVisible()
      await expect.poll(address).toBe(`/sign-in/continue?redirect_url=${encodeURIComponent(hostile)}`)
      await page.getByRole('checkbox', { name: /I agree to the Terms of Service/ }).check()
      await page.getByRole('button', { name: 'Continue' }).click()

      // No organization yet: the task can only create one, and says so.
      await expect(heading('Create an organization')).toBeVisible()
      await expect.poll(address).toBe(`/organization?redirect_url=${encodeURIComponent(hostile)}`)
      await page.getByLabel('Organization name').fill('Acme Rockets')
      await page.getByRole('button', { name: 'Create organization' }).click()

      // Not evil.example: the redirect is refused and the task's default, the home page, is used.
      await expect(heading('Welcome to Acme')).toBeVisible()
      await expect.poll(address).toBe('/')
      await page.getByRole('link', { name: 'Open the dashboard' }).click()
      await expect(page.getByText(`Signed in as ${emailAddress} in Acme Rockets.`)).toBeVisible()
    })

    it('signs out, then signs in again with a code, back to the protected page it asked for', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click()
      await expect(heading('Welcome to Acme')).toBeVisible()
      await page.getByRole('link', { name: 'Dashboard', exact: true }).click()
      await expect(heading('Sign in or sign up')).toBeVisible()
      await expect.poll(address).toBe('/sign-in?redirect_url=%2Fdashboard')

      await continueWithEmail()
      await enterCode()
      await expect(heading('Choose an organization')).toBeVisible()
      await expect.poll(address).toBe('/organization?redirect_url=%2Fdashboard')
      await page.getByRole('button', { name: /Acme Rockets/ }).click()
      await expect(heading('Dashboard')).toBeVisible()
      await expect.poll(address).toBe('/dashboard')
      await expect(page.getByText(`Signed in as ${emailAddress} in Acme Rockets.`)).toBeVisible()
    })

    it('had every request for Clerk answered by the sandbox’s worker: nothing left the machine', () => {
      expect(elsewhere.length).toBeGreaterThan(0)
      expect(elsewhere.filter((request) => !request.fromWorker)).toEqual([])
      expect(elsewhere.filter((request) => new URL(request.url).hostname === 'evil.example')).toEqual([])
      expect(failed).toEqual([])
    })

    it(`bundles one copy of @clerk/react, shared by ${app.sdk} and Flowkit`, () => {
      const copies = bundledCopies(`${app.dir}/${app.client}`, '@clerk/react')
      expect(copies).toEqual([expect.stringMatching(/\/@clerk\+react@6\.18\.0_[^/]*\/node_modules\/@clerk\/react$/)])
    })
  })
}
