import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { SignInOrUpFlow } from '../sign-in-or-up/types'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }

afterEach(() => window.history.replaceState({}, '', '/'))

async function signIn(options: Parameters<typeof SignInOrUpScreen>[0]['options'] = {}) {
  const { visited, navigate } = recordNavigations()
  const { user } = renderWithSandbox(
    server,
    { ...presets.emailPassword, users: [ada] },
    <SignInOrUpScreen options={{ navigate, ...options }} />,
  )
  await user.type(await screen.findByLabelText('Identifier'), ada.emailAddress)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.type(await screen.findByLabelText('Password'), ada.password)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { name: 'complete' })
  return visited
}

describe('where the flow sends the user', () => {
  it('follows redirect_url from the query string over the fallback', async () => {
    window.history.replaceState({}, '', '/sign-in?redirect_url=%2Forders%3Fpage%3D2')
    expect(await signIn({ fallbackRedirectUrl: '/home' })).toEqual(['/orders?page=2'])
  })

  it('refuses a redirect_url on another origin and uses the fallback', async () => {
    window.history.replaceState({}, '', '/sign-in?redirect_url=https%3A%2F%2Fevil.example%2Fsteal')
    expect(await signIn({ fallbackRedirectUrl: '/home' })).toEqual(['/home'])
  })

  it('lets forceRedirectUrl win over redirect_url', async () => {
    window.history.replaceState({}, '', '/sign-in?redirect_url=%2Forders')
    expect(await signIn({ forceRedirectUrl: '/forced' })).toEqual(['/forced'])
  })

  it('prefills the identifier from the query string', async () => {
    window.history.replaceState({}, '', '/sign-in?email_address=ada%40example.com')
    const states: SignInOrUpFlow[] = []
    renderWithSandbox(server, { ...presets.emailPassword, users: [ada] }, <SignInOrUpScreen states={states} />)
    await screen.findByRole('heading', { name: 'identifier' })
    expect(states.at(-1)?.identifier).toBe('ada@example.com')
  })

  it('sends a pending task to its taskUrls entry, keeping redirect_url, and does not render it here too', async () => {
    window.history.replaceState({}, '', '/sign-in?redirect_url=%2Forders')
    // As an app's router that has not left this page yet would (Next.js, React Router render the
    // next page a moment later): the flow stays mounted after it navigates.
    const { visited, navigate } = recordNavigations()
    const states: SignInOrUpFlow[] = []
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, domains: false },
        },
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: ada.emailAddress, organizations: ['acme'] }],
      },
      <SignInOrUpScreen
        options={{ navigate, taskUrls: { 'choose-organization': '/onboarding/organization' } }}
        states={states}
      />,
    )
    await user.type(await screen.findByLabelText('Identifier'), ada.emailAddress)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(await screen.findByLabelText('Code'), sandbox.outbox.latestCode(ada.emailAddress))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await expect.poll(() => visited).toEqual(['/onboarding/organization?redirect_url=%2Forders'])
    expect(await screen.findByRole('heading', { name: 'complete' })).toBeInTheDocument()
    expect(states.map((flow) => flow.step.name)).not.toContain('task')
  })

  it('renders a pending task itself when taskUrls does not name it', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, domains: false },
        },
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: ada.emailAddress, organizations: ['acme'] }],
      },
      <SignInOrUpScreen options={{ navigate, taskUrls: { 'setup-mfa': '/onboarding/mfa' } }} />,
    )
    await user.type(await screen.findByLabelText('Identifier'), ada.emailAddress)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(await screen.findByLabelText('Code'), sandbox.outbox.latestCode(ada.emailAddress))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { name: 'task' })).toBeInTheDocument()
    expect(visited).toEqual([])
  })
})
