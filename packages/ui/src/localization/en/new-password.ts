export const newPasswordStrings = {
  newPasswordTitle: 'Set a new password',
  newPassword: 'New password',
  signOutOthers: 'Sign out of all other devices',
  resetPassword: 'Reset password',
}
