// @flowkit/ui/modal: the modal variants, in their own entry so apps that never open a modal do
// not bundle @radix-ui/react-dialog.

export {
  type ModalProps,
  SignInButton,
  type SignInButtonProps,
  SignInOrUpModal,
  type SignInOrUpModalProps,
  SignUpButton,
  type SignUpButtonProps,
} from './drop-ins/modal'
