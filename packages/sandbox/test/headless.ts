import type { Clerk } from '@clerk/clerk-js'
import type { Sandbox } from '../src/sandbox'

/** A loaded clerk-js bound to the sandbox, for tests that drive Clerk without React. */
export async function loadClerk(sandbox: Sandbox): Promise<Clerk> {
  const clerk = await sandbox.createClerk()
  await clerk.load()
  return clerk
}

/** The Core 3 sign-in and its errors, read from the same signal `useSignIn()` reads. */
export function signInState(clerk: Clerk) {
  const { signIn, errors, fetchStatus } = clerk.__internal_state.signInSignal()
  if (!signIn) throw new Error('clerk has no sign-in resource (not loaded?)')
  return { signIn, errors, fetchStatus }
}

/** The Core 3 sign-up and its errors, read from the same signal `useSignUp()` reads. */
export function signUpState(clerk: Clerk) {
  const { signUp, errors, fetchStatus } = clerk.__internal_state.signUpSignal()
  if (!signUp) throw new Error('clerk has no sign-up resource (not loaded?)')
  return { signUp, errors, fetchStatus }
}

/** The sign-in resource right now (re-read it after every call, as a component re-renders). */
export const signInOf = (clerk: Clerk) => signInState(clerk).signIn

/** The sign-up resource right now. */
export const signUpOf = (clerk: Clerk) => signUpState(clerk).signUp
