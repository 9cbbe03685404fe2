import { mkdirSync, writeFileSync } from 'node:fs'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Profiler, type ReactNode } from 'react'
import { afterAll, describe, expect, it } from 'vitest'
import { createFlow } from '../test/flow-fixture'
import { CodeStep } from './steps/code'
import { IdentifierStep } from './steps/identifier'

// Issue 7's rendering budget: typing re-renders only the field being typed in, never its siblings
// or the step. Each part sits in its own React Profiler; 50 keystrokes are counted. The figures go
// to .reports/bench-renders.json for `pnpm bench` (scripts/bench/renders.mjs).

const renders: Record<string, number> = {}
const reset = () => {
  for (const id of Object.keys(renders)) delete renders[id]
}

interface Row {
  step: string
  keystrokes: number
  /** Renders of the part holding the typed field. */
  field: number
  /** Renders of every other part of the step (title, errors, submit…). */
  siblings: number
}
const rows: Row[] = []
const record = (step: string, keystrokes: number) => {
  const { input = 0, ...others } = renders
  rows.push({ step, keystrokes, field: input, siblings: Object.values(others).reduce((sum, count) => sum + count, 0) })
}

function Counted({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Profiler
      id={id}
      onRender={() => {
        renders[id] = (renders[id] ?? 0) + 1
      }}
    >
      {children}
    </Profiler>
  )
}

describe('renders per keystroke', () => {
  it('the identifier input keeps its own value: 50 keystrokes render nothing', async () => {
    render(
      <IdentifierStep.Root flow={createFlow()}>
        <Counted id="title">
          <IdentifierStep.Title />
        </Counted>
        <Counted id="input">
          <IdentifierStep.Label />
          <IdentifierStep.Input />
        </Counted>
        <Counted id="submit">
          <IdentifierStep.Submit />
        </Counted>
      </IdentifierStep.Root>,
    )
    reset()
    const keys = 'ada.lovelace+flowkit@analytical-engine.example.org'
    expect(keys).toHaveLength(50)
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), keys)
    record('IdentifierStep (email)', keys.length)
    expect(renders).toEqual({})
  })

  it('the code input re-renders itself once per keystroke, and nothing else', async () => {
    render(
      <CodeStep.Root
        flow={createFlow({ step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***' } })}
      >
        <Counted id="title">
          <CodeStep.Title />
          <CodeStep.Subtitle />
        </Counted>
        <Counted id="input">
          <CodeStep.Input aria-label="Code" />
        </Counted>
        <Counted id="siblings">
          <CodeStep.Error />
          <CodeStep.Alert />
          <CodeStep.Submit />
          <CodeStep.Resend />
        </Counted>
      </CodeStep.Root>,
    )
    reset()
    // 25 digits and 25 deletions: the value changes on every keystroke without completing a code.
    await userEvent.type(screen.getByRole('textbox', { name: 'Code' }), '1{Backspace}'.repeat(25))
    record('CodeStep', 50)
    expect(renders).toEqual({ input: 50 })
  })

  afterAll(() => {
    mkdirSync('.reports', { recursive: true })
    writeFileSync('.reports/bench-renders.json', `${JSON.stringify(rows, null, 2)}\n`)
  })
})
