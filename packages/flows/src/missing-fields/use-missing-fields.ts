import { useClerk, useSignUp } from '@clerk/react'
import type { SignUpFutureResource } from '@clerk/react/types'
import { useState } from 'react'
import { fieldName, inputError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import { emailCode, phoneCode } from '../factors'
import { normalizeCode } from '../input/normalize-code'
import { environmentOf } from '../internal/environment'
import { must, useRunner } from '../internal/run'
import { signUpNext } from '../journey/route'
import { afterActivation } from '../navigation/resolve-redirect'
import { describeField, heldValue, normalizeValue } from './field-catalog'
import type { MissingFieldsController, MissingFieldsOptions } from './types'

type Channel = 'email_address' | 'phone_number'
const codeOf = (signUp: SignUpFutureResource, channel: Channel) =>
  (channel === 'phone_number' ? phoneCode : emailCode).signUp(signUp)

/**
 * Completes a sign-up whose status is `missing_requirements`: a descriptor per field Clerk still
 * requires, the values Clerk holds, errors per field, and `submit`. When the sign-up then needs its
 * email address or phone number verified, a code is sent and `verification` is set; when it
 * completes, it is finalized and the user is sent on (see `NavigateOptions`).
 *
 * @example
 * const { fields, submit, errors } = useMissingFields({ fallbackRedirectUrl: '/welcome' })
 */
export function useMissingFields(options: MissingFieldsOptions = {}): MissingFieldsController {
  return useMissingFieldsController(options)
}

/**
 * The controller behind `useMissingFields`. Inside `useSignInOrUp`, the journey takes over what
 * happens after a successful update (`progress`: it routes to its own steps) and when the sign-up
 * is gone (`onAttemptExpired`: it starts again from the identifier, as for any expired attempt).
 */
export function useMissingFieldsController(
  options: MissingFieldsOptions,
  journey?: {
    progress(): Promise<void>
    onAttemptExpired(errors: FlowError[]): void
  },
): MissingFieldsController {
  const { signUp } = useSignUp()
  const env = environmentOf(useClerk())
  const runner = useRunner({ onAttemptExpired: journey?.onAttemptExpired, onError: options.onError })
  const [verification, setVerification] = useState<{ channel: Channel; safeIdentifier: string } | null>(null)
  const fields = signUp.missingFields.map((name) => describeField(name, env, options.defaultCallingCode))

  // On its own, the hook follows the same journey table: verify, then finalize.
  const progress =
    journey?.progress ??
    (async () => {
      const next = signUpNext(signUp)
      if ('restart' in next) throw next.restart
      if ('finalize' in next) must(await signUp.finalize({ navigate: afterActivation(options, true) }))
      if ('step' in next && next.step.name === 'verify-sign-up') {
        const { channel, safeIdentifier } = next.step
        must(await codeOf(signUp, channel).send?.())
        return setVerification({ channel, safeIdentifier })
      }
      setVerification(null)
    })

  const errors: Record<string, FlowError | undefined> = {}
  let error: FlowError | null = null
  for (const item of runner.errors) {
    // The verification code's errors are keyed `code`, next to the fields'.
    const key = item.field === 'code' ? 'code' : fields.find((field) => fieldName(field.name) === item.field)?.name
    if (key) errors[key] ??= item
    else error ??= item
  }

  const send = runner.run(async (values: Record<string, string | boolean>) => {
    const params: Record<string, string | boolean> = {}
    for (const { name } of fields) {
      params[fieldName(name)] = normalizeValue(name, values[name] ?? '', options.defaultCallingCode)
    }
    const { password, ...rest } = params
    // A retry after the session failed to activate: the sign-up is already complete.
    if (signUp.status !== 'complete') {
      must(
        await (typeof password === 'string'
          ? signUp.password({ ...rest, password })
          : signUp.update(rest as Parameters<SignUpFutureResource['update']>[0])),
      )
    }
    await progress()
  })

  return {
    fields,
    values: Object.fromEntries(
      fields.map(({ name, kind }) => [name, kind === 'checkbox' ? false : (heldValue(signUp, name) ?? '')]),
    ),
    errors,
    error,
    isPending: runner.isPending,
    verification,
    submit: async (values) => {
      const problems = fields.flatMap((field) => field.validate(values[field.name] ?? '') ?? [])
      return problems.length ? runner.fail(problems) : send(values)
    },
    submitCode: async (raw) => {
      const code = normalizeCode(raw)
      if (!verification) return
      if (!code) return runner.fail([inputError('invalid_code', 'code')])
      const { verify } = codeOf(signUp, verification.channel)
      return runner.run(async () => {
        must(await verify?.(code))
        await progress()
      })()
    },
  }
}
