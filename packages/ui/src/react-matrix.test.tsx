import { render, screen } from '@testing-library/react'
import { useId, version } from 'react'
import { version as domVersion } from 'react-dom'
import { expect, it } from 'vitest'

function LabelledInput() {
  const id = useId()
  return <input aria-label="Email address" id={id} />
}

// The unit suite runs twice in `npm test`: on React 19 and, with FLOWKIT_REACT=18, on React 18.
it('runs on the React major the matrix asks for, with one React for react and react-dom', () => {
  const expected = process.env.FLOWKIT_REACT ?? '19'
  expect(version.split('.')[0]).toBe(expected)
  expect(domVersion).toBe(version)
  render(<LabelledInput />)
  expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument()
})
