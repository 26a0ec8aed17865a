/** `import css from "../../styles/assent.css?raw"`: the file's text, inlined by the bundler (and by vitest). */
declare module "*.css?raw" {
  const css: string;
  export default css;
}
