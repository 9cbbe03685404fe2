import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import {
  createChooseOrganization,
  createResetPasswordTask,
  createSetupMfa,
  fieldError,
  flowError,
} from '../test/flow-fixture'
import { ChooseOrganizationTask } from './choose-organization-task'
import { ResetPasswordTask } from './reset-password-task'
import { SetupMfaTask } from './setup-mfa-task'

const organization = (id: string, name: string) => ({ id, name, slug: null, imageUrl: null })

describe('ChooseOrganizationTask', () => {
  it('lists memberships, invitations and suggestions, and selects the one chosen', async () => {
    const items = [
      { kind: 'membership' as const, id: 'orgmem_1', organization: organization('org_1', 'Acme') },
      { kind: 'invitation' as const, id: 'orginv_1', organization: organization('org_2', 'Globex') },
    ]
    const task = createChooseOrganization({ items, select: vi.fn(async () => {}) })
    render(<ChooseOrganizationTask task={task} />)
    expect(screen.getByRole('heading', { name: 'Choose an organization' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Globex Invitation' }))
    expect(task.select).toHaveBeenCalledExactlyOnceWith(items[1])
  })

  it('loads more while there are more', async () => {
    const task = createChooseOrganization({ hasMore: true, loadMore: vi.fn(async () => {}) })
    render(<ChooseOrganizationTask task={task} />)
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(task.loadMore).toHaveBeenCalledOnce()
  })

  it('creates an organization, showing a name error on the name field', async () => {
    const task = createChooseOrganization({
      create: vi.fn(async () => {}),
      error: fieldError('organizationName', 'invalid_input', 'Name taken.'),
    })
    render(<ChooseOrganizationTask task={task} />)
    const name = screen.getByRole('textbox', { name: 'Organization name' })
    expect(name).toHaveAccessibleDescription('Name taken.')
    await userEvent.type(name, ' Initech {Enter}')
    expect(task.create).toHaveBeenCalledExactlyOnceWith({ name: 'Initech' })
  })

  it('has no create form when creating is not allowed', () => {
    render(<ChooseOrganizationTask task={createChooseOrganization({ canCreate: false })} />)
    expect(screen.queryByRole('textbox')).toBeNull()
  })
})

describe('ResetPasswordTask', () => {
  it('sets the new password, signing out other devices unless unticked', async () => {
    const task = createResetPasswordTask({ submit: vi.fn(async () => {}) })
    render(<ResetPasswordTask task={task} />)
    await userEvent.type(screen.getByLabelText('New password'), 'n3w-passw0rd')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }))
    await userEvent.click(screen.getByRole('button', { name: 'Reset password' }))
    expect(task.submit).toHaveBeenCalledExactlyOnceWith({ password: 'n3w-passw0rd', signOutOfOtherSessions: false })
  })

  it('shows an error without a field as an alert', () => {
    render(
      <ResetPasswordTask task={createResetPasswordTask({ error: flowError('server', 'Something went wrong.') })} />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
  })
})

describe('SetupMfaTask', () => {
  it('starts, then shows the secret and verifies the code, then shows the backup codes once', async () => {
    const task = createSetupMfa({ start: vi.fn(async () => {}) })
    const { rerender } = render(<SetupMfaTask task={task} />)
    await userEvent.click(screen.getByRole('button', { name: 'Set up authenticator app' }))
    expect(task.start).toHaveBeenCalledOnce()

    const totp = { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP' }
    const verifying = createSetupMfa({ stage: 'verify', totp, verify: vi.fn(async () => {}) })
    rerender(<SetupMfaTask task={verifying} />)
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open in authenticator app' })).toHaveAttribute('href', totp.uri)
    await userEvent.type(screen.getByRole('textbox', { name: 'Verification code' }), '123456')
    expect(verifying.verify).toHaveBeenCalledExactlyOnceWith('123456')

    const saving = createSetupMfa({
      stage: 'backup-codes',
      backupCodes: ['abcd1234', 'efgh5678'],
      finish: vi.fn(async () => {}),
    })
    rerender(<SetupMfaTask task={saving} />)
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['abcd1234', 'efgh5678'])
    await userEvent.click(screen.getByRole('button', { name: 'I’ve saved my backup codes' }))
    expect(saving.finish).toHaveBeenCalledOnce()
  })
})
