import type { SetupMfaTaskController } from '@flowkit/flows'
import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import type { TaskRootProps } from '../shared/task-root'
import { Back, SetupMfaSubmit } from './back-and-submit'
import { CopyCodes, DownloadCodes } from './backup-code-actions'
import { BackupCodes } from './backup-codes'
import { Methods } from './methods'
import { Phone, PhoneNumbers } from './phone'
import { Secret } from './secret'
import { SetupMfaTaskRoot } from './setup-mfa-root'
import { Verify } from './verify'

export type SetupMfaTaskProps = Omit<TaskRootProps<SetupMfaTaskController>, 'children'>

/** The setup-mfa task's default composition: each part shows on its own stage. */
export function SetupMfaTaskDefault(props: SetupMfaTaskProps) {
  return (
    <SetupMfaTaskRoot {...props}>
      <Title />
      <Subtitle />
      <Methods />
      <PhoneNumbers />
      <Phone />
      <Secret />
      <Verify />
      <BackupCodes />
      <CopyCodes />
      <DownloadCodes />
      <Alert />
      <SetupMfaSubmit />
      <Back />
    </SetupMfaTaskRoot>
  )
}
