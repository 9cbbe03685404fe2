import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom's document never has focus, and clerk-js only touches the session (the request that
// activates it) when it does. A user typing into a sign-in form has a focused tab.
// (Server-rendering tests run with `@vitest-environment node`: no document there.)
if (typeof document !== 'undefined') vi.spyOn(document, 'hasFocus').mockReturnValue(true)

afterEach(() => cleanup())
