export const footerStrings = {
  noAccount: 'Don’t have an account?',
  haveAccount: 'Already have an account?',
  signUp: 'Sign up',
  signIn: 'Sign in',
  joinWaitlist: 'Join the waitlist',
}
