import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { ChooseStrategyStep } from '../choose-strategy'
import { IdentifierStep } from '../identifier'
import { SecondFactorStep } from '../second-factor'

const providers = [
  { strategy: 'oauth_google', name: 'Google' },
  { strategy: 'oauth_github', name: 'GitHub' },
]

describe('LastUsed', () => {
  it('marks the provider this browser signed in with last, in words inside its button', () => {
    render(<IdentifierStep flow={createFlow({ socialProviders: providers, lastStrategy: 'oauth_github' })} />)
    expect(screen.getByRole('button', { name: 'Continue with GitHub Last used' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Continue with Google' })).toBeInTheDocument()
    expect(screen.getAllByText('Last used')).toHaveLength(1)
    expect(screen.getByText('Last used')).toHaveAttribute('data-flowkit-part', 'last-used')
  })

  it('shows nothing for a browser that never signed in', () => {
    render(<IdentifierStep flow={createFlow({ socialProviders: providers, lastStrategy: null })} />)
    expect(screen.queryByText('Last used')).toBeNull()
  })

  it('marks the first factor used last among the other methods', () => {
    const flow = createFlow({
      step: { name: 'choose-strategy', strategies: ['password', 'email_code'] },
      lastStrategy: 'email_code',
    })
    render(<ChooseStrategyStep flow={flow} />)
    expect(screen.getByRole('button', { name: 'Email me a code Last used' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Use your password' })).toBeInTheDocument()
  })

  it('never marks a second factor (the browser signed in with a first factor)', () => {
    const flow = createFlow({
      step: { name: 'second-factor', strategy: 'totp', available: ['totp', 'email_code'] },
      lastStrategy: 'email_code',
    })
    render(<SecondFactorStep flow={flow} />)
    expect(screen.getByRole('button', { name: 'Email me a code' })).toBeInTheDocument()
    expect(screen.queryByText('Last used')).toBeNull()
  })

  it('takes the localized text', () => {
    render(
      <IdentifierStep
        flow={createFlow({ socialProviders: providers, lastStrategy: 'oauth_google' })}
        localization={{ lastUsed: 'Zuletzt verwendet' }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Continue with Google Zuletzt verwendet' })).toBeInTheDocument()
  })
})
