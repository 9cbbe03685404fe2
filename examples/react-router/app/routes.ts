import { index, type RouteConfig, route } from '@react-router/dev/routes'

export default [
  index('routes/home.tsx'),
  // The splat sends /sign-in and every step under it (/sign-in/factor-one, …) to one route.
  route('sign-in/*', 'routes/sign-in.tsx'),
  route('organization', 'routes/organization.tsx'),
  route('dashboard', 'routes/dashboard.tsx'),
] satisfies RouteConfig
