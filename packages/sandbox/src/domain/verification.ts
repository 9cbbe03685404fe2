import { errors } from '../api/errors'
import type { RequestParams } from '../api/request'
import type { PhoneChannel } from '../config/types'
import type { OutboxMessage, OutboxPurpose } from '../core/outbox'
import type { VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** A verification with nothing sent yet. */
export function newVerification(
  strategy: string,
  status: VerificationRecord['status'] = 'unverified',
): VerificationRecord {
  return {
    status,
    strategy,
    attempts: 0,
    expireAt: null,
    code: null,
    target: null,
    linkToken: null,
    redirectUrl: null,
    externalRedirectUrl: null,
    connectionId: null,
    passkey: null,
    error: null,
  }
}

/** A verification already satisfied (e.g. a password, or an identifier proven by a transfer). */
export function verifiedVerification(sim: Simulation, strategy: string): VerificationRecord {
  return { ...newVerification(strategy, 'verified'), expireAt: sim.now() + sim.instance.codeLifetimeSeconds * 1000 }
}

/** Refuses a send when the address has had `maxCodes` codes within the window (429 + retry-after). */
function enforceRateLimit(sim: Simulation, target: string): void {
  const { maxCodes, windowSeconds } = sim.instance.rateLimit
  const windowStart = sim.now() - windowSeconds * 1000
  const recent = (sim.sendTimes.get(target) ?? []).filter((time) => time > windowStart)
  if (recent.length >= maxCodes) {
    const oldest = recent[0] ?? sim.now()
    throw errors.tooManyRequests(Math.max(1, Math.ceil((oldest + windowSeconds * 1000 - sim.now()) / 1000)))
  }
  recent.push(sim.now())
  sim.sendTimes.set(target, recent)
}

interface Delivery {
  strategy: string
  kind: OutboxMessage['kind']
  purpose: OutboxPurpose
  /** The address or number; `null` for an account that does not exist and must not get mail. */
  to: string | null
  /** For links: where the browser goes once the link is opened. */
  redirectUrl?: string | null
  /** For phone codes: SMS (default) or WhatsApp. */
  channel?: PhoneChannel
}

/** The `channel` a phone code is asked for (clerk-js always sends one); refused when the instance lacks it. */
export function phoneChannelOf(sim: Simulation, body: RequestParams): PhoneChannel {
  const channel = body.get('channel') ?? 'sms'
  if (!sim.instance.phoneChannels.some((enabled) => enabled === channel))
    throw errors.paramInvalid('channel', `Phone codes cannot be sent by ${channel} on this instance.`)
  return channel as PhoneChannel
}

/**
 * Sends a fresh code or link (into the outbox) and returns the verification expecting it. Rate
 * limited per address. A `null` recipient (strict enumeration protection) sends nothing, yet answers
 * exactly as if it had.
 */
export function sendVerification(sim: Simulation, delivery: Delivery): VerificationRecord {
  if (delivery.to !== null) enforceRateLimit(sim, delivery.to.toLowerCase())
  const verification = newVerification(delivery.strategy)
  verification.expireAt = sim.now() + sim.instance.codeLifetimeSeconds * 1000
  verification.target = delivery.to
  verification.redirectUrl = delivery.redirectUrl ?? null
  if (delivery.kind === 'email_link') {
    verification.linkToken = sim.random.token(24)
  } else {
    verification.code = sim.random.digits(6)
  }
  if (delivery.to !== null) {
    sim.outbox.send({
      to: delivery.to,
      kind: delivery.kind,
      purpose: delivery.purpose,
      ...(delivery.kind === 'phone_code' ? { channel: delivery.channel ?? 'sms' } : {}),
      ...(verification.code ? { code: verification.code } : {}),
      ...(verification.linkToken ? { link: `https://${sim.host}/v1/verify?token=${verification.linkToken}` } : {}),
      sentAt: sim.now(),
    })
  }
  return verification
}

/**
 * Checks a code against a verification, as Clerk does: expired → `verification_expired`, too many
 * wrong attempts → `verification_failed`, wrong → `form_code_incorrect`. The instance's test code
 * passes too, when the config opted in. Marks the verification verified on success.
 */
export function checkCode(sim: Simulation, verification: VerificationRecord | null, strategy: string, code: string) {
  if (
    !verification ||
    verification.strategy !== strategy ||
    (verification.code === null && verification.linkToken === null)
  )
    throw errors.verificationNotPrepared(strategy)
  if (verification.status === 'verified') return
  if (verification.status === 'failed') throw errors.verificationFailed()
  if (verification.status === 'expired' || (verification.expireAt !== null && sim.now() > verification.expireAt)) {
    verification.status = 'expired'
    throw errors.verificationExpired()
  }
  const accepted =
    verification.code !== null &&
    (code === verification.code || (sim.instance.testCode !== null && code === sim.instance.testCode))
  if (accepted) {
    verification.status = 'verified'
    verification.error = null
    return
  }
  verification.attempts++
  if (verification.attempts >= sim.instance.maxCodeAttempts) {
    verification.status = 'failed'
    throw errors.verificationFailed()
  }
  throw errors.codeIncorrect()
}
