import type { ChooseOrganizationTaskController } from '@flowkit/flows'
import { Alert } from '../../primitives/alert'
import { Title } from '../../primitives/title'
import type { TaskRootProps } from '../shared/task-root'
import { ChooseOrganizationRoot } from './choose-organization-root'
import { Create } from './create'
import { LoadMore } from './load-more'
import { Organizations } from './organizations'
import { NoResults, Search } from './search'

export type ChooseOrganizationTaskProps = Omit<TaskRootProps<ChooseOrganizationTaskController>, 'children'>

/** The choose-organization task's default composition. */
export function ChooseOrganizationTaskDefault(props: ChooseOrganizationTaskProps) {
  return (
    <ChooseOrganizationRoot {...props}>
      <Title />
      <Search />
      <Organizations />
      <NoResults />
      <LoadMore />
      <Alert />
      <Create />
    </ChooseOrganizationRoot>
  )
}
