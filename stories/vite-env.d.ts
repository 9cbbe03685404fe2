/// <reference types="vite/client" />
// Stories import CSS as text (`?inline`, `?raw`) to apply a theme to the page or to one story.
