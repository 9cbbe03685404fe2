import { directionOf } from './direction'
import type { Localization } from './types'

/** `lang` and `dir` for an element whose strings are `localization`'s, when it names its locale. */
export const localeAttributes = (localization: Localization | undefined) => {
  const locale = localization?.locale
  return locale ? { lang: locale, dir: directionOf(locale) } : {}
}
