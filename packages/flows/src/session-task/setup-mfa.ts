import type { EnvironmentResource, PhoneNumberResource, UserResource } from '@clerk/react/types'
import { useRef, useState } from 'react'
import { inputError } from '../errors/normalize-error'
import { normalizeCode } from '../input/normalize-code'
import { normalizeIdentifier } from '../input/normalize-identifier'
import type { TaskContext } from './task-context'
import type { SetupMfaMethod, SetupMfaTaskController } from './types'

type Stage = SetupMfaTaskController['stage']

/** The second factors the instance lets a user set up here, authenticator app first. */
export function setupMethodsOf(env: EnvironmentResource | undefined): SetupMfaMethod[] {
  const attributes = env?.userSettings.attributes
  const offered = (attribute: 'authenticator_app' | 'phone_number', strategy: SetupMfaMethod) =>
    !!attributes?.[attribute]?.used_for_second_factor && !!attributes[attribute].second_factors?.includes(strategy)
  const methods: SetupMfaMethod[] = []
  if (offered('authenticator_app', 'totp')) methods.push('totp')
  if (offered('phone_number', 'phone_code')) methods.push('phone_code')
  // An instance that asks for MFA offers at least one; an environment not read yet means the app.
  return methods.length ? methods : ['totp']
}

/**
 * The user's numbers that can take SMS codes without a new one: verified, not used for two-step
 * verification yet, and not the only way they sign in (Clerk's own rule, so no account is locked out).
 */
function usablePhonesOf(user: UserResource | null | undefined): PhoneNumberResource[] {
  if (!user) return []
  const otherWays =
    !!user.primaryEmailAddress || !!user.username || user.passkeys.length > 0 || user.externalAccounts.length > 0
  return user.phoneNumbers.filter(
    (phone) =>
      phone.verification.status === 'verified' &&
      !phone.reservedForSecondFactor &&
      (otherWays || phone.id !== user.primaryPhoneNumberId),
  )
}

/**
 * `setup-mfa`: enrol a second factor — an authenticator app (TOTP) or, when the instance offers it,
 * SMS codes to a phone number (a new one, verified by a texted code, or one the user has verified
 * already) — then show the backup codes once, as Clerk's `<TaskSetupMFA/>` does.
 */
export function useSetupMfa({ session, env, runner, finish }: TaskContext): SetupMfaTaskController {
  const methods = setupMethodsOf(env)
  const [method, setMethod] = useState<SetupMfaMethod | null>(null)
  const [stage, setStage] = useState<Stage>('start')
  const [totp, setTotp] = useState<SetupMfaTaskController['totp']>(null)
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null)
  // The number being verified: a resource with verbs of its own, kept across renders and retries.
  const phone = useRef<PhoneNumberResource>(undefined)
  const [phoneNumber, setPhoneNumber] = useState<string | null>(null)
  const user = session?.user

  /** Clerk returns the first backup codes with the enrolment, when the instance offers them. */
  const enrolled = async (codes: string[] | undefined) => {
    if (codes?.length) {
      setBackupCodes(codes)
      setStage('backup-codes')
    } else await finish()
  }

  const reserve = async (number: PhoneNumberResource) => {
    // Reserving enrols the number; Clerk completes the task with it.
    const reserved = await number.setReservedForSecondFactor({ reserved: true })
    await enrolled(reserved.backupCodes)
  }

  const verify = runner.run(async (code: string) => {
    if (method === 'phone_code' && phone.current) {
      // A retry after the reservation failed: the code was taken already.
      const current =
        phone.current.verification.status === 'verified'
          ? phone.current
          : await phone.current.attemptVerification({ code })
      phone.current = current
      return reserve(current)
    }
    const verified = await user?.verifyTOTP({ code })
    await enrolled(verified?.backupCodes)
  })

  const addPhoneNumber = runner.run(async (value: string) => {
    // An unverified number the user added before (a retry, or Back and Continue) is texted again.
    const existing = user?.phoneNumbers.find((candidate) => candidate.phoneNumber === value)
    const added = existing ?? (await user?.createPhoneNumber({ phoneNumber: value }))
    if (!added) return
    phone.current = await added.prepareVerification()
    setPhoneNumber(added.phoneNumber)
    setStage('verify')
  })

  const start = runner.run(async (chosen: SetupMfaMethod) => {
    setMethod(chosen)
    if (chosen === 'phone_code') return setStage('phone')
    const created = await user?.createTOTP()
    setTotp({ secret: created?.secret ?? '', uri: created?.uri ?? '' })
    setStage('verify')
  })

  // Where Back goes from each stage; `null` where there is no way back.
  const previous: Stage | null =
    stage === 'verify' && method === 'phone_code'
      ? 'phone'
      : (stage === 'phone' || stage === 'verify') && methods.length > 1
        ? 'start'
        : null

  return {
    key: 'setup-mfa',
    isPending: runner.isPending,
    error: runner.errors[0] ?? null,
    methods,
    method,
    stage,
    totp,
    phoneNumbers: usablePhonesOf(user).map(({ id, phoneNumber }) => ({ id, phoneNumber })),
    phoneNumber,
    backupCodes,
    start: (chosen = methods[0] ?? 'totp') => start(chosen),
    addPhoneNumber: async (raw) => {
      const normalized = normalizeIdentifier(raw, { accepts: ['phone_number'] })
      return normalized.ok
        ? addPhoneNumber(normalized.value)
        : runner.fail([inputError(normalized.problem, 'phoneNumber')])
    },
    choosePhoneNumber: runner.run(async (id: string) => {
      const chosen = user?.phoneNumbers.find((candidate) => candidate.id === id)
      if (chosen) await reserve(chosen)
    }),
    verify: async (raw) => {
      const code = normalizeCode(raw)
      return code ? verify(code) : runner.fail([inputError('invalid_code', 'code')])
    },
    canGoBack: previous !== null,
    back: () => {
      if (!previous || runner.isPending) return
      runner.fail([])
      if (previous === 'start') {
        setMethod(null)
        setTotp(null)
      }
      setStage(previous)
    },
    finish: runner.run(async () => {
      await finish()
      setStage('start')
    }),
  }
}
