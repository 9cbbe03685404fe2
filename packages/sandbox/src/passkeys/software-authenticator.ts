// A WebAuthn authenticator in software (ES256, WebCrypto), for where no real one exists: jsdom.
// Installed on a window, it is what clerk-js finds there (`window.PublicKeyCredential`,
// `navigator.credentials`), so passkey flows run through clerk-js's real code, as Chromium's CDP
// virtual authenticator makes them run in a browser.
import { type Bytes, concat, fromBase64Url, sha256, toBase64Url, utf8 } from './base64url'
import { type CborMap, type CborValue, encodeCbor } from './cbor'
import { jwkToCose } from './cose'

/** A credential the authenticator holds: what a test registers with the sandbox. */
export interface SoftwareCredential {
  /** base64url, as `sandbox.passkeys.register` and `config.users[].passkeys` take it. */
  credentialId: string
  publicKey: JsonWebKey
  rpId: string
  /** The user handle the relying party gave at registration (base64url), if any. */
  userHandle: string | null
  signCount: number
}

interface Held extends SoftwareCredential {
  privateKey: CryptoKey
}

export interface SoftwareAuthenticatorOptions {
  /** The origin its client data names; default the window's (`location.origin`) when installed, else `http://localhost`. */
  origin?: string
}

const domException = (name: string, message: string) => {
  const error = new Error(message)
  error.name = name
  return error
}

const bytesOf = (source: BufferSource): Bytes =>
  concat(
    source instanceof ArrayBuffer
      ? new Uint8Array(source)
      : new Uint8Array(source.buffer, source.byteOffset, source.byteLength),
  )

/** WebCrypto's ECDSA signature is r‖s; WebAuthn sends it DER-encoded. */
function rawToDer(raw: Uint8Array): Bytes {
  const integer = (value: Uint8Array) => {
    let start = 0
    while (start < value.length - 1 && value[start] === 0) start++
    const trimmed = value.slice(start)
    const body = (trimmed[0] ?? 0) & 0x80 ? concat(new Uint8Array([0]), trimmed) : concat(trimmed)
    return concat(new Uint8Array([0x02, body.length]), body)
  }
  const sequence = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)))
  return concat(new Uint8Array([0x30, sequence.length]), sequence)
}

const buffer = (bytes: Bytes): ArrayBuffer => bytes.buffer

/**
 * A software passkey authenticator: `create()` and `get()` answer as `navigator.credentials` would
 * (user present and verified), `install(window)` puts it where clerk-js looks.
 */
export class SoftwareAuthenticator {
  readonly #held: Held[] = []
  #origin: string | undefined
  #consent = true

  constructor(options: SoftwareAuthenticatorOptions = {}) {
    this.#origin = options.origin
  }

  /** The credentials it holds, newest last. */
  get credentials(): SoftwareCredential[] {
    return this.#held.map(({ privateKey: _privateKey, ...credential }) => ({ ...credential }))
  }

  /** The next ceremony is refused as a user dismissing the prompt would (`NotAllowedError`). */
  refuseNext(): void {
    this.#consent = false
  }

  /** A new credential for an rpId, without a ceremony (to register with `sandbox.passkeys.register`). */
  async addCredential(rpId = 'localhost', userHandle: string | null = null): Promise<SoftwareCredential> {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey)
    const id = new Uint8Array(new ArrayBuffer(16))
    crypto.getRandomValues(id)
    const held: Held = {
      credentialId: toBase64Url(id),
      publicKey: { kty, crv, x, y },
      rpId,
      userHandle,
      signCount: 0,
      privateKey: pair.privateKey,
    }
    this.#held.push(held)
    const { privateKey: _privateKey, ...credential } = held
    return { ...credential }
  }

  /** `navigator.credentials.create({ publicKey })`: a new ES256 credential with `none` attestation. */
  async create(options?: CredentialCreationOptions) {
    const publicKey = options?.publicKey
    if (!publicKey) throw domException('NotSupportedError', 'only public-key credentials')
    this.#takeConsent()
    if (!publicKey.pubKeyCredParams.some((parameter) => parameter.alg === -7))
      throw domException('NotSupportedError', 'this authenticator only makes ES256 credentials')
    const rpId = publicKey.rp.id ?? new URL(this.#originFor()).hostname
    const excluded = new Set(
      (publicKey.excludeCredentials ?? []).map((credential) => toBase64Url(bytesOf(credential.id))),
    )
    if (this.#held.some((held) => held.rpId === rpId && excluded.has(held.credentialId)))
      throw domException('InvalidStateError', 'a credential for this user is already registered here')

    const credential = await this.addCredential(rpId, toBase64Url(bytesOf(publicKey.user.id)))
    const id = fromBase64Url(credential.credentialId)
    const idLength = new Uint8Array([id.length >> 8, id.length & 0xff])
    // rpIdHash, flags UP|UV|AT, sign count 0, an all-zero AAGUID, the credential id and its COSE key.
    const authData = concat(
      await sha256(utf8(rpId)),
      new Uint8Array([0x45, 0, 0, 0, 0]),
      new Uint8Array(16),
      idLength,
      id,
      jwkToCose(credential.publicKey),
    )
    const attestation: CborMap = new Map<string, CborValue>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, CborValue>()],
      ['authData', authData],
    ])
    const attestationObject = concat(encodeCbor(attestation))
    const clientDataJSON = this.#clientData('webauthn.create', bytesOf(publicKey.challenge))
    return {
      type: 'public-key',
      id: credential.credentialId,
      rawId: buffer(id),
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: buffer(clientDataJSON),
        attestationObject: buffer(attestationObject),
        getTransports: () => ['internal'],
        getAuthenticatorData: () => buffer(authData),
        getPublicKey: () => null,
        getPublicKeyAlgorithm: () => -7,
      },
      getClientExtensionResults: () => ({}),
      toJSON: () => ({ id: credential.credentialId, type: 'public-key' }),
    }
  }

  /** `navigator.credentials.get({ publicKey })`: an assertion from the first credential the request allows. */
  async get(options?: CredentialRequestOptions) {
    const publicKey = options?.publicKey
    if (!publicKey) throw domException('NotSupportedError', 'only public-key credentials')
    if (options.signal?.aborted) throw domException('AbortError', 'aborted')
    this.#takeConsent()
    const rpId = publicKey.rpId ?? new URL(this.#originFor()).hostname
    const allowed = new Set((publicKey.allowCredentials ?? []).map((credential) => toBase64Url(bytesOf(credential.id))))
    const held = this.#held.find(
      (candidate) => candidate.rpId === rpId && (allowed.size === 0 || allowed.has(candidate.credentialId)),
    )
    if (!held) throw domException('NotAllowedError', `no credential for ${rpId}`)
    held.signCount++
    const count = held.signCount
    // rpIdHash, flags UP|UV, the sign count (big-endian).
    const authenticatorData = concat(
      await sha256(utf8(rpId)),
      new Uint8Array([0x05, (count >>> 24) & 0xff, (count >> 16) & 0xff, (count >> 8) & 0xff, count & 0xff]),
    )
    const clientDataJSON = this.#clientData('webauthn.get', bytesOf(publicKey.challenge))
    const signed = concat(authenticatorData, await sha256(clientDataJSON))
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, held.privateKey, signed))
    const id = fromBase64Url(held.credentialId)
    return {
      type: 'public-key',
      id: held.credentialId,
      rawId: buffer(id),
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: buffer(clientDataJSON),
        authenticatorData: buffer(authenticatorData),
        signature: buffer(rawToDer(raw)),
        userHandle: held.userHandle ? buffer(fromBase64Url(held.userHandle)) : null,
      },
      getClientExtensionResults: () => ({}),
      toJSON: () => ({ id: held.credentialId, type: 'public-key' }),
    }
  }

  /**
   * Makes a window look WebAuthn-capable with this authenticator behind it (what clerk-js checks:
   * `window.PublicKeyCredential`, conditional mediation, a platform authenticator; and
   * `navigator.credentials`). Returns the function that takes it away again.
   */
  install(target: Window & typeof globalThis = window): () => void {
    this.#origin ??= target.location.origin
    function PublicKeyCredential() {
      throw new TypeError('Illegal constructor')
    }
    PublicKeyCredential.isConditionalMediationAvailable = async () => true
    PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable = async () => true
    const credentials = {
      create: (options?: CredentialCreationOptions) => this.create(options),
      get: (options?: CredentialRequestOptions) => this.get(options),
    }
    const previous = {
      credential: Object.getOwnPropertyDescriptor(target, 'PublicKeyCredential'),
      credentials: Object.getOwnPropertyDescriptor(target.navigator, 'credentials'),
    }
    Object.defineProperty(target, 'PublicKeyCredential', {
      value: PublicKeyCredential,
      configurable: true,
      writable: true,
    })
    Object.defineProperty(target.navigator, 'credentials', { value: credentials, configurable: true })
    return () => {
      if (previous.credential) Object.defineProperty(target, 'PublicKeyCredential', previous.credential)
      else Reflect.deleteProperty(target, 'PublicKeyCredential')
      if (previous.credentials) Object.defineProperty(target.navigator, 'credentials', previous.credentials)
      else Reflect.deleteProperty(target.navigator, 'credentials')
    }
  }

  #takeConsent(): void {
    const consent = this.#consent
    this.#consent = true
    if (!consent) throw domException('NotAllowedError', 'The operation either timed out or was not allowed.')
  }

  #originFor(): string {
    return this.#origin ?? 'http://localhost'
  }

  #clientData(type: 'webauthn.create' | 'webauthn.get', challenge: Bytes): Bytes {
    return utf8(
      JSON.stringify({ type, challenge: toBase64Url(challenge), origin: this.#originFor(), crossOrigin: false }),
    )
  }
}
