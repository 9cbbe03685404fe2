// The building blocks of the config's validation: each check throws SandboxConfigError naming the key.

/** Thrown by `createSandbox` for a config it cannot run; the message names the offending key. */
export class SandboxConfigError extends Error {
  constructor(
    /** The path of the bad key, e.g. `instance.firstFactors[1]`. */
    readonly key: string,
    problem: string,
  ) {
    super(`createSandbox: ${key} ${problem}`)
    this.name = 'SandboxConfigError'
  }
}

export type Check = (value: unknown, key: string) => void

export const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value))

export const string: Check = (value, key) => {
  if (typeof value !== 'string' || value === '')
    throw new SandboxConfigError(key, `must be a non-empty string (got ${describe(value)})`)
}
export const boolean: Check = (value, key) => {
  if (typeof value !== 'boolean') throw new SandboxConfigError(key, `must be true or false (got ${describe(value)})`)
}
export const positiveInteger: Check = (value, key) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new SandboxConfigError(key, `must be a positive integer (got ${describe(value)})`)
}
export const oneOf =
  (...allowed: string[]): Check =>
  (value, key) => {
    if (typeof value !== 'string' || !allowed.includes(value))
      throw new SandboxConfigError(key, `must be one of ${allowed.join(', ')} (got ${describe(value)})`)
  }
export const arrayOf =
  (item: Check): Check =>
  (value, key) => {
    if (!Array.isArray(value)) throw new SandboxConfigError(key, `must be an array (got ${describe(value)})`)
    value.forEach((entry, index) => {
      item(entry, `${key}[${index}]`)
    })
  }
export const object =
  (shape: Record<string, Check>): Check =>
  (value, key) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new SandboxConfigError(key, `must be an object (got ${describe(value)})`)
    for (const [name, entry] of Object.entries(value)) {
      const path = key ? `${key}.${name}` : name
      const check = shape[name]
      if (!check) throw new SandboxConfigError(path, `is not a known setting (known: ${Object.keys(shape).join(', ')})`)
      if (entry !== undefined) check(entry, path)
    }
  }
export const either =
  (...checks: Check[]): Check =>
  (value, key) => {
    const failures: string[] = []
    for (const check of checks) {
      try {
        check(value, key)
        return
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error))
      }
    }
    throw new SandboxConfigError(key, `is not valid: ${failures.join('; or ')}`)
  }

/** A P-256 public key as a JWK (extra JWK members such as `ext` or `key_ops` are allowed). */
export const ecPublicJwk: Check = (value, key) => {
  const jwk = value as Record<string, unknown>
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new SandboxConfigError(key, `must be a JWK or a base64url COSE key (got ${describe(value)})`)
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
    throw new SandboxConfigError(key, 'must be an ES256 key: { kty: "EC", crv: "P-256", x, y }')
}
