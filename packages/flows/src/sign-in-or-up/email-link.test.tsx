import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com' }

afterEach(() => window.history.replaceState({}, '', '/'))

describe('email link', () => {
  it('waits on the email-link step, and signs in here once the link is opened', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailLink, users: [ada] },
      <SignInOrUpScreen options={{ navigate, mode: 'standard' }} />,
    )
    await screen.findByRole('heading', { name: 'identifier' })
    await user.type(screen.getByLabelText('Identifier'), ada.emailAddress)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'email-link' })
    expect(screen.getByText('Sent to ada@example.com')).toBeInTheDocument()

    await sandbox.outbox.click(sandbox.outbox.latest(ada.emailAddress))
    // clerk-js polls the sign-in every second or so.
    await screen.findByRole('heading', { name: 'complete' }, { timeout: 4000 })
    expect(visited).toEqual(['/'])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({ strategy: 'email_link' })
  })

  it.each([
    ['expired', 'Expired. Ask for a new one.'],
    ['client_mismatch', 'Open the link on the device that asked for it.'],
    ['failed', 'Something went wrong. Try again.'],
  ])('lands on the identifier step with a message when the link was %s', async (status, message) => {
    window.history.replaceState({}, '', `/sign-in?__clerk_status=${status}`)
    renderWithSandbox(server, { ...presets.emailLink, users: [ada] }, <SignInOrUpScreen />)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
  })

  it('shows the journey as complete when the link was verified on another device', async () => {
    window.history.replaceState({}, '', '/sign-in?__clerk_status=verified&__clerk_created_session=sess_9')
    const { visited, navigate } = recordNavigations()
    renderWithSandbox(server, { ...presets.emailLink, users: [ada] }, <SignInOrUpScreen options={{ navigate }} />)
    await screen.findByRole('heading', { name: 'complete' })
    await waitFor(() => expect(visited).toEqual([]))
  })
})
