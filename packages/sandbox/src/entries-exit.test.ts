// @vitest-environment node
// A consumer's plain Node script (a Playwright global setup, a seed script) imports the sandbox and
// must then exit. clerk-js opens a BroadcastChannel when its module loads, which keeps Node's event
// loop alive, so no entry may load clerk-js until a Clerk is created.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

const packageRoot = fileURLToPath(new URL('..', import.meta.url))
// Inside the package, so the bundle's bare imports resolve from its node_modules as a consumer's would.
const outdir = mkdtempSync(join(packageRoot, 'node_modules', '.entries-exit-'))
afterAll(() => rmSync(outdir, { recursive: true, force: true }))

/** The entry as its build would be: our sources bundled, every package left as an import. */
async function bundle(entry: string): Promise<string> {
  const outfile = join(outdir, `${entry}.mjs`)
  await build({
    entryPoints: [join(packageRoot, 'src', `${entry}.ts`)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'silent',
  })
  return outfile
}

const HANG_LIMIT_MS = 60_000

const why = (result: { exit: number | 'hung'; stderr: string }) =>
  result.exit === 'hung' ? `killed after ${HANG_LIMIT_MS / 1000} s: something keeps Node alive` : result.stderr

/** Runs a script with Node; resolves with its exit code, or 'hung' if it had to be killed. */
function runNode(script: string): Promise<{ exit: number | 'hung'; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: outdir })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const killer = setTimeout(() => child.kill('SIGKILL'), HANG_LIMIT_MS)
    child.on('exit', (code) => {
      clearTimeout(killer)
      resolve({ exit: code ?? 'hung', stderr })
    })
  })
}

describe('a Node script that imports the sandbox', () => {
  it(
    'exits after importing the main entry and creating a sandbox',
    async () => {
      const entry = await bundle('index')
      const result = await runNode(
        `const { createSandbox, presets } = await import(${JSON.stringify(entry)})
         const sandbox = createSandbox(presets.emailCode)
         if (!sandbox.publishableKey.startsWith('pk_test_')) process.exit(2)`,
      )
      expect(result, why(result)).toEqual({
        exit: 0,
        stderr: '',
      })
    },
    HANG_LIMIT_MS + 30_000,
  )

  it(
    'exits after importing the node entry and starting and closing a server',
    async () => {
      const [main, node] = await Promise.all([bundle('index'), bundle('node')])
      const result = await runNode(
        `const { createSandbox } = await import(${JSON.stringify(main)})
         const { setupSandboxServer } = await import(${JSON.stringify(node)})
         const server = setupSandboxServer(createSandbox())
         await server.listen()
         server.close()`,
      )
      expect(result, why(result)).toEqual({
        exit: 0,
        stderr: '',
      })
    },
    HANG_LIMIT_MS + 30_000,
  )
})
