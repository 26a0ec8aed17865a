/**
 * WebKit adapter (Safari's engine): Debian's WebKitWebDriver, a W3C WebDriver server for WebKitGTK,
 * driving MiniBrowser on a virtual X display (Xvfb), spoken to with plain WebDriver HTTP calls.
 * Xvfb picks a free display number itself (-displayfd), so parallel runs never race for one.
 * Every page is its own session (a fresh MiniBrowser: nothing kept between tests). MiniBrowser runs
 * full-screen, so the window has no toolbar and its size is exactly the viewport; `--dark-mode`
 * gives prefers-color-scheme: dark. https://www.w3.org/TR/webdriver2/
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";

const DRIVER = process.env.WEBKIT_DRIVER_PATH || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER_PATH || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = "/usr/bin/Xvfb";
const SCREEN = "1920x1400x24";

/** What must be installed for this engine; empty when ready. */
export function missing() {
  return [
    [DRIVER, "WebKitWebDriver (apt-get install -y webkit2gtk-driver)"],
    [MINIBROWSER, "MiniBrowser (apt-get install -y webkit2gtk-driver)"],
    [XVFB, "Xvfb (apt-get install -y xvfb)"],
  ]
    .filter(([path]) => !existsSync(path))
    .map(([path, what]) => `${what} at ${path}`);
}

/** WebDriver key codes (https://www.w3.org/TR/webdriver2/#keyboard-actions) of the keys the tests press. */
const KEYS = {
  Tab: "\uE004",
  Enter: "\uE007",
  Shift: "\uE008",
  Escape: "\uE00C",
  Space: " ",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
  Backspace: "\uE003",
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display; resolves to `{ display, process }`. */
function startXvfb() {
  const xvfb = spawn(XVFB, ["-displayfd", "3", "-screen", "0", SCREEN, "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    xvfb.once("error", reject);
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited with ${code}`)));
    xvfb.stdio[3].on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve({ display: `:${out.trim()}`, process: xvfb });
    });
  });
}

/** Stops `child` and waits until it has exited. */
function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

/** How long one WebDriver command may take (a new session starts a browser: a few seconds at most). */
const COMMAND_TIMEOUT = 60_000;

/** Starts Xvfb and WebKitWebDriver on it; resolves to `{ xvfb, driver, base }` once the driver answers. */
async function startDriver() {
  const port = await freePort();
  const xvfb = await startXvfb();
  const driver = spawn(DRIVER, [`--port=${port}`], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const server = { xvfb, driver, base: `http://127.0.0.1:${port}` };
  for (const end = Date.now() + 15_000; ;) {
    try {
      if ((await request(server, "GET", "/status")).ready !== undefined) return server;
    } catch (error) {
      if (Date.now() > end) throw new Error(`WebKitWebDriver did not start: ${error.message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function request(server, method, path, body, timeout = COMMAND_TIMEOUT) {
  const response = await fetch(server.base + path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeout),
  });
  const { value } = await response.json();
  if (value && value.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return value;
}

/** How long starting a MiniBrowser may take before the display and driver are started afresh. */
const SESSION_TIMEOUT = 30_000;

export async function launch() {
  let server = await startDriver();
  const call = (method, path, body) => request(server, method, path, body);
  const stopDriver = async () => {
    await stop(server.driver);
    await stop(server.xvfb.process);
  };

  return {
    async newPage({ viewport, colorScheme }) {
      const args = ["--automation", "--full-screen", ...(colorScheme === "dark" ? ["--dark-mode"] : [])];
      const capabilities = {
        alwaysMatch: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args } },
      };
      let sessionId;
      try {
        ({ sessionId } = await request(server, "POST", "/session", { capabilities }, SESSION_TIMEOUT));
      } catch (error) {
        // On a busy shared machine the virtual display has been seen to vanish ("cannot open display"):
        // start display and driver again, once.
        console.error(`WebKit: no session (${error.message}); restarting Xvfb and WebKitWebDriver`);
        await stopDriver();
        server = await startDriver();
        ({ sessionId } = await request(server, "POST", "/session", { capabilities }, SESSION_TIMEOUT));
      }
      const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
      const setViewport = ({ width, height }) => session("POST", "/window/rect", { width, height });
      const keyActions = (values) =>
        session("POST", "/actions", {
          actions: [
            {
              type: "key",
              id: "keyboard",
              actions: [
                ...values.map((value) => ({ type: "keyDown", value })),
                ...values.toReversed().map((value) => ({ type: "keyUp", value })),
              ],
            },
          ],
        });
      await setViewport(viewport);
      return {
        goto: (url) => session("POST", "/url", { url }),
        reload: () => session("POST", "/refresh", {}),
        evaluate: (expression) => session("POST", "/execute/sync", { script: `return ${expression}`, args: [] }),
        click: (x, y) =>
          session("POST", "/actions", {
            actions: [
              {
                type: "pointer",
                id: "mouse",
                parameters: { pointerType: "mouse" },
                actions: [
                  { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" },
                  { type: "pointerDown", button: 0 },
                  { type: "pointerUp", button: 0 },
                ],
              },
            ],
          }),
        press: (key) => keyActions(key.split("+").map((k) => KEYS[k] || k)),
        async cookies() {
          const cookies = await session("GET", "/cookie");
          return cookies.map(({ expiry, ...cookie }) => ({ ...cookie, expires: expiry ?? -1 }));
        },
        // A domain without a leading dot is the page's own host: leave it out, so the cookie stays host-only as
        // document.cookie would set it (WebKitWebDriver makes any given domain a domain cookie).
        setCookie: ({ expires, domain, ...cookie }) =>
          session("POST", "/cookie", {
            cookie: {
              ...cookie,
              ...(domain && domain.startsWith(".") ? { domain } : {}),
              ...(expires > 0 ? { expiry: Math.round(expires) } : {}),
            },
          }),
        async screenshot(path, { fullPage }) {
          let restore = null;
          if (fullPage) {
            const size = await session("POST", "/execute/sync", {
              script: "return [innerWidth, innerHeight, document.documentElement.scrollHeight]",
              args: [],
            });
            restore = { width: size[0], height: size[1] };
            await setViewport({ width: size[0], height: size[2] });
          }
          const png = await session("GET", "/screenshot");
          if (restore) await setViewport(restore);
          await writeFile(path, Buffer.from(png, "base64"));
        },
        setViewport,
        close: () => session("DELETE", ""),
      };
    },
    close: stopDriver,
  };
}
