import type { FlowError, SessionTaskController, SignInOrUpFlow } from '@flowkit/flows'
import { createContext, type ReactNode, useContext } from 'react'
import { common } from '../localization/en'
import type { Localization, LocalizationKey, Strings } from '../localization/types'
import type { PartName } from './part-names'

/** A class per part, e.g. `{ submit: 'btn btn-primary', 'code-input': 'otp' }`. */
export type ClassNames = { [Part in PartName]?: string }

/** What every Root and drop-in accepts to translate and style its parts. */
export interface UiOptions {
  /** Overrides Flowkit's English strings per key (typed), and error messages by `messageKey`. */
  localization?: Localization
  /** A class per part, added to that part's own `className`. */
  classNames?: ClassNames
}

/** A field's wiring: what its Label, control, Description and Error share. */
export interface FieldState {
  id: string
  name: string
  error: FlowError | null | undefined
  /** The Label's text when it has no children: a step's or task's main field names its own. */
  labelKey?: LocalizationKey | undefined
  /** Ids of the rendered Description and Error parts, for the control's `aria-describedby`. */
  describedBy: string[]
  register(id: string): () => void
}

/** What a step's Root tells the parts inside it. */
export interface FormState {
  /** The sign-in-or-up flow, from the Root's `flow` prop or the drop-in. */
  flow?: SignInOrUpFlow | null
  /** The session task of a task Root. */
  task?: SessionTaskController | null
  /** The field the label, input and error parts belong to. */
  field?: FieldState | undefined
  pending?: boolean
  disabled?: boolean
  /** An error about the whole step, shown by the Alert part. */
  error?: FlowError | null
  titleKey?: LocalizationKey
  subtitleKey?: LocalizationKey | undefined
  /** Values for the title's and subtitle's placeholders. */
  values?: Record<string, string> | undefined
  submitKey?: LocalizationKey
}

interface UiValue extends FormState {
  localization: Localization
  classNames: ClassNames
  /** The English defaults in scope: the shared ones plus each enclosing step's. */
  strings: Strings
}

// One context for strings, classes, the flow and the step's state: every part reads it with one hook.
const UiContext = /* @__PURE__ */ createContext<UiValue>({ localization: {}, classNames: {}, strings: common })

export interface UiScopeProps extends UiOptions {
  /** English defaults this scope adds (a step's own strings). */
  strings?: Strings | undefined
  /** The state of the step this scope is the Root of. */
  state?: FormState
  children?: ReactNode
}

/** Scopes localization, classNames, default strings and step state; inner scopes override per key. */
export function UiScope({ localization, classNames, strings, state, children }: UiScopeProps) {
  const outer = useContext(UiContext)
  // No memo: a scope re-renders only with its parent, and then so do all its children.
  const value = {
    ...outer,
    ...state,
    localization: { ...outer.localization, ...localization },
    classNames: { ...outer.classNames, ...classNames },
    strings: { ...outer.strings, ...strings },
  }
  return <UiContext.Provider value={value}>{children}</UiContext.Provider>
}

/** Fills `{name}` placeholders. */
export const format = (template: string, values?: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match))

/** The scope's options and step state, with the helpers that turn keys and errors into text. */
export function useUi() {
  const ui = useContext(UiContext)
  const { localization, strings } = ui
  const text = (key: string, fallback: string) =>
    localization[key as LocalizationKey] ?? strings[key as LocalizationKey] ?? fallback
  return {
    ...ui,
    /** The string for `key`, localized, with placeholders filled. */
    t: (key: LocalizationKey, values?: Record<string, string | number>) => format(text(key, key), values),
    /** The string for a key learned at run time (a missing field's `labelKey`), else `fallback`. */
    text,
    /** The text of an error: the table's entry for its `messageKey`, else its own message. */
    message: (error: FlowError) => localization.errors?.[error.messageKey] ?? error.message,
  }
}
