// @flowkit/ui/themes/tailwind: the reference card in Tailwind CSS v4 utilities over shadcn/ui's
// design tokens (`bg-card`, `text-muted-foreground`, `border-input`, `ring-ring`…), passed to
// Flowkit through `classNames`. Follows your shadcn theme, light and dark. Your Tailwind build must
// see these class names: add `@source "../node_modules/@flowkit/ui/dist/themes";` to your CSS (or
// copy this file into your project, shadcn-style). Provider icons: `@import
// "@flowkit/ui/themes/social-icons.css";`.
import type { ClassNames } from '../src/primitives/ui-options'

const ring = 'outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50'
const secondary = `inline-flex min-h-11 items-center justify-center gap-2 rounded-md border bg-background px-4 py-2 text-[0.9375rem] font-semibold shadow-xs hover:bg-accent hover:text-accent-foreground data-disabled:opacity-50 ${ring}`
const textButton = `inline-flex min-h-11 items-center self-center rounded-md px-2 text-sm font-medium text-primary underline underline-offset-4 data-[status=waiting]:text-muted-foreground data-[status=waiting]:no-underline ${ring}`
const card =
  'mx-auto box-border w-full max-w-[25rem] rounded-xl border bg-card px-5 py-7 text-card-foreground shadow-sm sm:px-10 sm:py-10'

/** The class of the card around a task drop-in on its own page: `<TaskChooseOrganization className={tailwindCard} />`. */
export const tailwindCard = card

/** The reference card as Tailwind classes per part: `<SignInOrUp classNames={tailwindClassNames} />`. */
export const tailwindClassNames: ClassNames = {
  'drop-in': `${card} in-data-[flowkit-part=dialog]:border-0 in-data-[flowkit-part=dialog]:p-0 in-data-[flowkit-part=dialog]:shadow-none`,
  root: 'flex min-w-0 flex-col gap-3.5',
  status: 'flex flex-col gap-3.5 text-center [&>p]:text-sm [&>p]:text-muted-foreground',
  logo: 'mb-5 flex justify-center [&_img]:max-h-10',
  title: 'm-0 text-center text-xl font-bold tracking-tight focus:outline-none',
  subtitle: '-mt-2 mb-2 text-center text-[0.9375rem] text-muted-foreground',
  field: 'flex min-w-0 flex-col gap-1.5',
  label:
    'text-sm font-semibold has-[>[data-flowkit-part=checkbox]]:relative has-[>[data-flowkit-part=checkbox]]:block has-[>[data-flowkit-part=checkbox]]:ps-7 has-[>[data-flowkit-part=checkbox]]:font-normal',
  checkbox: `absolute start-0 top-0.5 m-0 size-5 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring`,
  input: `block min-h-11 w-full min-w-0 rounded-md border border-input bg-transparent px-3 py-2 text-base shadow-xs focus-visible:border-ring data-invalid:border-destructive ${ring}`,
  'code-input': `block h-13 w-full rounded-md border border-input bg-transparent ps-[0.5em] text-center font-mono text-2xl font-semibold tracking-[0.5em] shadow-xs focus-visible:border-ring data-invalid:border-destructive ${ring}`,
  description: 'text-sm text-muted-foreground',
  'field-error': 'm-0 text-sm text-destructive',
  alert: 'm-0 rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2.5 text-sm text-destructive',
  submit: `inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-md bg-primary px-4 py-2 text-[0.9375rem] font-semibold text-primary-foreground shadow-xs hover:bg-primary/90 data-pending:cursor-progress data-disabled:opacity-50 ${ring}`,
  spinner: 'size-4 animate-spin rounded-full border-2 border-current border-e-transparent',
  back: textButton,
  'forgot-password': textButton,
  'another-method': textButton,
  resend: textButton,
  'edit-identifier': textButton,
  'send-with-whatsapp': textButton,
  retry: textButton,
  close: `${textButton} mt-3`,
  divider:
    'flex items-center gap-4 text-xs text-muted-foreground before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border',
  'social-buttons': 'grid gap-2 has-[>:nth-child(3)]:grid-cols-[repeat(auto-fit,minmax(2.75rem,1fr))]',
  'social-button': `${secondary} in-[[data-flowkit-part=social-buttons]:has(>:nth-child(3))]:text-[0px] in-[[data-flowkit-part=social-buttons]:has(>:nth-child(3))]:gap-0 before:size-[1.125rem] before:flex-none before:bg-(image:--flowkit-social-icon) before:bg-contain before:bg-center before:bg-no-repeat before:content-[''] data-[strategy=oauth_apple]:before:bg-current data-[strategy=oauth_apple]:before:[mask:var(--flowkit-social-icon)_center/contain_no-repeat] data-[strategy=oauth_github]:before:bg-current data-[strategy=oauth_github]:before:[mask:var(--flowkit-social-icon)_center/contain_no-repeat] data-[strategy=oauth_x]:before:bg-current data-[strategy=oauth_x]:before:[mask:var(--flowkit-social-icon)_center/contain_no-repeat]`,
  strategies: 'grid gap-2',
  strategy: secondary,
  'passkey-button': secondary,
  'enterprise-connections': 'grid gap-2',
  'enterprise-connection': secondary,
  notice: 'm-0 text-center text-sm text-muted-foreground',
  organizations: 'm-0 grid list-none gap-2 p-0',
  organization: `${secondary} min-h-14 w-full justify-start gap-3 px-3 text-start font-medium`,
  avatar: 'grid size-9 flex-none place-items-center rounded-md bg-primary text-xs font-bold text-primary-foreground',
  badge: 'ms-auto rounded-full border bg-muted px-2 py-0.5 text-xs font-semibold text-muted-foreground',
  'last-used': 'rounded-full border bg-muted px-2 py-0.5 text-xs font-semibold text-muted-foreground',
  'password-hint': 'm-0 grid gap-1 text-sm text-muted-foreground',
  'password-rule': 'data-met:text-foreground',
  'load-more': secondary,
  'create-organization': `${secondary} w-full`,
  secret:
    'grid justify-items-center gap-2 text-center text-sm text-muted-foreground [&_a]:text-primary [&_code]:rounded [&_code]:bg-muted [&_code]:px-2 [&_code]:py-1 [&_code]:font-mono [&_code]:break-all [&_code]:text-foreground',
  'qr-code': 'size-40 rounded-md border bg-white p-2 text-black',
  'backup-codes': 'm-0 grid list-none grid-cols-2 gap-2 rounded-md border bg-muted p-3 text-center font-mono',
  'copy-codes': secondary,
  'download-codes': secondary,
  link: 'font-medium text-primary underline-offset-4 hover:underline',
  footer:
    '-mx-5 -mb-7 mt-7 rounded-b-xl border-t bg-muted px-5 py-4 text-center text-sm text-muted-foreground sm:-mx-10 sm:-mb-10 sm:mt-10 sm:px-10 [&_p]:m-0',
  trigger: secondary,
  overlay: 'fixed inset-0 bg-black/50 backdrop-blur-[2px]',
  dialog:
    'fixed top-1/2 left-1/2 box-border flex max-h-[calc(100dvh-2rem)] w-[min(25rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col overflow-auto rounded-xl border bg-card px-5 py-7 text-card-foreground shadow-lg sm:px-10 sm:py-10',
}
