import { arSA, deDE, frFR, jaJP } from '@clerk/localizations'
import type { ClerkLocalization } from '@flowkit/flows'
import { describe, expect, it } from 'vitest'
import { CLERK_ERRORS, CLERK_KEYS } from './clerk-keys'
import { directionOf } from './direction'
import { en } from './en'
import { fromClerk } from './from-clerk'
import { localeAttributes } from './locale-attributes'

// Clerk's resource type is deep; the cases below build only the keys they test.
const resource = (tree: object) => tree as ClerkLocalization

/** The keys whose row says no Clerk text fits (the docs' key list gives the reason). */
const documentedGaps = (table: Record<string, unknown>) =>
  Object.entries(table)
    .filter(([, source]) => typeof source === 'object' && source !== null && 'none' in source)
    .map(([key]) => key)

describe('fromClerk', () => {
  it('takes a Clerk text per Flowkit key, and keeps Flowkit’s English for keys the resource lacks', () => {
    const strings = fromClerk(resource({ formButtonPrimary: 'Continuer', backButton: 'Retour' }))
    expect(strings).toMatchObject({ continue: 'Continuer', back: 'Retour' })
    expect(strings.verify).toBeUndefined()
  })

  it('turns Clerk’s {{ name }} placeholders into Flowkit’s {name}, and fills the application name', () => {
    const strings = fromClerk(
      resource({
        signIn: {
          start: { titleCombined: 'Continuer vers {{ applicationName }}' },
          alternativeMethods: { blockButton__emailCode: 'Envoyer le code à {{identifier}}' },
        },
        socialButtonsBlockButton: 'Continuer avec {{provider|titleize}}',
      }),
      { applicationName: 'Acme' },
    )
    expect(strings.signInOrUpTitle).toBe('Continuer vers Acme')
    expect(strings.strategy_email_code).toBe('Envoyer le code à {identifier}')
    expect(strings.continueWith).toBe('Continuer avec {provider}')
  })

  it('skips a candidate that names a value Flowkit cannot fill there, for the next one or the English', () => {
    // Without the application's name the combined title cannot be shown: the plain title is next.
    const tree = { signIn: { start: { titleCombined: 'Continuer vers {{applicationName}}', title: 'Se connecter' } } }
    expect(fromClerk(resource(tree)).signInOrUpTitle).toBe('Se connecter')
    // Flowkit's "Continue" fills nothing: a Clerk text that needs a value keeps the English.
    expect(fromClerk(resource({ formButtonPrimary: 'Continuer {{x}}' })).continue).toBeUndefined()
  })

  it('says nothing, not English, for a text that names the application before its name is known', () => {
    // Before Clerk has loaded, the step already shows; every Arabic subtitle names the application.
    expect(arSA.signIn?.start?.subtitle).toContain('{{applicationName}}')
    expect(fromClerk(arSA).signInSubtitle).toBe('')
    expect(fromClerk(arSA, { applicationName: 'Acme' }).signInSubtitle).toBe('للمتابعة إلى Acme')
    // The title has a text that needs no name: Clerk's word for signing in.
    expect(fromClerk(deDE).signInOrUpTitle).toBe(deDE.signUp?.start?.actionLink)
  })

  it('takes the legal consent sentence with Flowkit’s link placeholders, and the link texts out of it', () => {
    const strings = fromClerk(frFR)
    expect(strings.legalAccepted).toBe("J'accepte les {terms} et la {privacy}.")
    expect(strings.terms).toBe("Conditions d'utilisation")
    expect(strings.privacy).toBe('Politique de confidentialité')
  })

  it('composes a password rule’s error from Clerk’s sentence parts, with its length to fill', () => {
    expect(fromClerk(frFR).errors?.password_too_short).toBe(
      'Votre mot de passe doit contenir au moins {length} caractères.',
    )
  })

  it('counts down in Clerk’s own way, the seconds after the words', () => {
    expect(fromClerk(frFR).resendIn).toBe('Renvoyer le code ({seconds})')
  })

  it('brings Clerk’s errors by Clerk code, where messageKey and clerkCode look them up', () => {
    const { errors = {} } = fromClerk(
      resource({
        unstable__errors: {
          form_code_incorrect: 'Code incorrect',
          form_param_max_length_exceeded__name: 'trop long: {{length}}',
        },
      }),
    )
    expect(errors.form_code_incorrect).toBe('Code incorrect')
    expect(errors.form_param_max_length_exceeded__name).toBe('trop long: {length}')
    // And under Flowkit's own stable code, for an error whose Clerk code the locale has no text for.
    expect(errors.incorrect_code).toBe('Code incorrect')
  })

  it('copies the locale, which sets lang and dir', () => {
    expect(fromClerk(frFR).locale).toBe('fr-FR')
    expect(localeAttributes(fromClerk(arSA))).toEqual({ lang: 'ar-SA', dir: 'rtl' })
    expect(localeAttributes(fromClerk(jaJP))).toEqual({ lang: 'ja-JP', dir: 'ltr' })
    expect(localeAttributes(fromClerk(resource({ formButtonPrimary: 'x' })))).toEqual({})
  })

  it.each([
    ['fr-FR', frFR],
    ['de-DE', deDE],
    ['ja-JP', jaJP],
  ])('has a %s text for every key but the documented gaps, and for every error', (_, locale) => {
    const strings = fromClerk(locale, { applicationName: 'Acme' })
    const gaps = documentedGaps(CLERK_KEYS)
    expect(Object.keys(en).filter((key) => !(key in strings) && !gaps.includes(key))).toEqual([])
    expect(Object.keys(CLERK_ERRORS).filter((key) => !strings.errors?.[key])).toEqual([])
  })

  it('says Clerk’s “An error occurred” for an error the locale has no words for', () => {
    // Arabic has no text for a wrong code or a wrong password, nor for a denied provider.
    const { errors = {} } = fromClerk(arSA)
    expect(arSA.unstable__errors?.form_code_incorrect).toBeUndefined()
    expect([errors.incorrect_code, errors.incorrect_password, errors.provider_denied]).toEqual(
      Array(3).fill(arSA.signIn?.noAvailableMethods?.subtitle),
    )
    // A row that has a text keeps it.
    expect(errors.invalid_email).toBe(arSA.unstable__errors?.form_param_format_invalid__email_address)
  })

  it('has a row or a documented reason for every key Flowkit renders', () => {
    expect(Object.keys(CLERK_KEYS).sort()).toEqual(Object.keys(en).sort())
    for (const [key, source] of Object.entries({ ...CLERK_KEYS, ...CLERK_ERRORS }))
      if (typeof source === 'object' && 'none' in source) expect(source.none, key).toMatch(/\w{3,}.*\./)
  })
})

describe('directionOf', () => {
  it.each([
    ['ar-SA', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['fr-FR', 'ltr'],
    ['ja-JP', 'ltr'],
    // A language whose code starts like an RTL one is not one.
    ['arn-CL', 'ltr'],
  ])('%s is %s', (locale, direction) => expect(directionOf(locale)).toBe(direction))
})
