import type { FlowError } from '@flowkit/flows'
import { createContext } from 'react'
import type { LocalizationKey } from '../localization/types'

/**
 * What a step's or task's Root tells the parts about the step: its state and its text keys.
 * Outside any Root (a consumer's own form) it is empty, and Title, Alert and Submit show an idle step.
 */
export interface StepState {
  pending?: boolean
  /** The Root's `disabled`: every control of the step is disabled. */
  disabled?: boolean
  /** An error about the whole step, shown by the Alert part. */
  error?: FlowError | null | undefined
  titleKey?: LocalizationKey
  subtitleKey?: LocalizationKey | undefined
  /** Values for the title's and subtitle's placeholders. */
  values?: Record<string, string | undefined> | undefined
  submitKey?: LocalizationKey | undefined
}

export const StepContext = /* @__PURE__ */ createContext<StepState>({})
