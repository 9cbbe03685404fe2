import { runProtectCheck } from '@flowkit/flows'
import { forwardRef, useEffect, useRef } from 'react'
import { useComposedRefs } from '../../primitives/compose-refs'
import { Part, type PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useProtectRun } from './protect-check-step-root'

/**
 * The element Clerk Protect's challenge renders into. Mounted, it runs the challenge the step names
 * (`runProtectCheck`: the https script Clerk names, given only the challenge's token and hints) and
 * passes the proof it resolves with to `flow.passProtectCheck`, unchanged. Unmounted, or given a new
 * challenge (after a failed check), it aborts the run. Its content is the script's, never React's.
 */
export const ProtectChallenge = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(
  function ProtectChallenge(props, ref) {
    const flow = useFlow('ProtectCheckStep.Challenge')
    const run = useProtectRun('ProtectCheckStep.Challenge')
    const container = useRef<HTMLDivElement>(null)
    // The flow when the proof arrives, not when the run started (its verbs act on Clerk's latest).
    const latest = useRef(flow)
    latest.current = flow
    const challenge = flow.step.name === 'protect-check' ? flow.step.challenge : null

    // biome-ignore lint/correctness/useExhaustiveDependencies: a new challenge (token) or a retry starts a new run
    useEffect(() => {
      const element = container.current
      if (!challenge || !element) return
      const controller = new AbortController()
      element.replaceChildren()
      run.setState({ running: true, failed: false })
      runProtectCheck(challenge, element, { signal: controller.signal, load: run.load }).then(
        (proof) => {
          if (controller.signal.aborted) return
          run.setState({ running: false, failed: false })
          void latest.current.passProtectCheck(proof)
        },
        () => controller.signal.aborted || run.setState({ running: false, failed: true }),
      )
      return () => controller.abort()
    }, [challenge?.token, run.runs])

    return <Part as="div" partName="protect-challenge" elementRef={useComposedRefs(ref, container)} {...props} />
  },
)
