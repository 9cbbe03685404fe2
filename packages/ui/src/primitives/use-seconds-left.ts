import { useEffect, useState } from 'react'

/**
 * Whole seconds until `until` (epoch ms), re-rendering the calling part once a second until zero.
 * Only the part that shows a countdown calls this, so the rest of the step never re-renders.
 */
export function useSecondsLeft(until: number | null | undefined): number {
  const [, tick] = useState(0)
  const left = until ? until - Date.now() : 0
  useEffect(() => {
    if (left <= 0) return
    const timer = setTimeout(() => tick((n) => n + 1), left % 1000 || 1000)
    return () => clearTimeout(timer)
  })
  return left > 0 ? Math.ceil(left / 1000) : 0
}
