import type { PhoneChannel } from '../config/types'

/** Why a message was sent (`verify_identification`: an email or phone a signed-in user added). */
export type OutboxPurpose =
  | 'sign_in'
  | 'sign_up'
  | 'second_factor'
  | 'client_trust'
  | 'reset_password'
  | 'verify_identification'

/** One email or SMS the sandbox "sent". */
export interface OutboxMessage {
  /** The email address or phone number it went to. */
  to: string
  /** How it was sent, as Clerk names the strategy. */
  kind: 'email_code' | 'phone_code' | 'email_link'
  purpose: OutboxPurpose
  /** How a phone code went out: `sms` or `whatsapp` (phone codes only). */
  channel?: PhoneChannel
  /** The one-time code (code messages). */
  code?: string
  /** The verification link (email links): pass it to `sandbox.outbox.click()`. */
  link?: string
  /** When it was sent, on `sandbox.clock`. */
  sentAt: number
}

/** Every email and SMS sent by the sandbox, newest last. Tests read codes and links from here. */
export class Outbox {
  #messages: OutboxMessage[] = []
  #listeners = new Set<() => void>()
  #click: (link: string) => Promise<string>

  constructor(click: (link: string) => Promise<string>) {
    this.#click = click
  }

  /** All messages, oldest first. */
  get messages(): readonly OutboxMessage[] {
    return this.#messages
  }

  /** The newest message, to `to` when given. */
  latest(to?: string): OutboxMessage | undefined {
    const wanted = to?.toLowerCase()
    for (let index = this.#messages.length - 1; index >= 0; index--) {
      const message = this.#messages[index]
      if (message && (wanted === undefined || message.to.toLowerCase() === wanted)) return message
    }
    return undefined
  }

  /** The code of the newest message to `to`; throws (listing who did get mail) when there is none. */
  latestCode(to: string): string {
    const code = this.latest(to)?.code
    if (code === undefined) {
      const recipients = [...new Set(this.#messages.map((message) => message.to))]
      throw new Error(
        `sandbox.outbox: no code was sent to ${to} (messages went to: ${recipients.join(', ') || 'nobody'})`,
      )
    }
    return code
  }

  /**
   * "Clicks" an email link, as the user would in their mail app: the sandbox verifies it and returns the
   * URL the browser would land on (the app's redirect URL with `__clerk_status` and friends).
   */
  click(linkOrMessage: string | OutboxMessage | undefined): Promise<string> {
    const link = typeof linkOrMessage === 'string' ? linkOrMessage : linkOrMessage?.link
    if (!link) throw new Error('sandbox.outbox.click: expected an email link or a message that has one')
    return this.#click(link)
  }

  /**
   * Calls `listener` after every message sent (and on `clear`); returns the unsubscribe function.
   * For UIs that show the outbox, e.g. with `useSyncExternalStore`.
   */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Records a message (the simulator calls this). */
  send(message: OutboxMessage): void {
    this.#messages.push(message)
    this.#notify()
  }

  clear(): void {
    this.#messages = []
    this.#notify()
  }

  #notify(): void {
    for (const listener of this.#listeners) listener()
  }
}
