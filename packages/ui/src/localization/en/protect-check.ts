export const protectCheckStrings = {
  protectCheckTitle: 'Checking your browser',
  protectCheckRunning: 'Running a quick check…',
  retry: 'Try again',
}
