import { useEffect } from 'react'

/**
 * Warns once in development about props of Clerk's prebuilt components that Flowkit accepts (so a
 * migration type-checks) but cannot honour. Silent in production builds.
 */
export function useUnsupportedWarnings(
  component: string,
  given: Record<string, unknown>,
  reasons: Record<string, string>,
) {
  const warnings = Object.keys(reasons)
    .filter((prop) => given[prop] !== undefined)
    .map((prop) => `Flowkit <${component}>: \`${prop}\` ${reasons[prop]}`)
    .join('\n')
  useEffect(() => {
    if (warnings && !(typeof process !== 'undefined' && process.env.NODE_ENV === 'production')) console.warn(warnings)
  }, [warnings])
}
