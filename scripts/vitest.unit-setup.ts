import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom's document never has focus, and clerk-js only touches the session (the request that
// activates it) when it does. A user typing into a sign-in form has a focused tab.
// (Server-rendering tests run with `@vitest-environment node`: no document there.)
if (typeof document !== 'undefined') vi.spyOn(document, 'hasFocus').mockReturnValue(true)

// findBy… and waitFor wait for what the user would see, not for a clock: at the 1 s default, a
// sign-up through the real clerk-js missed its screen with the machine at load 9 (invitations.test,
// first test of the file). A test that waits for something that never comes still fails, later.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => cleanup())
