/** Preact's built code without Component.prototype.setState and .forceUpdate: see preact-without-state.mjs. */
export declare function withoutStateUpdates(code: string, parse: (code: string) => unknown): string;
/** The rollup plugin that applies it to Preact's build in the browser bundles. */
export declare const preactWithoutState: () => { name: string };
/** The Component methods taken out of Preact's build. */
export declare const LEFT_OUT: string[];
