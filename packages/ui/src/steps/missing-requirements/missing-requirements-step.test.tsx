import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow, createMissingFields, fieldError, missingField } from '../../../test/flow-fixture'
import { MissingRequirementsStep } from '.'

const legal = (termsUrl: string | null, privacyPolicyUrl: string | null) => ({
  ...missingField('legal_accepted', 'checkbox', 'legalAccepted'),
  links: { termsUrl, privacyPolicyUrl },
})

describe('MissingRequirementsStep', () => {
  it('renders a field per descriptor and submits their values', async () => {
    const submit = vi.fn(async () => {})
    const missingFields = createMissingFields({
      fields: [
        { ...missingField('first_name', 'text', 'firstName'), autoComplete: 'given-name' },
        missingField('username', 'text', 'username'),
        legal('https://example.com/terms', 'https://example.com/privacy'),
      ],
      values: { username: 'ada' },
      submit,
    })
    render(<MissingRequirementsStep flow={createFlow({ step: { name: 'missing-requirements' }, missingFields })} />)
    expect(screen.getByRole('heading', { name: 'Complete your account' })).toBeInTheDocument()
    const firstName = screen.getByRole('textbox', { name: 'First name' })
    expect(firstName).toHaveAttribute('autocomplete', 'given-name')
    expect(screen.getByRole('textbox', { name: 'Username' })).toHaveValue('ada')
    await userEvent.type(firstName, 'Ada')
    await userEvent.click(screen.getByRole('checkbox', { name: 'I agree to the Terms of Service and Privacy Policy' }))
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }))
    expect(submit).toHaveBeenCalledExactlyOnceWith({ first_name: 'Ada', username: 'ada', legal_accepted: true })
  })

  it.each([
    ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)', 'javascript:void(0)'],
  ])(
    'links the legal documents only over http(s): a terms URL of %s and a privacy URL of %s are text',
    (terms, privacy) => {
      render(<MissingRequirementsStep missingFields={createMissingFields({ fields: [legal(terms, privacy)] })} />)
      expect(screen.queryByRole('link')).toBeNull()
      expect(
        screen.getByRole('checkbox', { name: 'I agree to the Terms of Service and Privacy Policy' }),
      ).toBeInTheDocument()
    },
  )

  it('links each legal document that is http(s), in a new tab', () => {
    const missingFields = createMissingFields({ fields: [legal('https://example.com/terms', 'javascript:alert(1)')] })
    render(<MissingRequirementsStep missingFields={missingFields} />)
    const terms = screen.getByRole('link', { name: 'Terms of Service' })
    expect(terms).toHaveAttribute('href', 'https://example.com/terms')
    expect(terms).toHaveAttribute('target', '_blank')
    expect(screen.queryByRole('link', { name: 'Privacy Policy' })).toBeNull()
    expect(screen.getByText(/Privacy Policy/)).toBeInTheDocument()
  })

  it('shows each field’s error on that field, and names an unknown field rather than dropping it', () => {
    const missingFields = createMissingFields({
      fields: [missingField('first_name', 'text', 'firstName'), missingField('favourite_colour', 'unknown')],
      errors: { first_name: fieldError('firstName', 'invalid_input', 'Enter your first name.') },
    })
    render(<MissingRequirementsStep missingFields={missingFields} />)
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveAccessibleDescription('Enter your first name.')
    expect(screen.getByRole('textbox', { name: 'favourite colour' })).not.toHaveAttribute('aria-invalid')
  })
})
