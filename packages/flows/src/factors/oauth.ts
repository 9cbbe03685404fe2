import type { OAuthStrategy, SignInFutureResource } from '@clerk/react/types'
import type { SocialProvider } from '../sign-in-or-up/types'
import type { ClerkResult, Environment, Factor } from './types'

/** The social providers users can sign in with, in the instance's order. */
const providers = (env: Environment): Array<SocialProvider & { strategy: OAuthStrategy }> =>
  Object.values(env?.userSettings.social ?? {})
    .filter((provider) => provider.enabled && provider.authenticatable)
    .map(({ strategy, name }) => ({ strategy, name }))

/** Social sign-in (Google, GitHub…): a redirect to the provider, and back to `returnTo`. */
export const oauth = {
  enabled: (env: Environment) => providers(env).length > 0,
  providers,
  // Both URLs bring the user back to a page with this flow, which finishes (see start-up).
  redirect: (signIn: SignInFutureResource, strategy: OAuthStrategy, returnTo: string): Promise<ClerkResult> =>
    signIn.sso({ strategy, redirectUrl: returnTo, redirectCallbackUrl: returnTo }),
} satisfies Factor
