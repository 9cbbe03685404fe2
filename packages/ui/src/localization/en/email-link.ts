export const emailLinkStrings = {
  checkEmail: 'Check your email',
  linkSent: 'We sent a sign-in link to {identifier}.',
  resendLink: 'Resend link',
  resendLinkIn: 'Resend link in {seconds}s',
}
