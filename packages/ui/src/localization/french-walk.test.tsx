import { frFR } from '@clerk/localizations'
import { render, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { scenes } from '../../test/conformance-scenes'
import { englishLeftovers } from '../../test/english-leftovers'
import { UiScope } from '../primitives/ui-options'
import { fromClerk } from './from-clerk'
import type { Localization } from './types'

// Issue 17 §1: every step and task, in every state the conformance scenes put it in (errors,
// pending, resend waiting, search without results…), rendered in Clerk's French with no string of
// Flowkit's English table left.

/**
 * The keys Clerk's resource has no text for (their rows in clerk-keys.ts say why): an app that
 * shows those screens supplies them in its `localization` prop, as the docs say.
 */
const appsOwn: Localization = {
  noOrganizations: 'Aucune organisation ne correspond à votre recherche',
  secret: 'Clé secrète',
  unknownTaskHint: 'Terminez-la dans les paramètres de votre compte.',
  editIdentifier: 'Modifier',
  editIdentifierLabel: 'Modifier {identifier}',
  sendWithWhatsApp: 'Envoyer par WhatsApp',
  codeSentWhatsApp: 'Nous avons envoyé un code à {identifier} sur WhatsApp.',
  protectCheckRunning: 'Vérification rapide en cours…',
  retry: 'Réessayer',
  rule_password_too_short: 'Au moins {value} caractères',
  rule_password_too_long: 'Au plus {value} caractères',
  ruleMet: '{rule} : fait',
  ruleNotMet: '{rule} : pas encore',
}

const french = { ...fromClerk(frFR, { applicationName: 'Acme' }), ...appsOwn }

describe('every step state in French', () => {
  it.each(scenes)('%s', async (_, scene) => {
    const { container } = render(<UiScope localization={french}>{scene}</UiScope>)
    // A drop-in's later screens arrive once their module has loaded.
    await waitFor(() => expect(container.textContent).not.toBe(''))
    expect(englishLeftovers(container)).toEqual([])
  })

  it('would see the English of a key left untranslated', () => {
    // A scene whose submit is idle, so it says “Continue” (a pending one says “Continuing…”).
    const [, scene] = scenes.find(([name]) => name.startsWith('password')) as (typeof scenes)[number]
    const { container } = render(<UiScope localization={{ ...french, continue: undefined }}>{scene}</UiScope>)
    expect(englishLeftovers(container)).toContain('Continue ← Continue')
  })
})
