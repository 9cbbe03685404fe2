import type { SignInFutureResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { SignInOrUpStep } from '../sign-in-or-up/types'
import { offered } from './offered'
import type { ClerkResult, CodeCalls, Environment, Factor } from './types'

/** A link sent by email: the user opens it (here or on another device) and this page goes on. */
export const emailLink = {
  enabled: (env: Environment, kind: IdentifierKind) => offered(env, kind, 'email_link'),
  step: (safeIdentifier: string): SignInOrUpStep => ({ name: 'email-link', safeIdentifier }),
  firstFactor: (signIn: SignInFutureResource): CodeCalls => ({
    // The link brings the user back to this page, which reads `__clerk_status` (see start-up).
    send: (emailAddress) =>
      signIn.emailLink.sendLink({ verificationUrl: window.location.href, ...(emailAddress && { emailAddress }) }),
  }),
  /** Resolves once the link was opened, or it expired. */
  wait: (signIn: SignInFutureResource): Promise<ClerkResult> => signIn.emailLink.waitForVerification(),
} satisfies Factor
