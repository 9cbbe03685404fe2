// A server component importing the drop-ins directly: this compiles only if @flowkit/ui marks its
// client code with "use client", and the page prerenders only if the drop-ins render on a server.
import { SignIn, SignInOrUp, SignUp, TaskChooseOrganization } from '@flowkit/ui'

export default function Page() {
  return (
    <main>
      <SignInOrUp fallback={<p>Loading sign-in-or-up…</p>} />
      <SignIn fallback={<p>Loading sign-in…</p>} />
      <SignUp fallback={<p>Loading sign-up…</p>} />
      <TaskChooseOrganization fallback={<p>Loading organizations…</p>} />
    </main>
  )
}
