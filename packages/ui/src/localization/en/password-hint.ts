/** The live hint under a new password: each rule of the instance's policy, and a strength. */
export const passwordHintStrings = {
  rule_password_too_short: 'At least {value} characters',
  rule_password_too_long: 'At most {value} characters',
  rule_password_needs_number: 'A number',
  rule_password_needs_special: 'A special character',
  rule_password_needs_uppercase: 'A capital letter',
  rule_password_needs_lowercase: 'A lowercase letter',
  ruleMet: '{rule}: met',
  ruleNotMet: '{rule}: not yet',
  strength_weak: 'Strength: weak',
  strength_fair: 'Strength: fair',
  strength_strong: 'Strength: strong',
}
