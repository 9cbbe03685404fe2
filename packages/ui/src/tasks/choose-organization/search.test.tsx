import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createChooseOrganization } from '../../../test/flow-fixture'
import { TaskChooseOrganization } from '../../drop-ins/task-drop-ins'
import { ChooseOrganizationTask } from '.'

// Issue 17 §2.6: with 500 memberships a user pressed "Load more" 49 times to reach one; the hook
// could search, the drop-in showed no field for it.
const server = sandboxServerForFile()
const teams = Array.from({ length: 24 }, (_, index) => ({ name: `Team ${String(index + 1).padStart(2, '0')}` }))

function renderTask(organizations: { name: string }[]) {
  return renderWithSandbox(
    server,
    {
      ...presets.forcedOrganizations,
      instance: {
        ...presets.forcedOrganizations.instance,
        organizations: { enabled: true, forceSelection: true, domains: false },
      },
      organizations,
      users: [{ emailAddress: 'ada@example.com', organizations: organizations.map(({ name }) => name) }],
    },
    (navigate) => <TaskChooseOrganization navigate={navigate} redirectUrlComplete="/app" />,
    (sandbox) => sandbox.startSession('ada@example.com'),
  )
}

/** What a screen reader reads of each row (the initials avatar is hidden from it). */
const organizationButtons = () =>
  within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((button) => {
      const read = button.cloneNode(true) as HTMLElement
      for (const hidden of read.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
      return read.textContent
    })

describe('searching the organizations', () => {
  it('offers a search when there is more than a page of them, and chooses what it finds', async () => {
    const { sandbox, user, visited } = renderTask([...teams, { name: 'Initech' }])
    const search = await screen.findByRole('searchbox', { name: 'Search organizations' })
    expect(organizationButtons()).toHaveLength(10)
    sandbox.requests.clear()

    await user.type(search, 'initech')
    expect(organizationButtons()).toEqual(['Initech'])
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
    // Memberships arrive with the user: searching them asks the server nothing.
    expect(sandbox.requests.summary()).toEqual([])
    // Enter in the search must not submit the form around it (that would create an organization).
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('alert')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Initech' }))
    await expect.poll(() => visited).toEqual(['/app'])
  })

  it('says so when nothing matches, and shows every page again once cleared', async () => {
    const { user } = renderTask(teams)
    const search = await screen.findByRole('searchbox', { name: 'Search organizations' })
    await user.type(search, 'globex')
    expect(screen.getByRole('status')).toHaveTextContent('No organizations match your search')
    expect(screen.queryByRole('list')).toBeNull()
    await user.clear(search)
    expect(organizationButtons()).toHaveLength(10)
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('keeps the search once every page is shown', async () => {
    const { user } = renderTask(teams)
    await user.click(await screen.findByRole('button', { name: 'Load more' }))
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    expect(organizationButtons()).toHaveLength(24)
    expect(screen.getByRole('searchbox', { name: 'Search organizations' })).toBeInTheDocument()
  })

  it('offers no search for a list that fits on one page', async () => {
    renderTask(teams.slice(0, 3))
    expect(await screen.findByRole('button', { name: 'Team 03' })).toBeInTheDocument()
    expect(screen.queryByRole('searchbox')).toBeNull()
  })

  it('searches through the task’s own verb, from a plain task object too', async () => {
    const searched: string[] = []
    const task = createChooseOrganization({ searchable: true, search: (query) => void searched.push(query) })
    render(<ChooseOrganizationTask task={task} />)
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search organizations' }), 'a')
    expect(searched).toEqual(['a'])
  })
})
