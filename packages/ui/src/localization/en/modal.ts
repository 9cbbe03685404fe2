export const modalStrings = {
  signInOrUpTitle: 'Sign in or sign up',
  signInTitle: 'Sign in',
  signUpTitle: 'Create your account',
  signIn: 'Sign in',
  signUp: 'Sign up',
  close: 'Close',
}
