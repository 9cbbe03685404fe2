// Type-level checks, enforced by `tsc -b` (each `@ts-expect-error` fails the typecheck once the
// line stops being an error) and kept honest at run time by the assertions below.
import { describe, expect, it } from 'vitest'
import { SignIn } from './sign-in'
import { SignInOrUp } from './sign-in-or-up'
import { SignUp } from './sign-up'
import { TaskChooseOrganization } from './task-drop-ins'

describe('drop-in props', () => {
  it('accept the Clerk props a migration brings along', () => {
    const elements = [
      <SignInOrUp
        key="a"
        routing="path"
        path="/sign-in"
        forceRedirectUrl="/a"
        fallbackRedirectUrl="/b"
        signUpForceRedirectUrl="/c"
        signUpFallbackRedirectUrl="/d"
        initialValues={{ emailAddress: 'ada@example.com' }}
        appearance={{ variables: { colorPrimary: 'red' } }}
        oauthFlow="redirect"
      />,
      <SignIn key="b" routing="hash" signUpUrl="/sign-up" withSignUp={false} transferable />,
      <SignUp key="c" routing="virtual" signInUrl="/sign-in" unsafeMetadata={{ plan: 'pro' }} />,
      <TaskChooseOrganization key="d" redirectUrlComplete="/dashboard" />,
    ]
    expect(elements.map((element) => element.props)).toHaveLength(4)
  })

  it('reject props that are not Clerk’s nor Flowkit’s, and values Clerk does not take', () => {
    const elements = [
      // @ts-expect-error: a typo of `fallbackRedirectUrl` is a type error, not a silent no-op
      <SignInOrUp key="a" fallbackRedirectURL="/dashboard" />,
      // @ts-expect-error: `routing` is one of path, hash or virtual
      <SignIn key="b" routing="memory" />,
      // @ts-expect-error: `mode` is standard or signUpIfMissing
      <SignUp key="c" mode="passwordless" />,
      // @ts-expect-error: a task drop-in has no sign-in redirect props
      <TaskChooseOrganization key="d" forceRedirectUrl="/x" />,
    ]
    expect(elements).toHaveLength(4)
  })
})
