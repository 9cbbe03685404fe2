import { ChooseStrategyStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stepStates } from './states'

const states = stepStates(
  { step: { name: 'choose-strategy', strategies: ['password', 'email_code', 'email_link'] }, canGoBack: true },
  'identifier',
)

/** "Use another method": every other way the instance offers to sign in. */
const meta = {
  title: 'Steps/ChooseStrategyStep',
  component: ChooseStrategyStep,
  args: { flow: states.idle },
  parameters: { sandbox: false },
} satisfies Meta<typeof ChooseStrategyStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Email me a link' }))
    await expect(args.flow?.chooseStrategy).toHaveBeenCalledWith('email_link')
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const GlobalError: Story = {
  args: { flow: states.globalError },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You seem to be offline')
  },
}
