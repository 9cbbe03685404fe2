import type { en } from './en'

/** A key of Flowkit's string table. */
export type LocalizationKey = keyof typeof en

/** A slice of the string table: the English defaults a step brings along. */
export type Strings = { [Key in LocalizationKey]?: string }

/**
 * Overrides for Flowkit's strings, per key. `errors` overrides error messages; an error's text is
 * the first of `errors[messageKey]` (Flowkit's own key such as `invalid_email`, or Clerk's
 * `code__param` such as `form_code_incorrect__code`), `errors[clerkCode]` (Clerk's plain code:
 * `form_code_incorrect`), `errors[code]` (Flowkit's stable code: `incorrect_code`) that is set,
 * else the error's own English `message`.
 */
export type Localization = Strings & {
  errors?: Record<string, string>
  /**
   * The language of these strings (BCP 47: `fr-FR`, `ar-SA`), as `fromClerk` copies it from Clerk's
   * resource: the drop-in (or a Root given it) sets `lang`, and `dir="rtl"` for a script written
   * right to left.
   */
  locale?: string
}
