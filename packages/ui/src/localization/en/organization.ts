export const organizationStrings = {
  chooseOrganizationTitle: 'Choose an organization',
  organizationName: 'Organization name',
  invitation: 'Invitation',
  suggestion: 'Suggested',
  loadMore: 'Load more',
  searchOrganizations: 'Search organizations',
  noOrganizations: 'No organizations match your search',
  createOrganization: 'Create organization',
  createOrganizationTitle: 'Create an organization',
  newOrganization: 'Create a new organization',
}
