// Tree-shaking checks (issue 7): an app that imports one step carries no other step's code, and an
// app that imports @flowkit/ui + @flowkit/flows carries nothing of @flowkit/sandbox (nor msw).
// The QR encoder (lean-qr) reaches only an app that imports SetupMfaTask.
// Each check first proves it can fail: its markers must be found where the code IS bundled.
import { apps, measure, use } from './bundle-size.mjs'

/**
 * Strings that survive minification and belong to one component only: the part names its context
 * errors quote (`useFlow('IdentifierStep.Input')`), and for the modal its overlay part and Radix's
 * dialog. `presentIn` is the app whose bundle must contain the marker.
 */
const stepMarkers = [
  { owner: 'IdentifierStep', marker: '"IdentifierStep.', presentIn: 'dropIn' },
  { owner: 'PasswordStep', marker: '"PasswordStep.', presentIn: 'dropIn' },
  { owner: 'SetupMfaTask', marker: '"SetupMfaTask.', presentIn: 'dropIn' },
  { owner: 'ChooseOrganizationTask', marker: '"ChooseOrganizationTask.', presentIn: 'dropIn' },
  { owner: 'modal (Flowkit overlay part)', marker: '"overlay"', presentIn: 'modal' },
  { owner: 'modal (@radix-ui/react-dialog)', marker: 'DialogContent', presentIn: 'modal' },
]

/** Paths (metafile inputs) that must never reach an app that does not import the sandbox. */
const sandboxPaths = [/packages\/sandbox\//, /node_modules\/(\.pnpm\/)?msw/, /@flowkit\/sandbox/, /@mswjs\//]
const sandboxFiles = (files) => files.filter((file) => sandboxPaths.some((pattern) => pattern.test(file)))
const qrFiles = (files) => files.filter((file) => /node_modules\/(\.pnpm\/)?lean-qr/.test(file))

/** Runs every check; returns `{ name, ok, detail }` rows. */
export async function checkTreeShaking() {
  const [oneStep, dropIn, modal, flowsAndUi, sandboxApp, setupMfaApp] = await Promise.all([
    measure(use(['CodeStep'], '@flowkit/ui')),
    measure(apps.dropIn),
    measure(apps.modal),
    measure(`${use(['SignInOrUp'], '@flowkit/ui')}\n${use(['useSignInOrUp', 'useSessionTask'], '@flowkit/flows')}`),
    measure(use(['createSandbox'], '@flowkit/sandbox')),
    measure(use(['SetupMfaTask'], '@flowkit/ui')),
  ])
  const bundles = { dropIn, modal }
  const rows = stepMarkers.map(({ owner, marker, presentIn }) => {
    if (!bundles[presentIn].allText.includes(marker)) {
      return {
        name: `CodeStep app has no ${owner}`,
        ok: false,
        detail: `marker ${marker} not found in the ${presentIn} app: pick another`,
      }
    }
    const absent = !oneStep.allText.includes(marker)
    return { name: `CodeStep app has no ${owner}`, ok: absent, detail: absent ? `${marker} absent` : `${marker} found` }
  })

  const control = sandboxFiles(sandboxApp.resolved)
  const leaked = sandboxFiles(flowsAndUi.resolved)
  const sandboxRow = { name: '@flowkit/ui + @flowkit/flows app has no @flowkit/sandbox, msw' }
  if (control.length === 0) rows.push({ ...sandboxRow, ok: false, detail: 'the detector misses a sandbox app' })
  else
    rows.push({
      ...sandboxRow,
      ok: leaked.length === 0,
      detail: leaked.length ? leaked.join(', ') : `${flowsAndUi.resolved.length} inputs, none from the sandbox or msw`,
    })

  const qrRow = { name: 'CodeStep app has no QR encoder (lean-qr)' }
  const qrInSetupMfa = qrFiles(setupMfaApp.inputs)
  const qrInCodeStep = qrFiles(oneStep.inputs)
  if (qrInSetupMfa.length === 0) rows.push({ ...qrRow, ok: false, detail: 'the detector misses a SetupMfaTask app' })
  else
    rows.push({
      ...qrRow,
      ok: qrInCodeStep.length === 0,
      detail: qrInCodeStep.length
        ? qrInCodeStep.join(', ')
        : `absent (in the SetupMfaTask app: ${qrInSetupMfa.length} file)`,
    })
  return rows
}
