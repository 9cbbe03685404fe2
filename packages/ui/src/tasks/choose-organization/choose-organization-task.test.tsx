import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createChooseOrganization, fieldError } from '../../../test/flow-fixture'
import { ChooseOrganizationTask } from '.'

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

  it('offers to create one as a secondary action when there are organizations to choose, else as the task', async () => {
    const items = [{ kind: 'membership' as const, id: 'orgmem_1', organization: organization('org_1', 'Acme') }]
    const task = createChooseOrganization({ items, create: vi.fn(async () => {}) })
    const { unmount } = render(<ChooseOrganizationTask task={task} />)
    expect(screen.queryByRole('textbox', { name: 'Organization name' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Create organization' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Create a new organization' }))
    expect(screen.getByRole('textbox', { name: 'Organization name' })).toHaveFocus()
    await userEvent.keyboard('Initech{Enter}')
    expect(task.create).toHaveBeenCalledExactlyOnceWith({ name: 'Initech' })
    unmount()

    render(<ChooseOrganizationTask task={createChooseOrganization()} />)
    expect(screen.getByRole('heading', { name: 'Create an organization' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Organization name' })).toBeInTheDocument()
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
