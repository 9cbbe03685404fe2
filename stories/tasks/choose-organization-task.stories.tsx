import type { ChooseOrganizationTaskController } from '@flowkit/flows'
import { ChooseOrganizationTask } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createChooseOrganization, fieldError, flowError } from '../../packages/ui/test/flow-fixture'

const organization = (id: string, name: string) => ({ id, name, slug: null, imageUrl: null })
const items: ChooseOrganizationTaskController['items'] = [
  { kind: 'membership', id: 'orgmem_1', organization: organization('org_1', 'Acme') },
  { kind: 'invitation', id: 'orginv_1', organization: organization('org_2', 'Globex') },
  { kind: 'suggestion', id: 'orgsug_1', organization: organization('org_3', 'Initech') },
]
const task = (overrides: Partial<ChooseOrganizationTaskController> = {}) =>
  createChooseOrganization({ items, hasMore: true, select: fn(), create: fn(), loadMore: fn(), ...overrides })

/** The `choose-organization` session task: memberships, invitations, suggestions, load more, create. */
const meta = {
  title: 'Tasks/ChooseOrganizationTask',
  component: ChooseOrganizationTask,
  args: { task: task(), disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof ChooseOrganizationTask>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Globex Invitation' }))
    await expect(args.task?.select).toHaveBeenCalledWith(items[1])
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await expect(args.task?.loadMore).toHaveBeenCalled()
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const Pending: Story = {
  args: { task: task({ isPending: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Acme' })).toHaveAttribute('aria-disabled', 'true')
  },
}

export const NameTaken: Story = {
  args: { task: task({ error: fieldError('organizationName', 'invalid_input', 'That name is taken.') }) },
  play: async ({ canvasElement }) => {
    const name = within(canvasElement).getByRole('textbox', { name: 'Organization name' })
    await expect(name).toHaveAccessibleDescription('That name is taken.')
  },
}

export const GlobalError: Story = {
  args: { task: task({ error: flowError('network', 'You seem to be offline.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You seem to be offline.')
  },
}

export const RateLimited: Story = {
  args: { task: task({ error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }) }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}

export const Disabled: Story = {
  // Create only: the form is on screen (with organizations to pick, it opens from a button).
  args: { disabled: true, task: task({ items: [], hasMore: false }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Organization name' })).toBeDisabled()
  },
}

export const CreateOnlyInteraction: Story = {
  args: { task: task({ items: [], hasMore: false }) },
  play: async ({ args, canvasElement }) => {
    await userEvent.type(within(canvasElement).getByRole('textbox', { name: 'Organization name' }), 'Hooli{Enter}')
    await expect(args.task?.create).toHaveBeenCalledWith({ name: 'Hooli' })
  },
}

/** CreateOnly, as it opens: nothing done to it. */
export const CreateOnly: Story = { ...CreateOnlyInteraction, play: undefined }
