/** The one error a misplaced part throws: a programmer mistake, said with what to do. */
export const misplaced = (part: string) => new Error(`Flowkit: <${part}> must be inside its Root (or a drop-in).`)
