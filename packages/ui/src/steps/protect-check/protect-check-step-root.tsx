import { type FlowError, messages, type RunProtectOptions, type SignInOrUpFlow } from '@flowkit/flows'
import { createContext, forwardRef, useContext, useState } from 'react'
import { protectCheckStrings } from '../../localization/en/protect-check'
import { inScope } from '../../primitives/misplaced'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

export interface ProtectCheckStepRootProps extends FlowRootProps<'div'> {
  /**
   * Loads the challenge script Clerk names (`challenge.sdkUrl`, https only). Default: a dynamic
   * `import()`. Tests where `import()` of an https URL cannot run (jsdom) pass the sandbox's challenge.
   */
  loadProtectScript?: RunProtectOptions['load']
}

/** Where the step's challenge script is: running, failed to run, and how to run it again. */
export interface ProtectRun {
  load: RunProtectOptions['load']
  /** Counts the runs the user asked for (`Retry`); the challenge runs again when it changes. */
  runs: number
  running: boolean
  failed: boolean
  setState(state: { running: boolean; failed: boolean }): void
  retry(): void
}

export const ProtectRunContext = /* @__PURE__ */ createContext<ProtectRun | null>(null)

/** The step's run of its challenge, for its parts; `part` names the caller when outside the Root. */
export const useProtectRun = (part: string) => inScope(useContext(ProtectRunContext), part)

// A script that would not load or run is this page's failure, not Clerk's answer: said, with a retry.
// A function, not a constant: a module-level read of `messages` would keep the whole table in every
// app that bundles this file's chunk, the step or not.
const scriptFailed = (): FlowError => ({
  code: 'protect_check_failed',
  messageKey: 'protect_check_script',
  message: messages.protect_check_script ?? messages.unknown,
})

/**
 * The protect-check step (a `<div>`: the challenge script, not a form, produces what is sent). It
 * runs Clerk Protect's challenge in its `Challenge` part and hands the proof to
 * `flow.passProtectCheck`; pending while the script runs and while the proof is checked.
 */
export const ProtectCheckStepRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, ProtectCheckStepRootProps>(
  function ProtectCheckStepRoot({ flow, loadProtectScript, ...props }, ref) {
    const [{ running, failed }, setState] = useState({ running: false, failed: false })
    const [runs, setRuns] = useState(0)
    const config = (_: SignInOrUpFlow): StepConfig => ({
      strings: protectCheckStrings,
      titleKey: 'protectCheckTitle',
      subtitleKey: running ? 'protectCheckRunning' : undefined,
    })
    const { source, ...root } = useFlowRoot('ProtectCheckStep.Root', flow, config)
    const run: ProtectRun = {
      load: loadProtectScript,
      runs,
      running,
      failed,
      setState,
      retry: () => setRuns((count) => count + 1),
    }
    return (
      <ProtectRunContext.Provider value={run}>
        <StepRoot
          rootRef={ref}
          {...root}
          source={{ ...source, pending: source.pending || running, error: failed ? scriptFailed() : source.error }}
          {...props}
        />
      </ProtectRunContext.Provider>
    )
  },
)
