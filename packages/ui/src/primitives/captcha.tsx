import { Part } from './part'

/** Clerk's bot-protection mount: Clerk renders its challenge into `#clerk-captcha`. */
export const Captcha = () => <Part as="div" partName="captcha" id="clerk-captcha" />
