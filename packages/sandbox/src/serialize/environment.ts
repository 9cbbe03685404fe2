import type {
  AttributeDataJSON,
  EnvironmentJSON,
  OAuthProviderSettings,
  UserSettingsJSON,
  VerificationStrategy,
} from '@clerk/shared/types'
import type { Instance } from '../config/resolve'
import type { OAuthProviderName } from '../config/types'

const attribute = (overrides: Partial<AttributeDataJSON> = {}): AttributeDataJSON => ({
  enabled: false,
  required: false,
  verifications: [],
  used_for_first_factor: false,
  first_factors: [],
  used_for_second_factor: false,
  second_factors: [],
  verify_at_sign_up: false,
  ...overrides,
})

const providerNames: Record<OAuthProviderName, string> = {
  google: 'Google',
  github: 'GitHub',
  apple: 'Apple',
  microsoft: 'Microsoft',
  facebook: 'Facebook',
  gitlab: 'GitLab',
  discord: 'Discord',
}

/** The instance's settings as `EnvironmentJSON`, the shape clerk-js's `Environment` reads. */
export function serializeEnvironment(instance: Instance): EnvironmentJSON {
  const { identifiers, firstFactors, signUp, mfa, passkeys, password } = instance
  const requirement = (field: keyof Instance['signUp']['fields']) => signUp.fields[field]
  const emailFirstFactors = firstFactors.filter((factor): factor is 'email_code' | 'email_link' =>
    ['email_code', 'email_link'].includes(factor),
  )
  const emailEnabled = identifiers.includes('email_address') || requirement('email_address') !== 'off'
  const phoneEnabled =
    identifiers.includes('phone_number') ||
    requirement('phone_number') !== 'off' ||
    mfa.strategies.includes('phone_code')
  const social = Object.fromEntries(
    instance.oauth.map((provider): [string, OAuthProviderSettings] => [
      `oauth_${provider}`,
      {
        enabled: true,
        required: false,
        authenticatable: true,
        strategy: `oauth_${provider}`,
        name: providerNames[provider],
        logo_url: null,
      },
    ]),
  ) as EnvironmentJSON['user_settings']['social']

  return {
    object: 'environment',
    id: 'env_sandbox',
    auth_config: {
      object: 'auth_config',
      id: 'aac_sandbox',
      single_session_mode: true,
      claimed_at: null,
      reverification: false,
      preferred_channels: {},
    },
    api_keys_settings: {
      object: 'api_keys_settings',
      id: 'aks_sandbox',
      user_api_keys_enabled: false,
      orgs_api_keys_enabled: false,
    },
    commerce_settings: {
      object: 'commerce_settings',
      id: 'cms_sandbox',
      billing: {
        stripe_publishable_key: null,
        organization: { enabled: false, has_paid_plans: false },
        user: { enabled: false, has_paid_plans: false },
      },
    },
    display_config: {
      object: 'display_config',
      id: 'display_config_sandbox',
      instance_environment_type: 'development',
      application_name: instance.applicationName,
      branded: false,
      // No captcha keys: clerk-js then skips bot protection and never loads Turnstile.
      captcha_public_key: null,
      captcha_public_key_invisible: null,
      captcha_widget_type: null,
      captcha_provider: 'turnstile',
      captcha_oauth_bypass: [],
      preferred_sign_in_strategy: firstFactors[0] === 'password' ? 'password' : 'otp',
      after_sign_in_url: '/',
      after_sign_out_all_url: '/',
      after_sign_out_one_url: '/',
      after_sign_up_url: '/',
      after_switch_session_url: '/',
      after_create_organization_url: '/',
      after_leave_organization_url: '/',
      after_join_waitlist_url: '/',
      home_url: '/',
      sign_in_url: '/sign-in',
      sign_up_url: '/sign-up',
      user_profile_url: '/user',
      organization_profile_url: '/organization',
      create_organization_url: '/create-organization',
      waitlist_url: '/waitlist',
      logo_image_url: '',
      favicon_image_url: '',
      support_email: '',
      show_devmode_warning: false,
      terms_url: instance.termsUrl,
      privacy_policy_url: instance.privacyPolicyUrl,
      theme: {
        general: {
          color: '#000000',
          background_color: '#ffffff',
          font_family: '',
          font_color: '#000000',
          label_font_weight: '600',
          padding: '1em',
          border_radius: '0.5em',
          box_shadow: 'none',
        },
        buttons: { font_color: '#ffffff', font_family: '', font_weight: '600' },
        accounts: { background_color: '#ffffff' },
      },
    },
    maintenance_mode: false,
    organization_settings: {
      enabled: instance.organizations.enabled,
      max_allowed_memberships: 0,
      force_organization_selection: instance.organizations.forceSelection,
      actions: { admin_delete: true },
      domains: {
        enabled: instance.organizations.domains,
        enrollment_modes: instance.organizations.domains ? ['automatic_suggestion'] : [],
        default_role: 'org:member',
      },
      slug: { disabled: false },
      organization_creation_defaults: { enabled: false },
    } as EnvironmentJSON['organization_settings'],
    user_settings: {
      attributes: {
        email_address: attribute({
          enabled: emailEnabled,
          required: requirement('email_address') === 'required',
          used_for_first_factor: identifiers.includes('email_address'),
          first_factors: identifiers.includes('email_address') ? emailFirstFactors : [],
          used_for_second_factor: mfa.strategies.includes('email_code'),
          second_factors: mfa.strategies.includes('email_code') ? ['email_code'] : [],
          verifications: emailEnabled ? [signUp.emailVerification] : [],
          verify_at_sign_up: emailEnabled,
        }),
        phone_number: attribute({
          enabled: phoneEnabled,
          required: requirement('phone_number') === 'required',
          used_for_first_factor: identifiers.includes('phone_number'),
          first_factors:
            identifiers.includes('phone_number') && firstFactors.includes('phone_code') ? ['phone_code'] : [],
          used_for_second_factor: mfa.strategies.includes('phone_code'),
          second_factors: mfa.strategies.includes('phone_code') ? ['phone_code'] : [],
          verifications: phoneEnabled ? ['phone_code'] : [],
          verify_at_sign_up: phoneEnabled,
          // Clerk's UI offers the channels besides SMS (`alternativePhoneCodeChannels`).
          channels: instance.phoneChannels,
        }),
        username: attribute({
          enabled: identifiers.includes('username') || requirement('username') !== 'off',
          required: requirement('username') === 'required',
          used_for_first_factor: identifiers.includes('username'),
        }),
        web3_wallet: attribute(),
        first_name: attribute({
          enabled: requirement('first_name') !== 'off',
          required: requirement('first_name') === 'required',
        }),
        last_name: attribute({
          enabled: requirement('last_name') !== 'off',
          required: requirement('last_name') === 'required',
        }),
        password: attribute({
          enabled: firstFactors.includes('password') || requirement('password') !== 'off',
          required: requirement('password') === 'required',
        }),
        authenticator_app: attribute({
          enabled: mfa.strategies.includes('totp'),
          used_for_second_factor: mfa.strategies.includes('totp'),
          second_factors: mfa.strategies.includes('totp') ? ['totp'] : [],
        }),
        backup_code: attribute({
          enabled: mfa.strategies.includes('backup_code'),
          used_for_second_factor: mfa.strategies.includes('backup_code'),
          second_factors: mfa.strategies.includes('backup_code') ? ['backup_code'] : [],
        }),
        // Clerk lists `passkey` as a factor here, though the type's strategies do not include it.
        passkey: attribute({
          enabled: passkeys.enabled,
          used_for_first_factor: passkeys.enabled,
          first_factors: passkeys.enabled ? ['passkey' as VerificationStrategy] : [],
          used_for_second_factor: passkeys.enabled && passkeys.secondFactor,
          second_factors: passkeys.enabled && passkeys.secondFactor ? ['passkey' as VerificationStrategy] : [],
        }),
      },
      actions: { delete_self: true, create_organization: instance.organizations.allowCreation },
      social,
      enterprise_sso: {
        enabled: instance.enterpriseConnections.length > 0,
        self_serve_directory_sync: false,
        self_serve_sso: false,
      },
      sign_in: { second_factor: { required: mfa.required, enabled: mfa.strategies.length > 0 } },
      sign_up: {
        allowlist_only: false,
        progressive: true,
        captcha_enabled: false,
        mode: signUp.mode,
        legal_consent_enabled: signUp.legalConsent,
        mfa: { required: mfa.required },
      },
      password_settings: {
        allowed_special_characters: password.specialCharacters,
        disable_hibp: false,
        min_length: password.minLength,
        max_length: password.maxLength,
        require_special_char: password.requireSpecialChar,
        require_numbers: password.requireNumbers,
        require_uppercase: password.requireUppercase,
        require_lowercase: password.requireLowercase,
        show_zxcvbn: false,
        min_zxcvbn_strength: 0,
      },
      passkey_settings: {
        allow_autofill: passkeys.enabled && passkeys.autofill,
        show_sign_in_button: passkeys.enabled,
      },
      username_settings: { min_length: 4, max_length: 64 },
      attack_protection: { enumeration_protection: { enabled: instance.enumerationProtection } },
    } satisfies Omit<UserSettingsJSON, 'id' | 'object'> as UserSettingsJSON,
    protect_config: { object: 'protect_config', id: 'protect_config_sandbox' },
  }
}
