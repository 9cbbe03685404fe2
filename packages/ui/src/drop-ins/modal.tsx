import * as Dialog from '@radix-ui/react-dialog'
import { forwardRef, type ReactNode } from 'react'
import { modalStrings } from '../localization/en'
import type { LocalizationKey } from '../localization/types'
import { UiScope, useUi } from '../primitives/ui-context'
import { SignIn, type SignInProps } from './sign-in'
import { SignInOrUp, type SignInOrUpProps } from './sign-in-or-up'
import { SignUp, type SignUpProps } from './sign-up'

/** What every modal variant adds to its drop-in's props. */
export interface ModalProps {
  /** Controlled open state. */
  open?: boolean
  /** Open on first render (uncontrolled). */
  defaultOpen?: boolean
  onOpenChange?(open: boolean): void
  /** The element that opens the modal; it keeps its own markup (Radix `Trigger asChild`). */
  trigger?: ReactNode
  /** The element to portal the dialog into, e.g. your app's modal layer. Default `document.body`. */
  getContainer?: () => HTMLElement | null
}

type WithoutRouting<Props> = Omit<Props, 'routing' | 'path'>

function Modal({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  getContainer,
  title,
  children,
}: ModalProps & { title: LocalizationKey; children: ReactNode }) {
  const { t, classNames } = useUi()
  return (
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <Dialog.Portal container={getContainer?.()}>
        <Dialog.Overlay data-flowkit-part="overlay" className={classNames.overlay} />
        {/* The steps carry their own text, so there is no separate description. */}
        <Dialog.Content data-flowkit-part="dialog" className={classNames.dialog} aria-describedby={undefined}>
          {/* Names the dialog; the step's own heading is what sighted users read. */}
          <Dialog.Title hidden>{t(title)}</Dialog.Title>
          {children}
          <Dialog.Close data-flowkit-part="close" className={classNames.close}>
            {t('close')}
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

/** Splits a modal variant's props into the dialog's and the drop-in's; the drop-in routes in memory. */
function split<Props extends ModalProps>({ open, defaultOpen, onOpenChange, trigger, getContainer, ...rest }: Props) {
  return {
    modal: { open, defaultOpen, onOpenChange, trigger, getContainer },
    dropIn: { ...rest, routing: 'virtual' as const },
  }
}

export type SignInOrUpModalProps = WithoutRouting<SignInOrUpProps> & ModalProps

/**
 * `<SignInOrUp />` in a focus-trapped dialog (`@radix-ui/react-dialog`) that Escape closes.
 * The step stays in memory (`routing="virtual"`).
 */
export function SignInOrUpModal(props: SignInOrUpModalProps) {
  const { modal, dropIn } = split(props)
  return (
    <UiScope localization={props.localization} classNames={props.classNames} strings={modalStrings}>
      <Modal {...modal} title="signInOrUpTitle">
        <SignInOrUp {...dropIn} />
      </Modal>
    </UiScope>
  )
}

export interface SignInButtonProps extends WithoutRouting<SignInProps>, Omit<ModalProps, 'trigger'> {
  /** Your own button; default a `<button>` saying "Sign in". */
  children?: ReactNode
}

/** A button that opens `<SignIn />` in a modal. Drop-in for Clerk's `<SignInButton mode="modal" />`. */
export function SignInButton({ children, ...props }: SignInButtonProps) {
  const { modal, dropIn } = split(props)
  return (
    <UiScope localization={props.localization} classNames={props.classNames} strings={modalStrings}>
      <Modal {...modal} trigger={children ?? <TriggerButton label="signIn" />} title="signInTitle">
        <SignIn {...dropIn} />
      </Modal>
    </UiScope>
  )
}

export interface SignUpButtonProps extends WithoutRouting<SignUpProps>, Omit<ModalProps, 'trigger'> {
  /** Your own button; default a `<button>` saying "Sign up". */
  children?: ReactNode
}

/** A button that opens `<SignUp />` in a modal. Drop-in for Clerk's `<SignUpButton mode="modal" />`. */
export function SignUpButton({ children, ...props }: SignUpButtonProps) {
  const { modal, dropIn } = split(props)
  return (
    <UiScope localization={props.localization} classNames={props.classNames} strings={modalStrings}>
      <Modal {...modal} trigger={children ?? <TriggerButton label="signUp" />} title="signUpTitle">
        <SignUp {...dropIn} />
      </Modal>
    </UiScope>
  )
}

/** The default trigger; a forwardRef so the dialog can return focus to it on close. */
const TriggerButton = forwardRef<HTMLButtonElement, { label: LocalizationKey }>(function TriggerButton(
  { label, ...props },
  ref,
) {
  const { t, classNames } = useUi()
  return (
    <button ref={ref} type="button" data-flowkit-part="trigger" className={classNames.trigger} {...props}>
      {t(label)}
    </button>
  )
})
