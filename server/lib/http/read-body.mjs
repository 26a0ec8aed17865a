/** The largest receipt accepted: a real one is under 1 KB; 8 KB leaves room for long ids and URLs. */
export const MAX_BODY_BYTES = 8 * 1024;

/**
 * The request body as text, or a status to answer with: 413 as soon as more
 * than `MAX_BODY_BYTES` arrive (the rest is not read), 400 for text that is
 * not UTF-8. Resolves, never rejects.
 * @returns {Promise<{ text: string } | { status: number, problem: string }>}
 */
export function readBody(req) {
  return new Promise((resolve) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > MAX_BODY_BYTES) return resolve(tooLarge());
    const chunks = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        resolve(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (done) return;
      done = true;
      try {
        resolve({ text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        resolve({ status: 400, problem: "the body is not UTF-8 text" });
      }
    });
    req.on("error", () => {
      if (!done) resolve({ status: 400, problem: "the body could not be read" });
      done = true;
    });
  });
}

const tooLarge = () => ({ status: 413, problem: `a receipt is at most ${MAX_BODY_BYTES} bytes` });
