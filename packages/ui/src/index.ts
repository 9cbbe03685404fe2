export { composeRefs, useComposedRefs } from './primitives/compose-refs'
export type { SlotProps } from './primitives/slot'
export { Slot } from './primitives/slot'
