import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// jsdom's document never has focus, and clerk-js only touches the session (the request that
// activates it) when it does. A user typing into a sign-in form has a focused tab.
vi.spyOn(document, 'hasFocus').mockReturnValue(true)

afterEach(() => cleanup())
