export const passwordStrings = {
  passwordTitle: 'Enter your password',
  asIdentifier: '{identifier}',
  password: 'Password',
  forgotPassword: 'Forgot password?',
}
