import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createSetupMfa } from '../../../test/flow-fixture'
import { SetupMfaTask } from '.'

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
