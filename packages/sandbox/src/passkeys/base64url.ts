/** Bytes on their own ArrayBuffer (what WebCrypto's `BufferSource` takes). */
export type Bytes = Uint8Array<ArrayBuffer>

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Decodes base64url (padding optional); throws on anything else. */
export function fromBase64Url(text: string): Bytes {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new Error('not base64url')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, ''))
  const bytes = new Uint8Array(new ArrayBuffer(binary.length))
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function concat(...parts: Uint8Array[]): Bytes {
  const bytes = new Uint8Array(new ArrayBuffer(parts.reduce((total, part) => total + part.length, 0)))
  let offset = 0
  for (const part of parts) {
    bytes.set(part, offset)
    offset += part.length
  }
  return bytes
}

export const utf8 = (text: string): Bytes => {
  const encoded = new TextEncoder().encode(text)
  return concat(encoded)
}

export async function sha256(data: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data))
}
