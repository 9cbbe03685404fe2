import { describeFaultMatrix } from './fault-matrix'
import { otherJourneys } from './journeys'

await describeFaultMatrix('sign-up, reset password, session tasks', otherJourneys)
