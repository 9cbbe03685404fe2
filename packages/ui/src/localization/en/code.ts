export const codeStrings = {
  checkEmail: 'Check your email',
  checkPhone: 'Check your phone',
  clientTrustTitle: 'Verify it’s you',
  resetTitle: 'Reset your password',
  verifyEmail: 'Verify your email',
  verifyPhone: 'Verify your phone number',
  codeSentWhatsApp: 'We sent a code to {identifier} on WhatsApp.',
  sendWithWhatsApp: 'Send with WhatsApp instead',
}
