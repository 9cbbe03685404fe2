export const statusStrings = {
  completeTitle: 'You’re signed in',
  unknownTaskTitle: 'One more step is needed',
  unknownTaskHint: 'Finish it in your account settings.',
}
