import {
  type ComponentPropsWithoutRef,
  cloneElement,
  type ElementType,
  isValidElement,
  type ReactNode,
  useContext,
} from 'react'
import type { PartName } from './data-attributes'
import { joinClasses } from './join-classes'
import { renderSlot } from './slot'
import { OptionsContext } from './ui-options'

/** The props of a part rendering element `E`: the element's own, plus `asChild`. */
export type PartProps<E extends ElementType> = ComponentPropsWithoutRef<E> & {
  /** Render the only child element instead, with this part's props, class, handlers and ref merged in. */
  asChild?: boolean
}

/** `''` when on, absent when off: presence attributes, selected in CSS as `[data-pending]`. */
export const presence = (on: unknown): '' | undefined => (on ? '' : undefined)

/**
 * The children of a part that renders content of its own (a list, a form): with `asChild`, that
 * content goes inside the consumer's element, which becomes the part's element.
 */
export const withContent = (asChild: boolean | undefined, children: ReactNode, content: ReactNode) =>
  asChild && isValidElement(children) ? cloneElement(children, undefined, content) : content

/**
 * A part's text: the consumer's children, else `fallback` (its localized default). With `asChild`,
 * an element that brings no children of its own (`<Title asChild><h2 /></Title>`) gets the
 * default inside it.
 */
export function textOf(
  { asChild, children }: { asChild?: boolean | undefined; children?: ReactNode },
  fallback: ReactNode,
) {
  return asChild && isValidElement<{ children?: ReactNode }>(children) && children.props.children == null
    ? cloneElement(children, undefined, fallback)
    : (children ?? fallback)
}

interface PartElementProps {
  as: ElementType
  /** `data-flowkit-part` (not `part`: that is an HTML attribute the spread props may carry). */
  partName: PartName
  asChild?: boolean | undefined
  className?: string | undefined
  /** The public part's forwarded ref (a prop, not `ref`, so React 18 passes it through). */
  elementRef?: unknown
  [prop: string]: unknown
}

/**
 * The element under every part: sets `data-flowkit-part`, adds the part's class from `classNames`
 * to its own `className`, and hands over to `Slot` for `asChild`.
 */
export function Part({ as: Element, partName, asChild, className, elementRef, children, ...props }: PartElementProps) {
  const own = {
    'data-flowkit-part': partName,
    className: joinClasses(useContext(OptionsContext).classNames[partName], className),
    ...props,
  }
  return asChild ? (
    renderSlot(children as ReactNode, own, elementRef)
  ) : (
    <Element ref={elementRef} {...own}>
      {children as ReactNode}
    </Element>
  )
}
