export { hostOfPublishableKey, publishableKeyForHost } from './publishable-key'
