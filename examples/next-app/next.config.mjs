/** @type {import('next').NextConfig} */
export default {
  // The e2e test reads the client bundles' source maps to count the copies of @clerk/react.
  productionBrowserSourceMaps: true,
}
