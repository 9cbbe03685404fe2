/// <reference types="vite/client" />
// Stories import CSS as text (`?raw`) to scope a theme to one story.
