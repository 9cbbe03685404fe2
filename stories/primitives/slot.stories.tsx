import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Slot } from '../../packages/ui/src'

/** `asChild` in practice: a part's props, classes and handlers land on the consumer's own element. */
const meta = {
  title: 'Primitives/Slot',
  component: Slot,
  args: { onClick: fn(), className: 'flowkit-part' },
} satisfies Meta<typeof Slot>

export default meta
type Story = StoryObj<typeof meta>

export const OnAConsumerButton: Story = {
  render: (args) => (
    <Slot {...args} data-flowkit-part="submit">
      <button type="button" className="my-button">
        Continue
      </button>
    </Slot>
  ),
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Continue' })
    await expect(button).toHaveClass('flowkit-part my-button')
    await expect(button).toHaveAttribute('data-flowkit-part', 'submit')
    await userEvent.click(button)
    await expect(args.onClick).toHaveBeenCalledOnce()
  },
}
