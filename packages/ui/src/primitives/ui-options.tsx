import type { FlowError } from '@flowkit/flows'
import { createContext, type ReactNode, useContext } from 'react'
import { common } from '../localization/en/common'
import type { Localization, LocalizationKey, Strings } from '../localization/types'
import type { PartName } from './data-attributes'

/** A class per part, e.g. `{ submit: 'btn btn-primary', 'code-input': 'otp' }`. */
export type ClassNames = { [Part in PartName]?: string }

/** What every Root and drop-in accepts to translate and style its parts. */
export interface UiOptions {
  /** Overrides Flowkit's English strings per key (typed), and error messages by `messageKey`. */
  localization?: Localization
  /** A class per part, added to that part's own `className`. */
  classNames?: ClassNames
}

interface Options {
  localization: Localization
  classNames: ClassNames
  /** The English defaults in scope: the shared ones plus each enclosing step's. */
  strings: Strings
}

/** Strings and classes: what every part reads, and nothing about the step's state. */
export const OptionsContext = /* @__PURE__ */ createContext<Options>({
  localization: {},
  classNames: {},
  strings: common,
})

export interface UiScopeProps extends UiOptions {
  /** English defaults this scope adds (a step's own strings). */
  strings?: Strings | undefined
  children?: ReactNode
}

/** Scopes localization, classNames and default strings; inner scopes override per key. */
export function UiScope({ localization, classNames, strings, children }: UiScopeProps) {
  const outer = useContext(OptionsContext)
  // No memo: a scope re-renders only with its parent, and then so do all its children.
  const value = {
    // Per key, error messages too: an inner `errors` refines the outer one instead of replacing it.
    localization: {
      ...outer.localization,
      ...localization,
      errors: { ...outer.localization.errors, ...localization?.errors },
    },
    classNames: { ...outer.classNames, ...classNames },
    strings: { ...outer.strings, ...strings },
  }
  return <OptionsContext.Provider value={value}>{children}</OptionsContext.Provider>
}

type Values = Record<string, string | number | undefined>

/** Fills `{name}` placeholders. */
export const format = (template: string, values?: Values): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match))

/**
 * A translation with its placeholders filled, or `undefined` when one cannot be (a Clerk text that
 * names a value this part does not have): the caller then shows its default instead of `{name}`.
 */
const filled = (template: string | undefined, values?: Values) => {
  if (template === undefined) return undefined
  // An empty translation stays empty (a text waiting for the application's name), not English.
  const text = format(template, values)
  return /\{\w+\}/.test(text) ? undefined : text
}

/** The helpers that turn keys and errors into the scope's text. */
export function useText() {
  const { localization, strings } = useContext(OptionsContext)
  const text = (key: string, fallback: string) =>
    localization[key as LocalizationKey] ?? strings[key as LocalizationKey] ?? fallback
  return {
    /** The string for `key`, localized, with placeholders filled. */
    t: (key: LocalizationKey, values?: Values) =>
      filled(localization[key], values) ?? format(strings[key] ?? key, values),
    /** The string for a key learned at run time (a missing field's `labelKey`), else `fallback`. */
    text,
    /**
     * The text of an error, from the first of `errors[messageKey]` (a Flowkit key, or Clerk's
     * `code__param`), `errors[clerkCode]` (Clerk's plain code), `errors[code]` (Flowkit's stable
     * code) that is set, with the error's `values` filled in; else its own English message.
     */
    message: ({ messageKey, clerkCode, code, message, values }: FlowError) => {
      const { errors = {} } = localization
      const localized = errors[messageKey] ?? (clerkCode ? errors[clerkCode] : undefined) ?? errors[code]
      return filled(localized, values) ?? message
    },
  }
}
