import type { FlowField, SessionTaskController } from '@flowkit/flows'
import type { LocalizationKey, Strings } from '../localization/types'
import type { FormRootProps, RootProps } from '../primitives/form-root'
import { misplaced } from '../primitives/misplaced'
import { type FormState, useUi } from '../primitives/ui-context'

export interface TaskRootProps<Task extends SessionTaskController> extends RootProps {
  /** The task controller (from `useSessionTask`). Defaults to the enclosing drop-in's current task. */
  task?: Task
}

type TaskOf<Key> = Extract<SessionTaskController, { key: Key }>

/** The task of the enclosing Root or drop-in, checked to be the kind the part belongs to. */
export function useTask<Key extends SessionTaskController['key']>(
  part: string,
  key: Key,
  prop?: SessionTaskController,
): TaskOf<Key> {
  const { task, flow } = useUi()
  const found = prop ?? task ?? flow?.task
  if (found?.key !== key) throw misplaced(part)
  return found as TaskOf<Key>
}

export type TaskConfig<Task> = Pick<FormState, 'titleKey' | 'subtitleKey' | 'submitKey'> & {
  strings: Strings
  /** The Label text of the task's field. */
  labelKey?: LocalizationKey
  /** `data-state` of the root, e.g. the setup stage. */
  state?: string
  onValues(values: FormData, task: Task): unknown
}

/**
 * The props that make a FormRoot the Root of a session task: the task goes into scope, a task
 * error naming a field shows on the task's one field (any other goes to the Alert), and submit
 * hands the form's values to the task.
 */
export function useTaskForm<Key extends SessionTaskController['key']>(
  rootName: string,
  taskKey: Key,
  prop: SessionTaskController | undefined,
  field: FlowField,
  config: (task: TaskOf<Key>) => TaskConfig<TaskOf<Key>>,
): Omit<FormRootProps, 'formRef'> & { 'data-state': string | undefined } {
  const task = useTask(rootName, taskKey, prop)
  const { state, onValues, strings, labelKey, ...text } = config(task)
  const fieldError = task.error?.field ? task.error : null
  return {
    step: taskKey,
    'data-state': state,
    state: { ...text, task, pending: task.isPending, error: fieldError ? null : task.error },
    strings,
    field,
    fieldError,
    fieldLabelKey: labelKey,
    onValues: (values) => onValues(values, task),
  }
}
