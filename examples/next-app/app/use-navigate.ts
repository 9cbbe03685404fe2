import type { Navigate } from '@flowkit/flows'
import { useRouter } from 'next/navigation'

/** Next's router in the shape of Flowkit's `navigate` prop: client-side, so the page state survives. */
export function useNavigate(): Navigate {
  const router = useRouter()
  return (to, { replace }) => (replace ? router.replace(to) : router.push(to))
}
