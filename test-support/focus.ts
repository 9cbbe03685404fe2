// Where focus is the moment something first appears on the page. A MutationObserver's callback
// runs in the microtask after the DOM changed, before the browser can paint and before any later
// task, whatever the machine's speed: focus moved by an effect a task later is seen not yet moved.

/** Resolves with the focused element at the first DOM change after which `find()` returns an element. */
export function focusWhenShown(find: () => Element | null): Promise<{ shown: Element; focused: Element | null }> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const shown = find()
      if (!shown) return
      observer.disconnect()
      resolve({ shown, focused: document.activeElement })
    })
    observer.observe(document.body, { childList: true, subtree: true })
  })
}
