import type { Failure, Faults } from '../core/faults'
import type { RequestLog } from '../core/request-log'
import { clientRoutes } from '../routes/client'
import { emailAddressRoutes } from '../routes/email-addresses'
import { environmentRoutes } from '../routes/environment'
import { meRoutes } from '../routes/me'
import { mfaRoutes } from '../routes/mfa'
import { myOrganizationRoutes } from '../routes/my-organizations'
import { mySessionRoutes } from '../routes/my-sessions'
import { organizationRoutes } from '../routes/organizations'
import { passkeyRoutes } from '../routes/passkeys'
import { phoneNumberRoutes } from '../routes/phone-numbers'
import { sessionRoutes } from '../routes/sessions'
import { signInRoutes } from '../routes/sign-ins'
import { signUpRoutes } from '../routes/sign-ups'
import { waitlistRoutes } from '../routes/waitlist'
import type { Simulation } from '../state/simulation'
import { ApiError, errors } from './errors'
import { errorReply } from './replies'
import { type FapiRequest, type Reply, RequestParams } from './request'
import { type Handler, Router } from './router'

const router = new Router([
  ...environmentRoutes,
  ...clientRoutes,
  ...signInRoutes,
  ...signUpRoutes,
  ...sessionRoutes,
  ...meRoutes,
  ...emailAddressRoutes,
  ...phoneNumberRoutes,
  ...mfaRoutes,
  ...myOrganizationRoutes,
  ...mySessionRoutes,
  ...organizationRoutes,
  ...passkeyRoutes,
  ...waitlistRoutes,
])

/** Query parameters clerk-js adds to every request; they say nothing about the call itself. */
const TRANSPORT_PARAMS = new Set(['__clerk_api_version', '_clerk_js_version', '_method', '__clerk_db_jwt'])

interface Dependencies {
  simulation: () => Simulation
  faults: Faults
  requests: RequestLog
}

/**
 * The simulated Frontend API behind the MSW handlers: normalises a request (method override, path
 * without `/v1`, form body), applies injected faults, routes it, records it, and answers Clerk's way.
 */
export class FrontendApi {
  constructor(private readonly dependencies: Dependencies) {}

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const override = url.searchParams.get('_method')
    const method = (request.method === 'POST' && override ? override : request.method).toUpperCase()
    // clerk-js adds some paths with a trailing slash (`/me/phone_numbers/`, `/me/backup_codes/`).
    const path = url.pathname.replace(/^\/v1(?=\/)/, '').replace(/(?<=.)\/$/, '')
    const query = new RequestParams([...url.searchParams].filter(([name]) => !TRANSPORT_PARAMS.has(name)))
    const origin = request.headers.get('origin')
    const { requests, faults } = this.dependencies
    const phase = requests.phaseOf(method, path)
    const text = method === 'GET' ? '' : await request.text()
    const parsed = parseBody(text, request.headers.get('content-type'))
    const body = parsed instanceof ApiError ? new RequestParams() : parsed
    const record = (status: number) =>
      requests.record({ method, path, body: body.toRecord(), query: query.toRecord(), status, phase })

    const { delayMilliseconds, failure } = faults.take(method, path)
    if (delayMilliseconds > 0) await new Promise((resolve) => setTimeout(resolve, delayMilliseconds))
    // Read the simulation after the delay: a reset() meanwhile must not answer from the old world.
    const sim = this.dependencies.simulation()
    if (failure?.kind === 'network') {
      record(0)
      return Response.error()
    }

    const reply = failure
      ? failureReply(sim, failure)
      : parsed instanceof ApiError
        ? errorReply(sim, parsed)
        : await this.#route(sim, { method, path, query, body, origin })
    record(reply.status)
    return toResponse(reply, origin)
  }

  async #route(sim: Simulation, request: Omit<FapiRequest, 'params'>): Promise<Reply> {
    const match = router.match(request.method, request.path)
    if (!match) {
      // Loud on purpose: clerk-js called something the sandbox does not simulate.
      console.error(`[@flowkit/sandbox] no route for ${request.method} /v1${request.path}`)
      return errorReply(sim, errors.unknownRoute(request.method, request.path))
    }
    return run(match.route.handle, sim, { ...request, params: match.params })
  }
}

/** Runs a handler: a thrown `ApiError` is Clerk's error answer; anything else is a sandbox bug, said loudly. */
async function run(handle: Handler, sim: Simulation, request: FapiRequest): Promise<Reply> {
  try {
    return await handle(sim, request)
  } catch (error) {
    if (error instanceof ApiError) return errorReply(sim, error)
    console.error(`[@flowkit/sandbox] ${request.method} /v1${request.path} crashed:`, error)
    return errorReply(sim, errors.internal(500))
  }
}

function parseBody(text: string, contentType: string | null): RequestParams | ApiError {
  if (text === '') return new RequestParams()
  if (contentType && !contentType.includes('application/x-www-form-urlencoded'))
    return errors.malformedBody(`expected application/x-www-form-urlencoded, got ${contentType}`)
  return new RequestParams(new URLSearchParams(text))
}

function failureReply(sim: Simulation, failure: Exclude<Failure, { kind: 'network' }>): Reply {
  if (failure.kind === 'rate_limit') return errorReply(sim, errors.tooManyRequests(failure.retryAfterSeconds))
  return errorReply(sim, errors.internal(failure.status))
}

function toResponse(reply: Reply, origin: string | null): Response {
  return new Response(JSON.stringify(reply.json), {
    status: reply.status,
    headers: {
      'content-type': 'application/json',
      // The page (another origin) sends credentials, so CORS must name it.
      'access-control-allow-origin': origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': 'retry-after',
      ...reply.headers,
    },
  })
}
