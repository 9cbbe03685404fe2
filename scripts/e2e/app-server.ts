import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'

export interface AppServer {
  /** e.g. `http://localhost:41234` */
  origin: string
  stop(): Promise<void>
}

/** A port nothing listens on now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  if (!address || typeof address === 'string') throw new Error('no free port')
  return address.port
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  await exited
}

/**
 * Starts an example's production server (`next start`, `react-router-serve`, …) as a child
 * process on a free port (passed as `PORT` and to `args` via `{port}`), and resolves once it
 * answers HTTP. Its output is kept to explain a failed start.
 */
export async function startAppServer(options: {
  cwd: string
  command: string
  args: string[]
  env?: Record<string, string>
  startTimeoutMs?: number
}): Promise<AppServer> {
  const port = await freePort()
  const child = spawn(
    options.command,
    options.args.map((arg) => arg.replace('{port}', String(port))),
    {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const origin = `http://localhost:${port}`
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    try {
      await fetch(origin, { redirect: 'manual' })
      return { origin, stop: () => stopProcess(child) }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  await stopProcess(child)
  throw new Error(`the server did not answer on ${origin}:\n${output}`)
}
