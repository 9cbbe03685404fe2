// Flowkit under @clerk/react-router: the production build of examples/react-router (made by
// `pnpm examples`), served by `react-router-serve` and driven in Debian’s Chromium by Playwright,
// against the offline Clerk.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, expect as baseExpect, type Page } from 'playwright/test'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { type AppServer, startAppServer } from '../../../scripts/e2e/app-server'
import { bundledCopies } from '../../../scripts/e2e/bundled-copies'
import { launchChromium } from '../../../scripts/e2e/chromium'

const exampleDir = fileURLToPath(new URL('..', import.meta.url))
// A busy 2-core machine: each client-side navigation asks the server for its loaders' data.
const expect = baseExpect.configure({ timeout: 15_000 })

let server: AppServer
let browser: Browser
let page: Page
let origin: string
/** Requests for other origins than the app's: Clerk's, which the sandbox's worker must answer. */
const elsewhere: { url: string; fromWorker: boolean }[] = []
const failed: string[] = []

beforeAll(async () => {
  if (!existsSync(`${exampleDir}/build/server/index.js`)) {
    throw new Error('examples/react-router is not built: run `pnpm examples` (packs the packages, installs, builds).')
  }
  server = await startAppServer({
    cwd: exampleDir,
    command: process.execPath,
    args: ['node_modules/@react-router/serve/bin.js', 'build/server/index.js'],
    env: { NODE_ENV: 'production' },
  })
  origin = server.origin
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1024, height: 720 } })
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin)
      elsewhere.push({ url: response.url(), fromWorker: response.fromServiceWorker() })
  })
  page.on('requestfailed', (request) => {
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

describe('examples/react-router: Flowkit under @clerk/react-router', { timeout: 90_000 }, () => {
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
    // No error about the attempt the reload dropped.
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

  it('bundles one copy of @clerk/react, shared by @clerk/react-router and Flowkit', () => {
    const copies = bundledCopies(`${exampleDir}/build/client`, '@clerk/react')
    expect(copies).toEqual([expect.stringMatching(/\/@clerk\+react@6\.18\.0_[^/]*\/node_modules\/@clerk\/react$/)])
  })
})
