import { type Bytes, concat, fromBase64Url, toBase64Url } from './base64url'
import { type CborMap, decodeCbor, encodeCbor } from './cbor'

// COSE key labels (RFC 9053) for an EC2 key.
const KTY = 1
const ALG = 3
const CRV = -1
const X = -2
const Y = -3
const EC2 = 2
const ES256 = -7
const P256 = 1

/** An ES256 public key as a JWK, as WebCrypto imports it. */
export interface Es256PublicJwk extends JsonWebKey {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
}

/** A COSE EC2 P-256 key (what an attestation's credential data holds) as a JWK; throws for anything else. */
export function coseToJwk(key: CborMap): Es256PublicJwk {
  const x = key.get(X)
  const y = key.get(Y)
  if (key.get(KTY) !== EC2 || key.get(CRV) !== P256 || !(x instanceof Uint8Array) || !(y instanceof Uint8Array))
    throw new Error('only ES256 (EC2, P-256) credentials are supported')
  const alg = key.get(ALG)
  if (alg !== undefined && alg !== ES256) throw new Error('only ES256 credentials are supported')
  return { kty: 'EC', crv: 'P-256', x: toBase64Url(x), y: toBase64Url(y) }
}

/** The COSE bytes of an ES256 JWK (the software authenticator puts them in its attestations). */
export function jwkToCose(jwk: JsonWebKey): Bytes {
  const { x, y } = toEs256Jwk(jwk)
  const key: CborMap = new Map<string | number, Uint8Array | number>([
    [KTY, EC2],
    [ALG, ES256],
    [CRV, P256],
    [X, fromBase64Url(x)],
    [Y, fromBase64Url(y)],
  ])
  return concat(encodeCbor(key))
}

/** A configured public key, JWK or base64url COSE bytes, as an ES256 JWK. */
export function toEs256Jwk(key: JsonWebKey | string): Es256PublicJwk {
  if (typeof key === 'string') {
    const { value } = decodeCbor(fromBase64Url(key))
    if (!(value instanceof Map)) throw new Error('a COSE key is a CBOR map')
    return coseToJwk(value)
  }
  if (key.kty !== 'EC' || key.crv !== 'P-256' || !key.x || !key.y) throw new Error('only ES256 (P-256) keys')
  return { kty: 'EC', crv: 'P-256', x: key.x, y: key.y }
}
