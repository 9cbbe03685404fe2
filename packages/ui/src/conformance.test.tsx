import { presets, SoftwareAuthenticator } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement, createRef } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cases, mapped } from '../test/conformance-cases'
import { scenes } from '../test/conformance-scenes'
import { SignIn } from './drop-ins/sign-in'
import { SignInOrUp } from './drop-ins/sign-in-or-up'
import { Waitlist } from './drop-ins/waitlist'
import { SignInButton } from './modal'
import { DATA_ATTRIBUTES, type DataAttribute, PARTS, type PartName } from './primitives/data-attributes'

// One test over every part (Base UI's conformance suite, in small): the ref reaches the element,
// `className` and the `classNames` map both land on it, unknown props are spread onto it, a
// consumer's handler runs before the part's own and `preventDefault()` opts out of it, `asChild`
// renders the consumer's element, and every data attribute is in the part's row of the table in
// primitives/data-attributes.ts. The last test fails for a part of the table no test rendered, or
// an attribute of a row never seen: the table and the parts cannot drift apart.

const server = sandboxServerForFile()
// The passkey parts render only in a browser with WebAuthn, which jsdom is not.
let uninstall = () => {}
beforeAll(() => {
  uninstall = new SoftwareAuthenticator().install(window)
})
afterAll(() => uninstall())

/** For each part: the attributes seen on it, across every case and scene. */
const seen = new Map<string, Set<string>>()
/** The parts the per-part cases covered (ref, className, asChild, handlers). */
const covered = new Set<string>()

// Not Flowkit's: the `aria-hidden` package (Radix's) marks what an open modal hides from screen
// readers, the modal's own overlay included.
const foreign = ['data-consumer', 'data-aria-hidden']

/** Checks `element`'s data attributes against its row, and records them. */
function checkAttributes(element: Element) {
  const part = element.getAttribute('data-flowkit-part') as PartName
  const row = PARTS[part]
  expect(row, `data-flowkit-part="${part}" is a part of the table`).toBeDefined()
  const attributes = element
    .getAttributeNames()
    .filter((name) => name.startsWith('data-') && name !== 'data-flowkit-part' && !foreign.includes(name))
  for (const name of attributes) {
    expect(row.attributes, `[data-flowkit-part="${part}"] carries ${name}`).toContain(name)
    const { values, note } = DATA_ATTRIBUTES[name as DataAttribute] as { values?: string[]; note?: string }
    const value = element.getAttribute(name) ?? ''
    if (values && !note) expect(values, `${name} on ${part}`).toContain(value)
  }
  const names = seen.get(part) ?? new Set()
  for (const name of attributes) names.add(name)
  seen.set(part, names)
}

const checkAll = (container: ParentNode) => {
  const parts = container.querySelectorAll('[data-flowkit-part]')
  expect(parts.length).toBeGreaterThan(0)
  for (const element of parts) checkAttributes(element)
}

// The part under test is the one carrying the consumer's marker prop.
const find = (container: HTMLElement, part: PartName) =>
  container.querySelector<HTMLElement>(`[data-flowkit-part="${part}"][data-consumer]`)

describe.each(cases)('$name', ({ part, tag, render: renderPart }) => {
  it('forwards its ref, merges className with classNames, spreads props, and sets only its attributes', () => {
    const ref = createRef<HTMLElement>()
    const { ui } = renderPart({ ref, className: 'mine', 'data-consumer': '', title: 'spread' })
    const { container } = render(ui)
    const element = find(container, part)
    expect(element?.tagName).toBe(tag)
    expect(ref.current).toBe(element)
    expect(element).toHaveClass('mine', mapped)
    expect(element).toHaveAttribute('title', 'spread')
    checkAll(container)
    covered.add(part)
  })

  it('renders the consumer’s element with asChild', () => {
    const child = createElement(tag === 'INPUT' ? 'input' : 'section', { 'data-consumer': '', className: 'theirs' })
    const { container } = render(renderPart({ asChild: true, children: child, className: 'mine' }).ui)
    const element = find(container, part)
    expect(element?.tagName).toBe(tag === 'INPUT' ? 'INPUT' : 'SECTION')
    expect(element).toHaveClass('mine', 'theirs', mapped)
  })
})

const withBehaviour = cases.flatMap(({ behaviour, ...rest }) => (behaviour ? [{ ...rest, behaviour }] : []))

describe.each(withBehaviour)('$name', ({ part, render: renderPart, behaviour }) => {
  it(`runs the consumer’s ${behaviour.handler} first; its preventDefault() opts out of the part’s own`, async () => {
    const user = userEvent.setup()
    const ranFirst: boolean[] = []
    let ran = () => false
    const first = renderPart({ 'data-consumer': '', [behaviour.handler]: () => ranFirst.push(ran()) })
    ran = first.ran
    const { container, unmount } = render(first.ui)
    await behaviour.act(find(container, part) as HTMLElement, user)
    expect(ranFirst, 'the consumer’s handler ran, before the part’s own').toEqual([false])
    expect(ran(), 'the part’s own behaviour ran after it').toBe(true)
    unmount()

    const optedOut = renderPart({ 'data-consumer': '', [behaviour.handler]: (event: Event) => event.preventDefault() })
    const second = render(optedOut.ui)
    await behaviour.act(find(second.container, part) as HTMLElement, user)
    expect(optedOut.ran(), 'preventDefault() kept the part from acting').toBe(false)
  })
})

describe('every state of every step and task', () => {
  it.each(scenes)('%s: each part carries only the attributes of its row', (_, scene) => {
    const { container } = render(scene)
    checkAll(container)
  })

  it('the drop-in’s footer and links, and the modal’s trigger, overlay, dialog and close', async () => {
    const { user } = renderWithSandbox(server, presets.emailCode, () => (
      <>
        <SignIn routing="virtual" signUpUrl="/sign-up" />
        <SignInButton />
      </>
    ))
    await screen.findByRole('link', { name: 'Sign up' })
    checkAll(document.body)
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const dialog = await screen.findByRole('dialog')
    await within(dialog).findByRole('heading', { name: 'Sign in' })
    checkAll(document.body)
  })
  it('the drop-in’s notice on an invitation-only instance, and the waitlist drop-in on its form and joined', async () => {
    const { user } = renderWithSandbox(
      server,
      { ...presets.emailCode, instance: { ...presets.emailCode.instance, signUp: { mode: 'restricted' } } },
      () => (
        <>
          <SignInOrUp routing="virtual" />
          <Waitlist signInUrl="/sign-in" />
        </>
      ),
    )
    await screen.findByText('Sign-up is by invitation only.')
    await screen.findByRole('heading', { name: 'Join the waitlist' })
    checkAll(document.body)
    const form = screen.getByRole('heading', { name: 'Join the waitlist' }).closest('form') as HTMLElement
    await user.type(within(form).getByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    await screen.findByRole('heading', { name: 'Thanks for joining the waitlist!' })
    checkAll(document.body)
  })
})

describe('the table', () => {
  it('names no part no test rendered, and no attribute that no part was seen with', () => {
    for (const [part, row] of Object.entries(PARTS)) {
      if (!('inner' in row)) expect(covered, `a per-part case for "${part}"`).toContain(part)
      expect([...(seen.get(part) ?? [])].sort(), `the attributes seen on "${part}"`).toEqual([...row.attributes].sort())
      expect(seen.has(part), `"${part}" rendered somewhere`).toBe(true)
    }
  })
})
