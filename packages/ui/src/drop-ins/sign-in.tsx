import { FlowDropIn } from './flow-drop-in'
import type { SignInOrUpProps } from './sign-in-or-up'

export interface SignInProps extends SignInOrUpProps {
  /** Your sign-up page, linked from the first step. */
  signUpUrl?: string
  /** Sign up unknown accounts right here, as `<SignInOrUp />` does. */
  withSignUp?: boolean
  /** Only `true` (the default) is supported; `false` logs a development warning. */
  transferable?: boolean
}

/**
 * Sign in to an existing account. A drop-in for Clerk's `<SignIn />`.
 *
 * @example
 * <SignIn path="/sign-in" signUpUrl="/sign-up" />
 */
export function SignIn({
  signUpUrl,
  withSignUp,
  signUpForceRedirectUrl,
  signUpFallbackRedirectUrl,
  ...props
}: SignInProps) {
  return (
    <FlowDropIn
      {...props}
      component="SignIn"
      intent={withSignUp ? 'sign-in-or-up' : 'sign-in'}
      otherForceRedirectUrl={signUpForceRedirectUrl}
      otherFallbackRedirectUrl={signUpFallbackRedirectUrl}
      switchTo={{ href: signUpUrl, prompt: 'noAccount', link: 'signUp' }}
    />
  )
}
