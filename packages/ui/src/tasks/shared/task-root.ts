import type { SessionTaskController } from '@flowkit/flows'
import { useTask } from '../../primitives/source-context'
import type { RootProps, StepConfig, StepSource } from '../../primitives/step-root'

export type TaskRootProps<Task extends SessionTaskController> = RootProps & {
  /** The task controller (from `useSessionTask`). Defaults to the enclosing drop-in's current task. */
  task?: Task
}

type TaskOf<Key> = Extract<SessionTaskController, { key: Key }>

/**
 * A session task's StepRoot inputs: the task (the prop, else the drop-in's) as the state source —
 * an error naming a field shows on the task's one field, any other in the Alert — and its config.
 */
export function useTaskRoot<Key extends SessionTaskController['key']>(
  rootName: string,
  key: Key,
  prop: SessionTaskController | undefined,
  configOf: (task: TaskOf<Key>) => StepConfig,
): { source: StepSource; config: StepConfig } {
  const task = useTask(rootName, key, prop)
  const fieldError = task.error?.field ? task.error : null
  return {
    source: { step: key, task, pending: task.isPending, error: fieldError ? null : task.error, fieldError },
    config: configOf(task),
  }
}
