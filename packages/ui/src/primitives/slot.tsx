import {
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react'
import { composeHandlers } from './compose-handlers'
import { composeRefs } from './compose-refs'
import { joinClasses } from './join-classes'

type AnyProps = Record<string, unknown>
type Handler = (...args: unknown[]) => void

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode
}

/**
 * Renders `child` with `slotProps` merged in: the `asChild` mechanism. Handlers are composed (the
 * child's runs first, so it can `preventDefault()` the part's own behaviour), classes and styles
 * are merged, and refs are composed.
 */
export function renderSlot(child: ReactNode, slotProps: AnyProps, ref: unknown): ReactElement {
  if (!isValidElement<AnyProps>(child)) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? 'Flowkit: `asChild` needs exactly one React element child.'
        : 'Flowkit: `asChild` child',
    )
  }
  const childProps = child.props
  // React 19 passes the child's ref as a prop; React 18 keeps it on the element.
  const childRef = childProps.ref ?? (child as { ref?: unknown }).ref
  const merged: AnyProps = {
    ...slotProps,
    ...childProps,
    ref: ref ? composeRefs(ref as Ref<unknown>, childRef as Ref<unknown>) : childRef,
  }
  for (const key in slotProps) {
    const ours = slotProps[key]
    const theirs = childProps[key]
    if (/^on[A-Z]/.test(key) && typeof ours === 'function' && typeof theirs === 'function') {
      merged[key] = composeHandlers(theirs as Handler, ours as Handler)
    } else if (key === 'className') merged[key] = joinClasses(ours, theirs)
    else if (key === 'style') merged[key] = { ...(ours as object), ...(theirs as object) }
  }
  return cloneElement(child, merged)
}

/** Renders its only child with the slot's props, class, handlers and ref merged in. */
export const Slot = /* @__PURE__ */ forwardRef<HTMLElement, SlotProps>(function Slot({ children, ...slotProps }, ref) {
  return renderSlot(children, slotProps, ref)
})
