/** @type {import('next').NextConfig} */
export default {
  // The check is about Flowkit's packages, not this tiny app's lint setup.
  typescript: { ignoreBuildErrors: false },
}
