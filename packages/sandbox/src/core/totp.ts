// RFC 6238 TOTP (HMAC-SHA1, 30 s steps, 6 digits), synchronous so tests can compute the code of
// "now" on `sandbox.clock` without awaiting. Small on purpose: SHA-1 is only used as TOTP demands.

function sha1(message: Uint8Array): Uint8Array {
  const length = message.length
  const padded = new Uint8Array((((length + 8) >> 6) + 1) * 64)
  padded.set(message)
  padded[length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 4, (length * 8) >>> 0)
  view.setUint32(padded.length - 8, Math.floor((length * 8) / 2 ** 32))
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]
  const w = new Uint32Array(80)
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4)
    for (let i = 16; i < 80; i++) {
      const x = (w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0)
      w[i] = (x << 1) | (x >>> 31)
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number]
    for (let i = 0; i < 80; i++) {
      const [f, k] =
        i < 20
          ? [(b & c) | (~b & d), 0x5a827999]
          : i < 40
            ? [b ^ c ^ d, 0x6ed9eba1]
            : i < 60
              ? [(b & c) | (b & d) | (c & d), 0x8f1bbcdc]
              : [b ^ c ^ d, 0xca62c1d6]
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + (w[i] ?? 0)) >>> 0
      e = d
      d = c
      c = (b << 30) | (b >>> 2)
      b = a
      a = temp
    }
    h[0] = ((h[0] ?? 0) + a) >>> 0
    h[1] = ((h[1] ?? 0) + b) >>> 0
    h[2] = ((h[2] ?? 0) + c) >>> 0
    h[3] = ((h[3] ?? 0) + d) >>> 0
    h[4] = ((h[4] ?? 0) + e) >>> 0
  }
  const digest = new Uint8Array(20)
  const out = new DataView(digest.buffer)
  h.forEach((word, index) => {
    out.setUint32(index * 4, word)
  })
  return digest
}

function hmacSha1(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64)
  block.set(key.length > 64 ? sha1(key) : key)
  const inner = new Uint8Array(64 + message.length)
  const outer = new Uint8Array(64 + 20)
  for (let i = 0; i < 64; i++) {
    inner[i] = (block[i] ?? 0) ^ 0x36
    outer[i] = (block[i] ?? 0) ^ 0x5c
  }
  inner.set(message, 64)
  outer.set(sha1(inner), 64)
  return sha1(outer)
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Decode(secret: string): Uint8Array {
  const clean = secret.toUpperCase().replace(/=+$/, '').replace(/\s/g, '')
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const character of clean) {
    const value = BASE32_ALPHABET.indexOf(character)
    if (value < 0) throw new Error(`totp: "${character}" is not a base32 character`)
    buffer = (buffer << 5) | value
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >>> bits) & 0xff)
    }
  }
  return new Uint8Array(bytes)
}

/** HOTP (RFC 4226) for one counter value. */
export function hotp(key: Uint8Array, counter: number, digits = 6): string {
  const message = new Uint8Array(8)
  const view = new DataView(message.buffer)
  view.setUint32(0, Math.floor(counter / 2 ** 32))
  view.setUint32(4, counter >>> 0)
  const mac = hmacSha1(key, message)
  const offset = (mac[19] ?? 0) & 0x0f
  const binary =
    (((mac[offset] ?? 0) & 0x7f) << 24) |
    ((mac[offset + 1] ?? 0) << 16) |
    ((mac[offset + 2] ?? 0) << 8) |
    (mac[offset + 3] ?? 0)
  return (binary % 10 ** digits).toString().padStart(digits, '0')
}

/** The TOTP code of a base32 secret at a time (ms), with 30 s steps. */
export function totpCode(secret: string, atMilliseconds: number, step = 30): string {
  return hotp(base32Decode(secret), Math.floor(atMilliseconds / 1000 / step))
}

/** Whether `code` is the secret's code at `atMilliseconds`, allowing one step of clock drift either way. */
export function verifyTotp(secret: string, code: string, atMilliseconds: number): boolean {
  const key = base32Decode(secret)
  const counter = Math.floor(atMilliseconds / 1000 / 30)
  return [-1, 0, 1].some((drift) => hotp(key, counter + drift) === code)
}
