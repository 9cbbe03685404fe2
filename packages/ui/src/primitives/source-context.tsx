import type {
  JoinWaitlistController,
  MissingFieldsController,
  SessionTaskController,
  SignInOrUpFlow,
} from '@flowkit/flows'
import { createContext, useContext } from 'react'
import { inScope } from './misplaced'

/** What a Root (or drop-in) renders: the flow, task or missing fields whose verbs its parts call. */
export interface Source {
  flow?: SignInOrUpFlow | null | undefined
  task?: SessionTaskController | null | undefined
  missingFields?: MissingFieldsController | null | undefined
  waitlist?: JoinWaitlistController | null | undefined
}

export const SourceContext = /* @__PURE__ */ createContext<Source>({})

/** The flow from the prop, else from the enclosing Root or drop-in. */
export function useFlow(part: string, prop?: SignInOrUpFlow | null): SignInOrUpFlow {
  const { flow } = useContext(SourceContext)
  return inScope(prop ?? flow, part)
}

type TaskOf<Key> = Extract<SessionTaskController, { key: Key }>

/** The task from the prop, else the enclosing Root's or drop-in's, checked to be the kind `part` belongs to. */
export function useTask<Key extends SessionTaskController['key']>(
  part: string,
  key: Key,
  prop?: SessionTaskController,
): TaskOf<Key> {
  const { task, flow } = useContext(SourceContext)
  const found = prop ?? task ?? flow?.task
  return inScope(found?.key === key && (found as TaskOf<Key>), part)
}

/** The waitlist from the prop, else from the enclosing Root or `<Waitlist/>` drop-in. */
export function useWaitlistSource(part: string, prop?: JoinWaitlistController | null): JoinWaitlistController {
  const { waitlist } = useContext(SourceContext)
  return inScope(prop ?? waitlist, part)
}
