import type fc from "fast-check";

/** Generated configs, valid and invalid; typed loosely on purpose: many are not an `AssentConfig` at all. */
export declare const configsArb: fc.Arbitrary<any>;
