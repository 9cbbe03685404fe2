import type { Navigate } from '@flowkit/flows'
import { useNavigate } from 'react-router'

/** React Router's navigate in the shape of Flowkit's `navigate` prop: client-side, so the page state survives. */
export function useFlowkitNavigate(): Navigate {
  const navigate = useNavigate()
  return (to, { replace }) => navigate(to, { replace })
}
