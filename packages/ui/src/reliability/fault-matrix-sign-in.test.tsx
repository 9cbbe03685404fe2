import { describeFaultMatrix } from './fault-matrix'
import { signInJourneys } from './journeys'

await describeFaultMatrix('sign-in', signInJourneys)
