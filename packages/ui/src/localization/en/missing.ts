export const missingStrings = {
  missingTitle: 'Complete your account',
  firstName: 'First name',
  lastName: 'Last name',
  username: 'Username',
  emailAddress: 'Email address',
  phoneNumber: 'Phone number',
  password: 'Password',
  legalAccepted: 'I agree to the {terms} and {privacy}',
  terms: 'Terms of Service',
  privacy: 'Privacy Policy',
}
