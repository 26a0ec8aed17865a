/** Where a JSON text goes wrong, 1-based, and what is wrong there. */
export interface JsonError {
  line: number;
  column: number;
  message: string;
}

const NUMBER_OR_LITERAL = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;

/**
 * Finds the first error in a JSON text, or returns null when it parses.
 * Node's own `JSON.parse` messages give no position for some errors
 * ("Unexpected token 'x', "…" is not valid JSON"), so the text is scanned here
 * (grammar: https://www.rfc-editor.org/rfc/rfc8259) to tell the site owner the
 * line and column.
 */
export function findJsonError(text: string): JsonError | null {
  let i = 0;
  const fail = (message: string): never => {
    throw { index: i, message };
  };
  const found = () => (i < text.length ? JSON.stringify(text[i]) : "the end of the file");
  const expect = (what: string) => fail(`expected ${what} but found ${found()}`);
  const skipSpace = () => {
    while (" \t\n\r".includes(text[i]) && i < text.length) i++;
  };
  const readString = () => {
    for (i++; ;) {
      const char = text[i];
      if (char === undefined) return fail("unterminated string");
      if (char == '"') return i++;
      if (char < " ") return fail("control character in a string (write it as \\n, \\t …)");
      if (char == "\\") {
        const escape = text[++i];
        if (escape == "u" && /^[\da-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
        else if (!escape || !'"\\/bfnrt'.includes(escape)) return fail("invalid escape in a string");
      }
      i++;
    }
  };
  // Objects and arrays share one loop: `close` is "}" or "]".
  const readItems = (close: string, readItem: () => void) => {
    i++;
    skipSpace();
    if (text[i] == close) return i++;
    for (;;) {
      readItem();
      skipSpace();
      if (text[i] == close) return i++;
      if (text[i] != ",") return expect(`"," or "${close}"`);
      i++;
    }
  };
  const readValue = (): unknown => {
    skipSpace();
    const char = text[i];
    if (char == "{")
      return readItems("}", () => {
        skipSpace();
        if (text[i] != '"') expect("a property name in double quotes");
        readString();
        skipSpace();
        if (text[i] != ":") expect('":"');
        i++;
        readValue();
      });
    if (char == "[") return readItems("]", readValue);
    if (char == '"') return readString();
    NUMBER_OR_LITERAL.lastIndex = i;
    if (NUMBER_OR_LITERAL.test(text)) return (i = NUMBER_OR_LITERAL.lastIndex);
    return expect("a value");
  };
  try {
    readValue();
    skipSpace();
    if (i < text.length) expect("the end of the file");
    return null;
  } catch (error) {
    if (!error || typeof (error as { index?: unknown }).index != "number") return null; // e.g. too deeply nested to scan
    const { index, message } = error as { index: number; message: string };
    const before = text.slice(0, index);
    const line = before.split("\n").length;
    return { line, column: index - before.lastIndexOf("\n"), message };
  }
}
