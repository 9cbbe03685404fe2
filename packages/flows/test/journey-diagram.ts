// Draws the journey as a Mermaid flowchart by running the tables over their cases: every edge is
// an answer the code gives, labelled with when it happens. docs/architecture.md holds the output
// (scripts/docs/sections.mjs writes it; the test command checks it is current).
import { afterIdentifier } from '../src/journey/identifier'
import { signInNext, signUpNext } from '../src/journey/route'
import type { Next } from '../src/journey/types'
import { identifierCases, signInCases, signUpCases } from './journey-cases'

const OUTCOMES: Record<string, string> = {
  finalize: '(("finalize: the session is active"))',
  transfer: '(["transfer: signUp.create({ transfer: true })"])',
  restart: '(["start over at the identifier, kept"])',
  sso: '(["redirect to the identity provider"])',
}
const id = (text: string) => text.replace(/[^a-z0-9]+/gi, '_')

function target(next: Next, attempt: 'in' | 'up') {
  if ('step' in next) return { id: id(`step_${next.step.name}`), shape: `["${next.step.name}"]`, send: next.send }
  const outcome = 'finalize' in next ? 'finalize' : 'transfer' in next ? 'transfer' : 'sso' in next ? 'sso' : 'restart'
  return { id: `${outcome}_${attempt}`, shape: OUTCOMES[outcome] ?? '', send: false }
}

export function journeyDiagram(): string {
  const nodes = new Map<string, string>()
  const edges: string[] = []
  const edge = (from: string, to: string, label: string) => edges.push(`  ${from} -->|"${label}"| ${to}`)

  for (const { when, signIn, ctx } of signInCases) {
    const from = id(signIn.isTransferable ? 'signIn_transferable' : `signIn_${signIn.status}`)
    nodes.set(from, `{{"signIn: ${signIn.isTransferable ? 'transferable' : signIn.status}"}}`)
    const to = target(signInNext(signIn, ctx), 'in')
    nodes.set(to.id, to.shape)
    edge(from, to.id, to.send ? `${when} · sends` : when)
  }
  for (const { when, signUp } of signUpCases) {
    const from = id(`signUp_${signUp.status}`)
    nodes.set(from, `{{"signUp: ${signUp.status}"}}`)
    const to = target(signUpNext(signUp), 'up')
    nodes.set(to.id, to.shape)
    edge(from, to.id, to.send ? `${when} · sends` : when)
  }
  edge('transfer_in', 'signUp_missing_requirements', 'Clerk holds the verified identifier')
  // Submitting an identifier: a Clerk call whose answer the tables above route.
  const calls: Record<string, [string, string]> = {
    'ask-password': ['step_password', 'no request'],
    'sign-up': ['signUp_missing_requirements', 'signUp.create'],
    'sign-in': ['signIn_needs_first_factor', 'signIn.create'],
    'send-code': ['step_first_factor', 'sendCode'],
  }
  for (const { when, offer, ctx } of identifierCases) {
    const [to, call] = calls[afterIdentifier(offer, ctx, ctx.kind).call] ?? ['?', '?']
    edge('step_identifier', to, `${when} · ${call}`)
  }

  const lines = ['```mermaid', 'flowchart LR']
  for (const [id, shape] of [...nodes].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${id}${shape}`)
  lines.push(...edges)
  lines.push('```')
  return lines.join('\n')
}
