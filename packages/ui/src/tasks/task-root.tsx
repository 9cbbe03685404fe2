import type { FlowField, SessionTaskController } from '@flowkit/flows'
import type { ForwardedRef } from 'react'
import type { Strings } from '../localization/types'
import { FormRoot, type RootProps } from '../primitives/form-root'
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
  /** `data-state` of the root, e.g. the setup stage. */
  state?: string
  onValues(values: FormData, task: Task): unknown
}

interface TaskFormRootProps<Key extends SessionTaskController['key']> extends TaskRootProps<TaskOf<Key>> {
  formRef: ForwardedRef<HTMLFormElement>
  rootName: string
  taskKey: Key
  /** The task's one field: a task error naming a field shows there; any other goes to the Alert. */
  field: FlowField
  config(task: TaskOf<Key>): TaskConfig<TaskOf<Key>>
}

/** The `<form>` under every task's Root. */
export function TaskFormRoot<Key extends SessionTaskController['key']>({
  formRef,
  rootName,
  taskKey,
  field,
  config,
  task: prop,
  ...props
}: TaskFormRootProps<Key>) {
  const task = useTask(rootName, taskKey, prop)
  const { state, onValues, strings, ...text } = config(task)
  const fieldError = task.error?.field ? task.error : null
  return (
    <FormRoot
      formRef={formRef}
      step={taskKey}
      data-state={state}
      state={{ ...text, task, pending: task.isPending, error: fieldError ? null : task.error }}
      strings={strings}
      field={field}
      fieldError={fieldError}
      onValues={(values) => onValues(values, task)}
      {...props}
    />
  )
}
