/** Joins the truthy class names with spaces (all `clsx` would do here, without the bytes). */
export const joinClasses = (...classes: unknown[]): string => classes.filter(Boolean).join(' ')
