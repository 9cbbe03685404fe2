import type { Navigate } from '@flowkit/flows'
import * as Dialog from '@radix-ui/react-dialog'
import { forwardRef, type ReactNode, useContext, useState } from 'react'
import { modalStrings } from '../localization/en/modal'
import { localeAttributes } from '../localization/locale-attributes'
import type { Localization, LocalizationKey } from '../localization/types'
import { useDropInLocalization } from '../localization/use-drop-in-localization'
import { type ClassNames, OptionsContext, UiScope, useText } from '../primitives/ui-options'
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

interface ModalState {
  open: boolean
  onOpenChange(open: boolean): void
  /** The drop-in's `navigate`: closes the dialog, then goes on with the app's router or `window.location`. */
  navigate: Navigate
}

/**
 * The dialog's open state, controlled or not, and a `navigate` that closes it first: once signed in,
 * the app's router renders the next page under the modal, which must not stay open over it.
 */
function useModalState({ open, defaultOpen, onOpenChange }: ModalProps, navigate: Navigate | undefined): ModalState {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen ?? false)
  const change = (next: boolean) => {
    setUncontrolled(next)
    onOpenChange?.(next)
  }
  return {
    open: open ?? uncontrolled,
    onOpenChange: change,
    navigate: (to, options) => {
      change(false)
      return navigate ? navigate(to, options) : window.location.assign(to)
    },
  }
}

function Modal({
  state,
  trigger,
  getContainer,
  title,
  children,
}: Pick<ModalProps, 'trigger' | 'getContainer'> & { state: ModalState; title: LocalizationKey; children: ReactNode }) {
  const { t } = useText()
  const { classNames, localization } = useContext(OptionsContext)
  return (
    <Dialog.Root open={state.open} onOpenChange={state.onOpenChange}>
      {trigger && <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>}
      <Dialog.Portal container={getContainer?.()}>
        <Dialog.Overlay data-flowkit-part="overlay" className={classNames.overlay} />
        {/* The steps carry their own text, so there is no separate description. */}
        <Dialog.Content
          data-flowkit-part="dialog"
          className={classNames.dialog}
          aria-describedby={undefined}
          {...localeAttributes(localization)}
        >
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

/** The modal's own strings (its title, Close, the trigger), in ClerkProvider's language too. */
function ModalScope(props: {
  localization?: Localization | undefined
  classNames?: ClassNames | undefined
  children: ReactNode
}) {
  const { localization } = useDropInLocalization(props.localization)
  return (
    <UiScope localization={localization} classNames={props.classNames} strings={modalStrings}>
      {props.children}
    </UiScope>
  )
}

/**
 * Splits a modal variant's props into the dialog's and the drop-in's: the drop-in routes in memory
 * and navigates through the dialog, which closes on the way.
 */
function useSplit<Props extends ModalProps & { navigate?: Navigate | undefined }>({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  getContainer,
  navigate,
  ...rest
}: Props) {
  const state = useModalState({ open, defaultOpen, onOpenChange }, navigate)
  return {
    modal: { state, trigger, getContainer },
    dropIn: { ...rest, routing: 'virtual' as const, navigate: state.navigate },
  }
}

export type SignInOrUpModalProps = WithoutRouting<SignInOrUpProps> & ModalProps

/**
 * `<SignInOrUp />` in a focus-trapped dialog (`@radix-ui/react-dialog`) that Escape closes.
 * The step stays in memory (`routing="virtual"`).
 */
export function SignInOrUpModal(props: SignInOrUpModalProps) {
  const { modal, dropIn } = useSplit(props)
  return (
    <ModalScope localization={props.localization} classNames={props.classNames}>
      <Modal {...modal} title="signInOrUpTitle">
        <SignInOrUp {...dropIn} />
      </Modal>
    </ModalScope>
  )
}

export interface SignInButtonProps extends WithoutRouting<SignInProps>, Omit<ModalProps, 'trigger'> {
  /** Your own button; default a `<button>` saying "Sign in". */
  children?: ReactNode
}

/** A button that opens `<SignIn />` in a modal. Drop-in for Clerk's `<SignInButton mode="modal" />`. */
export function SignInButton({ children, ...props }: SignInButtonProps) {
  const { modal, dropIn } = useSplit(props)
  return (
    <ModalScope localization={props.localization} classNames={props.classNames}>
      <Modal {...modal} trigger={children ?? <TriggerButton label="signIn" />} title="signInTitle">
        <SignIn {...dropIn} />
      </Modal>
    </ModalScope>
  )
}

export interface SignUpButtonProps extends WithoutRouting<SignUpProps>, Omit<ModalProps, 'trigger'> {
  /** Your own button; default a `<button>` saying "Sign up". */
  children?: ReactNode
}

/** A button that opens `<SignUp />` in a modal. Drop-in for Clerk's `<SignUpButton mode="modal" />`. */
export function SignUpButton({ children, ...props }: SignUpButtonProps) {
  const { modal, dropIn } = useSplit(props)
  return (
    <ModalScope localization={props.localization} classNames={props.classNames}>
      <Modal {...modal} trigger={children ?? <TriggerButton label="signUp" />} title="signUpTitle">
        <SignUp {...dropIn} />
      </Modal>
    </ModalScope>
  )
}

/** The default trigger; a forwardRef so the dialog can return focus to it on close. */
const TriggerButton = forwardRef<HTMLButtonElement, { label: LocalizationKey }>(function TriggerButton(
  { label, ...props },
  ref,
) {
  const { t } = useText()
  const { classNames } = useContext(OptionsContext)
  return (
    <button ref={ref} type="button" data-flowkit-part="trigger" className={classNames.trigger} {...props}>
      {t(label)}
    </button>
  )
})
