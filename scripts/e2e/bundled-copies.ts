import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

interface SourceMap {
  sources?: string[]
  sections?: { map: SourceMap }[]
}

function sourcesOf(map: SourceMap): string[] {
  return [...(map.sources ?? []), ...(map.sections ?? []).flatMap((section) => sourcesOf(section.map))]
}

/**
 * The installed copies of `pkg` that a build bundled, read from the module graph its source maps
 * record: every distinct `…/node_modules/<pkg>` directory a bundled module came from. Two copies
 * (two versions, or one version installed twice for different peers) would be two React contexts.
 */
export function bundledCopies(buildDir: string, pkg: string): string[] {
  const maps = readdirSync(buildDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.map'))
  if (maps.length === 0) throw new Error(`no source maps under ${buildDir}: build with source maps on`)
  const packageDir = new RegExp(`^(.*/node_modules/${pkg.replace('/', '\\/')})/`)
  const copies = new Set<string>()
  for (const file of maps) {
    const map = JSON.parse(readFileSync(join(buildDir, file), 'utf8')) as SourceMap
    for (const source of sourcesOf(map)) {
      // Turbopack names sources `turbopack:///[project]/…`; Vite, relative to the map's folder.
      const path = source.startsWith('turbopack:') ? source.replace(/^turbopack:\/\/\/\[project\]/, '') : source
      const match = packageDir.exec(resolve(dirname(join(buildDir, file)), path))
      if (match?.[1]) copies.add(match[1].replace(/^.*?\/node_modules\//, 'node_modules/'))
    }
  }
  return [...copies].sort()
}
