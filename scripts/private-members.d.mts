/** Member names terser shortens in the browser bundles: see private-members.mjs. */
export declare const PRIVATE_MEMBERS: string[];
