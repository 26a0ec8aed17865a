// The SDK's cookie codec, for tests that need a real consent cookie value.
export { encodeConsent } from "../../src/core/consent-codec.ts";
export { normalizeConfig } from "../../src/core/config-defaults.ts";
