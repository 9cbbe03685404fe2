export { CODE_LENGTH, filterCodeInput, normalizeCode } from './input/normalize-code'
export type {
  IdentifierKind,
  IdentifierProblem,
  NormalizedIdentifier,
  NormalizeIdentifierOptions,
} from './input/normalize-identifier'
export { normalizeIdentifier } from './input/normalize-identifier'
