export const enterpriseSsoStrings = {
  enterpriseSsoTitle: 'Choose your enterprise account',
  enterpriseSsoHint: 'Select the account to continue with.',
  enterpriseConnection: 'Continue with {provider}',
}
