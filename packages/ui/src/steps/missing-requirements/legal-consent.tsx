import type { MissingFieldDescriptor } from '@flowkit/flows'
import type { ReactNode } from 'react'
import { Checkbox } from '../../primitives/checkbox'
import { useControlProps } from '../../primitives/field'
import { Link } from '../../primitives/link'
import { useText } from '../../primitives/ui-options'

/** "I agree to the Terms of Service and Privacy Policy", each a link when the instance has a safe one. */
function LegalText({ descriptor }: { descriptor: MissingFieldDescriptor }) {
  const { t } = useText()
  // Each link is keyed by its placeholder: the sentence renders as a list of text and links.
  const link = (name: 'terms' | 'privacy', url: string | null | undefined) => (
    <Link key={name} href={url ?? undefined} target="_blank" rel="noreferrer">
      {t(name)}
    </Link>
  )
  const nodes: Record<string, ReactNode> = {
    terms: link('terms', descriptor.links?.termsUrl),
    privacy: link('privacy', descriptor.links?.privacyPolicyUrl),
  }
  // Odd chunks of the split are placeholder names.
  return t('legalAccepted')
    .split(/\{(\w+)\}/)
    .map((chunk, index) => (index % 2 ? (nodes[chunk] ?? chunk) : chunk))
}

/** The consent checkbox, wired to its field like any other control. */
export function LegalConsent({ descriptor }: { descriptor: MissingFieldDescriptor }) {
  return (
    <Checkbox {...useControlProps('MissingRequirementsStep.Field')} label={<LegalText descriptor={descriptor} />} />
  )
}
