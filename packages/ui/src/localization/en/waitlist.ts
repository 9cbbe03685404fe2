export const waitlistStrings = {
  waitlistTitle: 'Join the waitlist',
  waitlistHint: 'Enter your email address and we’ll let you know when your spot is ready.',
  email_address: 'Email address',
  joinWaitlist: 'Join the waitlist',
  waitlistJoinedTitle: 'Thanks for joining the waitlist!',
  waitlistJoinedHint: 'We’ll be in touch when your spot is ready.',
  haveAccess: 'Already have access?',
  signIn: 'Sign in',
}
