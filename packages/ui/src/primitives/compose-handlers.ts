/**
 * Runs the consumer's handler first; ours runs unless the consumer called `preventDefault()`.
 * Shared by every part and by `asChild`, so both opt out the same way.
 */
export function composeHandlers<Args extends unknown[]>(
  theirs: ((...args: Args) => void) | undefined,
  ours: (...args: Args) => void,
) {
  return (...args: Args) => {
    theirs?.(...args)
    // A handler of a custom child may be called with something other than an event.
    if (!(args[0] as { defaultPrevented?: boolean } | null | undefined)?.defaultPrevented) ours(...args)
  }
}
