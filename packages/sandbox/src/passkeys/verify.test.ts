// The sandbox's WebAuthn checks, on real ES256 signatures made with WebCrypto by the software
// authenticator: a registration and an assertion pass; each thing a relying party checks can fail.
import { describe, expect, it } from 'vitest'
import { type Bytes, concat, fromBase64Url, toBase64Url } from './base64url'
import { SoftwareAuthenticator } from './software-authenticator'
import {
  type Expectation,
  PasskeyVerificationError,
  parseCredential,
  verifyAssertion,
  verifyRegistration,
} from './verify'

const origin = 'http://localhost:3000'
const challenge: Bytes = concat(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))
const expected: Expectation = { challenge: toBase64Url(challenge), rpId: 'localhost', origin, userVerification: true }

/** A credential object as clerk-js serializes it before posting (`JSON.stringify`, base64url buffers). */
function serialize(credential: { id: string; rawId: ArrayBuffer; type: string; response: object }): string {
  const response = Object.fromEntries(
    Object.entries(credential.response)
      .filter(([, value]) => value instanceof ArrayBuffer)
      .map(([name, value]) => [name, toBase64Url(new Uint8Array(value as ArrayBuffer))]),
  )
  return JSON.stringify({
    id: credential.id,
    rawId: toBase64Url(new Uint8Array(credential.rawId)),
    type: credential.type,
    response,
  })
}

async function registered() {
  const authenticator = new SoftwareAuthenticator({ origin })
  const created = await authenticator.create({
    publicKey: {
      rp: { id: 'localhost', name: 'Sandbox' },
      user: { id: new Uint8Array([9, 9]), name: 'ada', displayName: 'Ada' },
      challenge,
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    },
  })
  const registration = await verifyRegistration(parseCredential(serialize(created)), expected)
  return { authenticator, registration }
}

const assertion = async (authenticator: SoftwareAuthenticator, overrides: { challenge?: Bytes } = {}) =>
  parseCredential(
    serialize(
      await authenticator.get({ publicKey: { challenge: overrides.challenge ?? challenge, rpId: 'localhost' } }),
    ),
  )

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof PasskeyVerificationError)) throw new Error(`expected a refusal, got ${String(error)}`)
  return error.failure
}

describe('WebAuthn verification', () => {
  it('takes a registration’s credential and key, then an assertion signed by it', async () => {
    const { authenticator, registration } = await registered()
    expect(registration).toEqual({
      credentialId: authenticator.credentials[0]?.credentialId,
      publicKey: { kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) },
      signCount: 0,
    })
    const result = await verifyAssertion(await assertion(authenticator), expected, {
      publicKey: registration.publicKey,
      signCount: 0,
    })
    expect(result.signCount).toBe(1)
  })

  it('refuses another key’s signature, a tampered one, a stale counter, another challenge, origin or rpId', async () => {
    const { authenticator, registration } = await registered()
    const stored = { publicKey: registration.publicKey, signCount: 0 }
    const other = await new SoftwareAuthenticator().addCredential()
    expect(
      await failureOf(
        verifyAssertion(await assertion(authenticator), expected, {
          ...stored,
          publicKey: { ...registration.publicKey, x: other.publicKey.x ?? '', y: other.publicKey.y ?? '' },
        }),
      ),
    ).toBe('signature')

    const tampered = await assertion(authenticator)
    const signature = fromBase64Url(String(tampered.response.signature))
    signature[signature.length - 1] = (signature.at(-1) ?? 0) ^ 1
    tampered.response.signature = toBase64Url(signature as Bytes)
    expect(await failureOf(verifyAssertion(tampered, expected, stored))).toBe('signature')

    expect(
      await failureOf(verifyAssertion(await assertion(authenticator), expected, { ...stored, signCount: 99 })),
    ).toBe('sign_count')
    expect(
      await failureOf(
        verifyAssertion(await assertion(authenticator, { challenge: concat(new Uint8Array([7])) }), expected, stored),
      ),
    ).toBe('challenge')
    expect(
      await failureOf(
        verifyAssertion(await assertion(authenticator), { ...expected, origin: 'https://evil.example' }, stored),
      ),
    ).toBe('origin')
    expect(
      await failureOf(
        verifyAssertion(await assertion(authenticator), { ...expected, origin: null, rpId: 'example.com' }, stored),
      ),
    ).toBe('origin')
    // Without an Origin header (jsdom's fetch sends none), any origin on the rpId's host is accepted.
    await expect(
      verifyAssertion(await assertion(authenticator), { ...expected, origin: null }, stored),
    ).resolves.toEqual({
      signCount: 7,
    })
  })

  it('refuses what is not a public-key credential', async () => {
    expect(await failureOf(Promise.resolve().then(() => parseCredential('{"id":"x"}')))).toBe('malformed')
    expect(await failureOf(Promise.resolve().then(() => parseCredential('not json')))).toBe('malformed')
  })
})
