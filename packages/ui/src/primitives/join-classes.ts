/**
 * Joins the truthy class names with spaces (all `clsx` would do here, without the bytes);
 * `undefined` when there are none, so the element gets no empty `class` attribute.
 */
export const joinClasses = (...classes: unknown[]): string | undefined => classes.filter(Boolean).join(' ') || undefined
