// The little CBOR (RFC 8949) WebAuthn needs: attestation objects and COSE keys. Definite lengths
// only, as authenticators emit them.

export type CborValue = number | bigint | string | Uint8Array | boolean | null | CborValue[] | CborMap
export type CborMap = Map<string | number, CborValue>

/** Decodes one CBOR item at `offset`; returns it and where it ended (COSE keys sit inside authenticator data). */
export function decodeCbor(bytes: Uint8Array, offset = 0): { value: CborValue; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let position = offset
  const need = (count: number) => {
    if (position + count > bytes.length) throw new Error('truncated CBOR')
  }
  const argument = (info: number): number => {
    if (info < 24) return info
    const size = { 24: 1, 25: 2, 26: 4 }[info]
    if (size === undefined) throw new Error(`unsupported CBOR length ${info}`)
    need(size)
    const value =
      size === 1 ? view.getUint8(position) : size === 2 ? view.getUint16(position) : view.getUint32(position)
    position += size
    return value
  }
  const item = (): CborValue => {
    need(1)
    const initial = view.getUint8(position++)
    const major = initial >> 5
    const info = initial & 0x1f
    switch (major) {
      case 0:
        return argument(info)
      case 1:
        return -1 - argument(info)
      case 2:
      case 3: {
        const length = argument(info)
        need(length)
        const chunk = bytes.slice(position, position + length)
        position += length
        return major === 2 ? chunk : new TextDecoder().decode(chunk)
      }
      case 4:
        return Array.from({ length: argument(info) }, () => item())
      case 5: {
        const map: CborMap = new Map()
        const count = argument(info)
        for (let index = 0; index < count; index++) {
          const key = item()
          if (typeof key !== 'string' && typeof key !== 'number') throw new Error('unsupported CBOR map key')
          map.set(key, item())
        }
        return map
      }
      case 7:
        if (info === 20) return false
        if (info === 21) return true
        if (info === 22) return null
        throw new Error(`unsupported CBOR simple value ${info}`)
      default:
        throw new Error(`unsupported CBOR major type ${major}`)
    }
  }
  const value = item()
  return { value, end: position }
}

/** Encodes the same subset (for the software authenticator's attestation objects). */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = []
  const head = (major: number, length: number) => {
    if (length < 24) out.push((major << 5) | length)
    else if (length < 0x100) out.push((major << 5) | 24, length)
    else if (length < 0x10000) out.push((major << 5) | 25, length >> 8, length & 0xff)
    else out.push((major << 5) | 26, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff)
  }
  const item = (current: CborValue): void => {
    if (typeof current === 'number') {
      if (current >= 0) head(0, current)
      else head(1, -1 - current)
    } else if (typeof current === 'string') {
      const text = new TextEncoder().encode(current)
      head(3, text.length)
      out.push(...text)
    } else if (current instanceof Uint8Array) {
      head(2, current.length)
      out.push(...current)
    } else if (Array.isArray(current)) {
      head(4, current.length)
      for (const entry of current) item(entry)
    } else if (current instanceof Map) {
      head(5, current.size)
      for (const [key, entry] of current) {
        item(key)
        item(entry)
      }
    } else if (typeof current === 'boolean') out.push(current ? 0xf5 : 0xf4)
    else if (current === null) out.push(0xf6)
    else throw new Error('unsupported CBOR value')
  }
  item(value)
  return new Uint8Array(out)
}
