/** Who may sign up, said up front: an invitation-only or a waitlist instance. */
export const signUpModeStrings = {
  invitationOnly: 'Sign-up is by invitation only.',
  signUpClosedTitle: 'Access restricted',
  signUpRestrictedHint: 'Sign-up is by invitation only: open the link in your invitation.',
  signUpWaitlistHint: 'Sign-up is closed for now: join the waitlist.',
  earlyAccess: 'Want early access?',
}
