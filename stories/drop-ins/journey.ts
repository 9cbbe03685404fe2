import { expect, type userEvent, waitFor, type within } from 'storybook/test'

// Helpers for full-flow stories: find what a user sees, with room for the sandbox's round trips.

type Canvas = ReturnType<typeof within>
const patient = { timeout: 5000 }

/** Waits for the step titled `name`. */
export const step = (canvas: Canvas, name: string) => canvas.findByRole('heading', { name, level: 1 }, patient)

/** Types `value` into the field labelled `label` and presses Enter. */
export async function enter(user: typeof userEvent, canvas: Canvas, label: string | RegExp, value: string) {
  await user.type(canvas.getByLabelText(label), `${value}{Enter}`)
}

/** Types a six-digit code: the code field submits itself once complete. */
export async function enterCode(user: typeof userEvent, canvas: Canvas, code: string) {
  await user.type(canvas.getByRole('textbox', { name: /code/i }), code)
}

/** Waits until the flow has navigated to `to` through the story's `navigate` spy. */
export async function expectNavigation(navigate: unknown, to: string) {
  const calls = () => (navigate as { mock: { calls: unknown[][] } }).mock.calls.map((call) => call[0])
  await waitFor(() => expect(calls()).toContain(to), patient)
}
