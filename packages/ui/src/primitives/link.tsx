import { safeRedirect } from '@flowkit/flows'
import { forwardRef } from 'react'
import { Part, type PartProps } from './part'

/**
 * A link to a URL from the instance's settings or a drop-in's props (terms, privacy, sign-up,
 * waitlist). `safeRedirect(href, '*')`, Flowkit's one URL check, decides: http(s) URLs and
 * same-site paths are linked; anything else (`javascript:`, `data:`…) renders the text alone.
 */
export const Link = /* @__PURE__ */ forwardRef<HTMLAnchorElement, PartProps<'a'>>(function Link(
  { href, ...props },
  ref,
) {
  const safe = href && safeRedirect(href, '*')
  return safe ? <Part as="a" partName="link" elementRef={ref} href={safe} {...props} /> : props.children
})
