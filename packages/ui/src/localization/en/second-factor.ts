export const secondFactorStrings = {
  secondFactorTitle: 'Two-step verification',
  totpHint: 'Enter the code from your authenticator app.',
  backupCodeHint: 'Enter one of your backup codes.',
  backupCode: 'Backup code',
  method_totp: 'Use your authenticator app',
  method_phone_code: 'Text me a code',
  method_email_code: 'Email me a code',
  method_passkey: 'Use your passkey',
  method_backup_code: 'Use a backup code',
  passkeyHint: 'Confirm it’s you with the passkey on this device.',
  usePasskey: 'Use passkey',
}
