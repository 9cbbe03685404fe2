import { SignInButton } from '@flowkit/ui/modal'

export default function ModalPage() {
  return (
    <main>
      <SignInButton />
    </main>
  )
}
