import { useEffect, useLayoutEffect } from 'react'

/**
 * A layout effect in the browser, so what it does (wiring `aria-describedby`, moving focus to a
 * new screen) is done in the commit that shows the change, before paint and before anything can
 * look at the page; a plain effect on the server, where layout effects do nothing (and React 18
 * warns about them).
 */
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect
