import { type DropInProps, FlowDropIn } from './flow-drop-in'

export interface SignUpProps extends DropInProps {
  /** Your sign-in page, linked from the first step. */
  signInUrl?: string
  /** Always go here after signing in (from this page), ignoring `redirect_url`. */
  signInForceRedirectUrl?: string | null
  /** Go here after signing in (from this page) when there is no `redirect_url`. */
  signInFallbackRedirectUrl?: string | null
}

/**
 * Create an account. A drop-in for Clerk's `<SignUp />`; `forceRedirectUrl` and
 * `fallbackRedirectUrl` apply to the new account.
 *
 * @example
 * <SignUp path="/sign-up" signInUrl="/sign-in" />
 */
export function SignUp({ signInUrl, signInForceRedirectUrl, signInFallbackRedirectUrl, ...props }: SignUpProps) {
  return (
    <FlowDropIn
      {...props}
      component="SignUp"
      intent="sign-up"
      otherForceRedirectUrl={signInForceRedirectUrl}
      otherFallbackRedirectUrl={signInFallbackRedirectUrl}
      switchTo={{ href: signInUrl, prompt: 'haveAccount', link: 'signIn' }}
    />
  )
}
