import { clsx } from 'clsx'
import {
  cloneElement,
  forwardRef,
  type HTMLAttributes,
  isValidElement,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react'
import { composeRefs } from './compose-refs'

type AnyProps = Record<string, unknown>

export interface SlotProps extends HTMLAttributes<HTMLElement> {
  children?: ReactNode
}

/**
 * Renders its only child with the slot's props merged in: the `asChild` mechanism. Handlers are
 * composed (the child's runs first, so it can `preventDefault()` the part's own behaviour),
 * classes and styles are merged, and refs are composed.
 */
export const Slot = forwardRef<HTMLElement, SlotProps>(function Slot({ children, ...slotProps }, forwardedRef) {
  const child = children
  if (!isValidElement<AnyProps>(child)) {
    throw new Error('Flowkit: a part with `asChild` needs exactly one React element as its child.')
  }
  const childRef = (child.props.ref ?? (child as unknown as { ref?: Ref<HTMLElement> }).ref) as
    | Ref<HTMLElement>
    | undefined
  return cloneElement(child as ReactElement<AnyProps>, {
    ...mergeProps(slotProps as AnyProps, child.props),
    ref: forwardedRef ? composeRefs(forwardedRef, childRef) : childRef,
  })
})

function mergeProps(slotProps: AnyProps, childProps: AnyProps): AnyProps {
  const merged: AnyProps = { ...slotProps, ...childProps }
  for (const key of Object.keys(slotProps)) {
    const slotValue = slotProps[key]
    const childValue = childProps[key]
    if (/^on[A-Z]/.test(key) && typeof slotValue === 'function' && typeof childValue === 'function') {
      merged[key] = (event: { defaultPrevented?: boolean }, ...rest: unknown[]) => {
        childValue(event, ...rest)
        if (!event?.defaultPrevented) slotValue(event, ...rest)
      }
    } else if (key === 'className') {
      merged[key] = clsx(slotValue as string, childValue as string)
    } else if (key === 'style') {
      merged[key] = { ...(slotValue as object), ...(childValue as object) }
    }
  }
  return merged
}
