import { type DropInProps, FlowDropIn } from './flow-drop-in'

export interface SignInOrUpProps extends DropInProps {
  /** Always go here after creating an account, ignoring `redirect_url`. */
  signUpForceRedirectUrl?: string | null
  /** Go here after creating an account when there is no `redirect_url`. */
  signUpFallbackRedirectUrl?: string | null
}

/**
 * Sign in, or sign up when the account does not exist, in one flow: the journey of Clerk's
 * sign-in-or-up guide, enumeration-safe by default. A drop-in for Clerk's `<SignIn withSignUp />`.
 *
 * @example
 * <SignInOrUp path="/sign-in" fallbackRedirectUrl="/dashboard" />
 */
export function SignInOrUp({ signUpForceRedirectUrl, signUpFallbackRedirectUrl, ...props }: SignInOrUpProps) {
  return (
    <FlowDropIn
      {...props}
      component="SignInOrUp"
      intent="sign-in-or-up"
      otherForceRedirectUrl={signUpForceRedirectUrl}
      otherFallbackRedirectUrl={signUpFallbackRedirectUrl}
    />
  )
}
