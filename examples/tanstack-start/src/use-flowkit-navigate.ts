import type { Navigate } from '@flowkit/flows'
import { useNavigate } from '@tanstack/react-router'

/**
 * TanStack Router's navigate in the shape of Flowkit's `navigate` prop: client-side, so the page
 * state survives. `href`, because Flowkit's addresses carry their query (`?redirect_url=…`).
 */
export function useFlowkitNavigate(): Navigate {
  const navigate = useNavigate()
  return (href, { replace }) => navigate({ href, replace })
}
