import type { PublicUserDataJSON } from '@clerk/shared/types'
import type { UserRecord } from '../state/records'

/** What others may see of a user (sessions, memberships). */
export function publicUserData(user: UserRecord): PublicUserDataJSON {
  return {
    first_name: user.firstName,
    last_name: user.lastName,
    image_url: '',
    has_image: false,
    identifier: user.emails[0]?.address ?? user.phones[0]?.number ?? user.username ?? '',
    user_id: user.id,
    ...(user.username ? { username: user.username } : {}),
  }
}
