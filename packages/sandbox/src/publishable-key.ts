/**
 * The publishable key clerk-js decodes to find its Frontend API host: `pk_test_` + base64 of
 * `host$`. A `pk_test_` key makes clerk-js treat the instance as a development one.
 */
export function publishableKeyForHost(host: string): string {
  return `pk_test_${btoa(`${host}$`)}`
}

/** The host a publishable key points at, or `null` when the key is not one. */
export function hostOfPublishableKey(key: string): string | null {
  const match = /^pk_(test|live)_(.+)$/.exec(key)
  if (!match?.[2]) return null
  try {
    const decoded = atob(match[2])
    return decoded.endsWith('$') ? decoded.slice(0, -1) : null
  } catch {
    return null
  }
}
