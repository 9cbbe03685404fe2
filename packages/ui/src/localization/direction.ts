// The scripts written right to left, by their languages' subtags: Arabic, Hebrew, Persian, Urdu,
// Pashto, Sindhi, Kurdish (Sorani), Uyghur, Yiddish, Dhivehi.
const RIGHT_TO_LEFT = /^(ar|he|iw|fa|ur|ps|sd|ckb|ug|yi|dv)(-|$)/i

/** `rtl` for a locale written right to left (`ar-SA`, `he-IL`, `fa-IR`…), else `ltr`. */
export const directionOf = (locale: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.test(locale) ? 'rtl' : 'ltr')
