import { describe, expect, it } from 'vitest'
import { createSandbox, presets, SandboxConfigError } from '../index'

const rejection = (config: unknown) => {
  try {
    createSandbox(config as Parameters<typeof createSandbox>[0])
  } catch (error) {
    return error
  }
  throw new Error('createSandbox accepted the config')
}

describe('createSandbox config validation', () => {
  it('accepts every preset with users', () => {
    for (const preset of Object.values(presets)) {
      expect(() => createSandbox({ ...preset, users: [{ emailAddress: 'ada@example.com' }] })).not.toThrow()
    }
  })

  it.each([
    [{ instance: { fistFactors: ['password'] } }, 'instance.fistFactors', 'is not a known setting'],
    [{ instance: { firstFactors: ['password', 'sms'] } }, 'instance.firstFactors[1]', 'must be one of'],
    [{ instance: { signUp: { mode: 'closed' } } }, 'instance.signUp.mode', 'public, restricted, waitlist'],
    [{ instance: { password: { minLength: 0 } } }, 'instance.password.minLength', 'positive integer'],
    [{ instance: { identifiers: [] } }, 'instance.identifiers', 'at least one'],
    [{ users: [{ password: 'x' }] }, 'users[0]', 'needs an emailAddress, phoneNumber or username'],
    [{ users: [{ emailAddress: 'ada' }] }, 'users[0].emailAddress', 'is not an email address'],
    [{ users: [{ phoneNumber: '555 0100' }] }, 'users[0].phoneNumber', 'E.164'],
    [{ users: [{ emailAddress: 'a@x.io' }, { emailAddress: 'A@x.io' }] }, 'users[1].emailAddress', 'repeats'],
    [{ users: [{ emailAddress: 'a@x.io', totp: { secret: 'not base32!' } }] }, 'users[0].totp.secret', 'base32'],
    [{ users: [{ emailAddress: 'a@x.io', organizations: ['acme'] }] }, 'users[0].organizations[0]', 'not in config'],
    [{ instance: { password: { maxLength: 100 } } }, 'instance.password.maxLength', '72 or less'],
    [{ instance: { password: { minLength: 30, maxLength: 20 } } }, 'instance.password.minLength', 'must not exceed'],
    [{ instance: { phoneChannels: ['sms', 'telegram'] } }, 'instance.phoneChannels[1]', 'sms, whatsapp'],
    [
      { instance: { enterpriseConnections: [{ name: 'Acme', protocol: 'saml' }] } },
      'instance.enterpriseConnections[0].domains',
      'required',
    ],
    [
      { instance: { enterpriseConnections: [{ name: 'Acme', domains: ['acme.com'], protocol: 'ldap' }] } },
      'instance.enterpriseConnections[0].protocol',
      'saml, oidc',
    ],
    [{ instance: { passkeys: { enabled: 'yes' } } }, 'instance.passkeys.enabled', 'true or false'],
    [
      { users: [{ emailAddress: 'a@x.io', passkeys: [{ credentialId: 'not base64url!', publicKey: 'pQ' }] }] },
      'users[0].passkeys[0].credentialId',
      'base64url',
    ],
    [
      { users: [{ emailAddress: 'a@x.io', passkeys: [{ credentialId: 'abc', publicKey: { kty: 'RSA' } }] }] },
      'users[0].passkeys[0].publicKey',
      'ES256',
    ],
    [
      { users: [{ emailAddress: 'a@x.io', passkeys: [{ credentialId: 'abc', publicKey: 'oA' }] }] },
      'users[0].passkeys[0].publicKey',
      'not an ES256 public key',
    ],
    [{ invitations: [{ emailAddress: 'grace' }] }, 'invitations[0].emailAddress', 'not an email address'],
    [
      { invitations: [{ emailAddress: 'g@x.io', organization: 'acme' }] },
      'invitations[0].organization',
      'not in config',
    ],
    [{ host: 'clerk.example.com' }, 'host', '.localhost'],
    [{ seed: 1.5 }, 'seed', 'integer'],
  ])('names the bad key in %j', (config, key, problem) => {
    const error = rejection(config)
    expect(error).toBeInstanceOf(SandboxConfigError)
    expect(error).toMatchObject({ key })
    expect((error as Error).message).toContain(`createSandbox: ${key} `)
    expect((error as Error).message).toContain(problem)
  })

  it('lets a user reference an organization by slug or by name', () => {
    const organizations = [{ name: 'Acme Inc.' }, { name: 'Globex', slug: 'globex-corp' }]
    expect(() =>
      createSandbox({ organizations, users: [{ emailAddress: 'a@x.io', organizations: ['acme-inc', 'Globex'] }] }),
    ).not.toThrow()
  })
})
