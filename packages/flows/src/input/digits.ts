const DECIMAL_DIGIT = /\p{Nd}/u

/**
 * Folds every Unicode decimal digit (full-width `１`, Arabic-Indic `٣`, Devanagari `७`, …) to its
 * ASCII counterpart. Unicode guarantees that decimal digits come in contiguous runs of 0–9, so a
 * digit's value is its distance from the start of its run, modulo 10 (some runs sit back to back).
 */
export function foldDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const codePoint = digit.codePointAt(0) as number
    let runStart = codePoint
    while (DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--
    return String((codePoint - runStart) % 10)
  })
}
