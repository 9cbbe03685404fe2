import type { MissingFieldsController } from '@flowkit/flows'
import { MissingRequirementsStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createMissingFields, fieldError, flowError, missingField } from '../../packages/ui/test/flow-fixture'

const fields = [
  { ...missingField('first_name', 'text', 'firstName'), autoComplete: 'given-name' },
  { ...missingField('last_name', 'text', 'lastName'), autoComplete: 'family-name' },
  {
    ...missingField('legal_accepted', 'checkbox', 'legalAccepted'),
    links: { termsUrl: 'https://example.com/terms', privacyPolicyUrl: 'https://example.com/privacy' },
  },
]
const controller = (overrides: Partial<MissingFieldsController> = {}) =>
  createMissingFields({ fields, submit: fn(), ...overrides })

/** What a new account still needs (`signUp.missingFields`), from `useMissingFields` descriptors. */
const meta = {
  title: 'Steps/MissingRequirementsStep',
  component: MissingRequirementsStep,
  args: { missingFields: controller(), disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof MissingRequirementsStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'First name' }), 'Grace')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Last name' }), 'Hopper')
    await userEvent.click(canvas.getByRole('checkbox', { name: /I agree/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expect(args.missingFields?.submit).toHaveBeenCalledWith({
      first_name: 'Grace',
      last_name: 'Hopper',
      legal_accepted: true,
    })
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const Pending: Story = {
  args: { missingFields: controller({ isPending: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Continuing…' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
  },
}

export const FieldError: Story = {
  args: {
    missingFields: controller({
      errors: { legal_accepted: fieldError('legalAccepted', 'invalid_input', 'Please accept the terms to continue.') },
    }),
  },
  play: async ({ canvasElement }) => {
    const consent = within(canvasElement).getByRole('checkbox', { name: /I agree/ })
    await expect(consent).toHaveAttribute('aria-invalid', 'true')
    await expect(consent).toHaveAccessibleDescription('Please accept the terms to continue.')
  },
}

export const GlobalError: Story = {
  args: { missingFields: controller({ error: flowError('server', 'Something went wrong on our side. Try again.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Something went wrong')
  },
}

export const RateLimited: Story = {
  args: {
    missingFields: controller({ error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }) }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'First name' })).toBeDisabled()
  },
}

/** Links only ever point to http(s): a `javascript:` URL from the environment is shown as text. */
export const UnsafeLegalLink: Story = {
  args: {
    missingFields: controller({
      fields: [
        {
          ...missingField('legal_accepted', 'checkbox', 'legalAccepted'),
          links: { termsUrl: 'javascript:alert(1)', privacyPolicyUrl: 'https://example.com/privacy' },
        },
      ],
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('link', { name: 'Terms of Service' })).toBeNull()
    await expect(canvas.getByRole('link', { name: 'Privacy Policy' })).toHaveAttribute(
      'href',
      'https://example.com/privacy',
    )
  },
}
