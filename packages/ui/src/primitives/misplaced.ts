/** The one error a misplaced part throws: a programmer mistake, said with what to do. */
export const misplaced = (part: string) =>
  new Error(
    // The full sentence is development-only; production bundles keep the part's name.
    process.env.NODE_ENV !== 'production'
      ? `Flowkit: <${part}> must be inside its Root (or a drop-in).`
      : `Flowkit: <${part}> outside its Root`,
  )
