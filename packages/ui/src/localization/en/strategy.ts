export const strategyStrings = {
  chooseStrategyTitle: 'Use another method',
  strategy_password: 'Use your password',
  strategy_email_code: 'Email me a code',
  strategy_phone_code: 'Text me a code',
  strategy_email_link: 'Email me a link',
}
