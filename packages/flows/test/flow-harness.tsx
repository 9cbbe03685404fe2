// Test-only: the smallest screen that renders every state of the flows hooks, so integration tests
// drive them as a user would (labels, buttons, what is shown) against the real clerk-js + sandbox.
// Not exported from the package. Sandbox wiring comes from @flowkit/test-support.
import { type FormEvent, type ReactNode, useEffect, useState } from 'react'
import type { FlowError } from '../src/errors/types'
import { enterpriseSso } from '../src/factors/enterprise-sso'
import { passkey, passkeyAutofill, passkeySecondFactor } from '../src/factors/passkey'
import { phoneCodeWhatsApp } from '../src/factors/phone-code'
import type { MissingFieldsController } from '../src/missing-fields/types'
import { useMissingFields } from '../src/missing-fields/use-missing-fields'
import type { SessionTaskController } from '../src/session-task/types'
import { useSessionTask } from '../src/session-task/use-session-task'
import type { SignInOrUpFlow, SignInOrUpOptions } from '../src/sign-in-or-up/types'
import { useSignInOrUp } from '../src/sign-in-or-up/use-sign-in-or-up'
import type { JoinWaitlistOptions } from '../src/waitlist/types'
import { useJoinWaitlist } from '../src/waitlist/use-join-waitlist'

/** Renders `useSignInOrUp(options)`; `states` receives every flow value rendered (for state comparisons). */
export function SignInOrUpScreen({ options, states }: { options?: SignInOrUpOptions; states?: SignInOrUpFlow[] }) {
  const flow = useSignInOrUp(options)
  states?.push(flow)
  const { step } = flow
  return (
    <main>
      <h1>{step.name}</h1>
      {'safeIdentifier' in step && <p>Sent to {step.safeIdentifier}</p>}
      {flow.isPending && <p>Working…</p>}
      <ErrorText error={flow.error} />
      {/* Re-mounted per step, as a screen would: each step's input starts empty. */}
      <StepForm key={JSON.stringify(step)} flow={flow} />
      {flow.missingFields && <MissingFieldsForm controller={flow.missingFields} />}
      {flow.task && <TaskScreen task={flow.task} />}
      {flow.captchaRequired && <div id="clerk-captcha" />}
    </main>
  )
}

function StepForm({ flow }: { flow: SignInOrUpFlow }) {
  const { step } = flow
  const buttons = (
    <>
      {flow.canGoBack && <Button onClick={flow.back}>Back</Button>}
      {step.name !== 'identifier' && <Button onClick={flow.startOver}>Start over</Button>}
    </>
  )
  switch (step.name) {
    case 'identifier':
      return (
        <>
          <Autofill flow={flow} />
          {flow.offers(passkey) && <Button onClick={() => flow.start(passkey)}>Sign in with a passkey</Button>}
          <OneField
            label="Identifier"
            initial={flow.identifier}
            error={flow.fieldErrors.identifier}
            onSubmit={flow.submitIdentifier}
          />
          {flow.socialProviders.map((provider) => (
            <Button key={provider.strategy} onClick={() => flow.signInWithProvider(provider.strategy)}>
              Continue with {provider.name}
            </Button>
          ))}
        </>
      )
    case 'password':
      return (
        <>
          <OneField label="Password" error={flow.fieldErrors.password} onSubmit={flow.submitPassword} />
          <Button onClick={flow.forgotPassword}>Forgot password</Button>
          {flow.strategies.length > 1 && <Button onClick={flow.chooseAnotherMethod}>Use another method</Button>}
          {buttons}
        </>
      )
    case 'choose-strategy':
      return (
        <>
          {step.strategies.map((strategy) => (
            <Button key={strategy} onClick={() => flow.chooseStrategy(strategy)}>
              Use {strategy}
            </Button>
          ))}
          {buttons}
        </>
      )
    case 'new-password':
      return (
        <>
          <OneField label="New password" error={flow.fieldErrors.newPassword} onSubmit={flow.submitNewPassword} />
          {buttons}
        </>
      )
    case 'protect-check':
      return (
        <>
          {step.challenge && <p>Challenge {step.challenge.token}</p>}
          <OneField label="Proof" onSubmit={flow.passProtectCheck} />
          {buttons}
        </>
      )
    case 'first-factor':
    case 'second-factor':
    case 'client-trust':
    case 'reset-password-code':
    case 'verify-sign-up':
    case 'email-link':
      return (
        <>
          {step.name === 'second-factor' && step.strategy === 'passkey' ? (
            <Button onClick={() => flow.start(passkeySecondFactor)}>Use passkey</Button>
          ) : (
            step.name !== 'email-link' && (
              <OneField label="Code" error={flow.fieldErrors.code} onSubmit={flow.submitCode} />
            )
          )}
          {'phoneChannel' in step && step.phoneChannel && <p>Sent with {step.phoneChannel}</p>}
          {(step.name === 'first-factor' || step.name === 'verify-sign-up') && flow.offers(phoneCodeWhatsApp) && (
            <Button onClick={() => flow.resendCode({ channel: 'whatsapp' })}>Send with WhatsApp</Button>
          )}
          {(step.name !== 'second-factor' || /code$/.test(step.strategy)) && (
            <Button onClick={flow.resendCode}>Resend</Button>
          )}
          {step.name === 'second-factor' &&
            step.available
              .filter((strategy) => strategy !== step.strategy)
              .map((strategy) => (
                <Button key={strategy} onClick={() => flow.chooseSecondFactor(strategy)}>
                  Use {strategy}
                </Button>
              ))}
          {step.name === 'first-factor' && flow.strategies.length > 1 && (
            <Button onClick={flow.chooseAnotherMethod}>Use another method</Button>
          )}
          {buttons}
        </>
      )
    case 'enterprise-sso':
      return (
        <>
          {step.connections.map((connection) => (
            <Button key={connection.id} onClick={() => flow.start(enterpriseSso.connection(connection))}>
              Continue with {connection.name}
            </Button>
          ))}
          {buttons}
        </>
      )
    case 'create-account':
      return (
        <>
          <p>Your own screen here (an age check, say).</p>
          <Button onClick={flow.createAccount}>Create my account</Button>
          {buttons}
        </>
      )
    default:
      return buttons
  }
}

/** Passkeys in the identifier's autofill, where the browser offers them; dropped when the step goes. */
function Autofill({ flow }: { flow: SignInOrUpFlow }) {
  const offered = flow.offers(passkeyAutofill)
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per identifier step, as a screen would
  useEffect(() => {
    if (!offered) return
    let cancel = () => {}
    let gone = false
    void passkeyAutofill.supported().then((ok) => {
      if (ok && !gone) cancel = flow.autofill(passkeyAutofill)
    })
    return () => {
      gone = true
      cancel()
    }
  }, [offered])
  return null
}

/** Renders `useMissingFields()` on its own. */
export function MissingFieldsScreen({ options }: { options?: Parameters<typeof useMissingFields>[0] }) {
  return <MissingFieldsForm controller={useMissingFields(options)} />
}

export function MissingFieldsForm({ controller }: { controller: MissingFieldsController }) {
  const [values, setValues] = useState<Record<string, string | boolean>>(controller.values)
  if (controller.verification) {
    return (
      <section>
        <h2>Verify {controller.verification.safeIdentifier}</h2>
        <OneField label="Code" error={controller.errors.code} onSubmit={controller.submitCode} />
      </section>
    )
  }
  return (
    <form
      aria-label="Missing fields"
      onSubmit={(event) => {
        event.preventDefault()
        void controller.submit(values)
      }}
    >
      <ErrorText error={controller.error} />
      {controller.fields.map((field) => (
        <div key={field.name}>
          {field.kind === 'checkbox' ? (
            <label>
              <input
                type="checkbox"
                checked={values[field.name] === true}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.checked })}
              />
              {field.labelKey}
            </label>
          ) : (
            <label>
              {field.labelKey}
              <input
                type={field.kind === 'unknown' ? 'text' : field.kind}
                autoComplete={field.autoComplete}
                value={String(values[field.name] ?? '')}
                onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              />
            </label>
          )}
          <ErrorText error={controller.errors[field.name]} />
        </div>
      ))}
      <button type="submit">Create account</button>
    </form>
  )
}

/** Renders `useSessionTask()` on its own. */
export function SessionTaskScreen({ options }: { options?: Parameters<typeof useSessionTask>[0] }) {
  const task = useSessionTask(options)
  return task ? <TaskScreen task={task} /> : <p>No task</p>
}

export function TaskScreen({ task }: { task: SessionTaskController }) {
  return (
    <section>
      <h2>Task {task.key}</h2>
      <ErrorText error={task.error} />
      {task.key === 'unknown' && <p>Clerk asks for {task.rawKey}</p>}
      {task.key === 'choose-organization' && (
        <>
          <label>
            Search
            <input value={task.query} onChange={(event) => task.search(event.target.value)} />
          </label>
          <ul>
            {task.items.map((item) => (
              <li key={item.id}>
                <Button onClick={() => task.select(item)}>
                  {item.kind} {item.organization.name}
                </Button>
              </li>
            ))}
          </ul>
          {task.hasMore && <Button onClick={task.loadMore}>Load more</Button>}
          {task.canCreate && (
            <OneField label="Organization name" onSubmit={(name) => task.create({ name })} button="Create" />
          )}
        </>
      )}
      {task.key === 'reset-password' && (
        <OneField label="New password" onSubmit={(password) => task.submit({ password })} />
      )}
      {task.key === 'setup-mfa' && (
        <>
          {task.stage === 'start' && <Button onClick={task.start}>Set up</Button>}
          {task.stage === 'verify' && (
            <>
              <p>Secret {task.totp?.secret}</p>
              <OneField label="Code" onSubmit={task.verify} />
            </>
          )}
          {task.stage === 'backup-codes' && (
            <>
              <p>Backup codes {task.backupCodes?.join(' ')}</p>
              <Button onClick={task.finish}>Done</Button>
            </>
          )}
        </>
      )}
      {task.key === 'unknown' && <p>Unknown task {task.rawKey}</p>}
    </section>
  )
}

function OneField(props: {
  label: string
  /** What the field shows first (the identifier the flow kept). */
  initial?: string
  error?: FlowError | null
  button?: string
  onSubmit: (value: string) => unknown
}) {
  const [value, setValue] = useState(props.initial ?? '')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void props.onSubmit(value)
  }
  return (
    <form onSubmit={submit}>
      <label>
        {props.label}
        <input value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      <ErrorText error={props.error} />
      <button type="submit">{props.button ?? 'Continue'}</button>
    </form>
  )
}

function Button({ onClick, children }: { onClick: () => unknown; children: ReactNode }) {
  return (
    <button type="button" onClick={() => void onClick()}>
      {children}
    </button>
  )
}

function ErrorText({ error }: { error?: FlowError | null }) {
  return error ? <p role="alert">{error.message}</p> : null
}

/** Renders `useJoinWaitlist(options)`: its form, then its confirmation. */
export function WaitlistScreen({ options }: { options?: JoinWaitlistOptions }) {
  const waitlist = useJoinWaitlist(options)
  if (waitlist.step === 'loading') return <p>Loading</p>
  if (waitlist.step === 'joined') return <h1>On the waitlist: {waitlist.emailAddress}</h1>
  return (
    <main>
      <h1>Join the waitlist</h1>
      {waitlist.isPending && <p>Working…</p>}
      <ErrorText error={waitlist.error} />
      <OneField label="Email" initial={waitlist.emailAddress} error={waitlist.fieldError} onSubmit={waitlist.join} />
    </main>
  )
}
