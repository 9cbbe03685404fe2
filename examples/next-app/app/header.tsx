import Link from 'next/link'

export function Header() {
  return (
    <header className="app-header">
      <Link href="/">Acme</Link>
      <nav>
        <Link href="/dashboard">Dashboard</Link>
      </nav>
    </header>
  )
}
