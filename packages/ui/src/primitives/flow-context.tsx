import type { SignInOrUpFlow } from '@flowkit/flows'
import { misplaced } from './misplaced'
import { useUi } from './ui-context'

/** The flow from the prop, else from the enclosing Root or drop-in. */
export function useFlow(part: string, prop?: SignInOrUpFlow | null): SignInOrUpFlow {
  const { flow } = useUi()
  const found = prop ?? flow
  if (!found) throw misplaced(part)
  return found
}
