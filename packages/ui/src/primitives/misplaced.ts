/**
 * `value`, which a part found in its Root's scope; when there is none, the one error a misplaced
 * part throws: a programmer mistake, said with what to do.
 */
export function inScope<T>(value: T | null | undefined | false, part: string): T {
  if (value) return value
  throw new Error(
    // The full sentence is development-only; production bundles keep the part's name.
    process.env.NODE_ENV !== 'production'
      ? `Flowkit: <${part}> must be inside its Root (or a drop-in).`
      : `Flowkit: <${part}> outside its Root`,
  )
}
