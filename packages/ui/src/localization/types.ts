import type { en } from './en'

/** A key of Flowkit's string table. */
export type LocalizationKey = keyof typeof en

/** A slice of the string table: the English defaults a step brings along. */
export type Strings = { [Key in LocalizationKey]?: string }

/**
 * Overrides for Flowkit's strings, per key. `errors` overrides error messages by
 * `FlowError.messageKey` (e.g. `form_password_incorrect`); without an entry, the error's own
 * English `message` is shown.
 */
export type Localization = Strings & { errors?: Record<string, string> }
