import { runValidate, VALIDATE_USAGE } from "./validate";
import { BUILD_USAGE, DEFAULT_OUT, runBuild, type BuildIo } from "./site-build";

export const USAGE = `${VALIDATE_USAGE}
       ${BUILD_USAGE}

assent validate checks Assent config files. Prints every problem with its
JSON path, then compliance warnings (which do not fail the check): a choice
kept over 13 months, an optional category on by default, a category with no
description, a cookie with no duration, languages missing a text.

With --html PAGE.html …, also checks each page's tagging against the (first)
config: a tagged element that also has a real src, srcset, poster, data or
srcdoc (loaded before consent), a tagged element whose category or service
the config does not have, and (a warning) an untagged script from another
host that no service's urls match.

assent build checks the config the same way (nothing is written when it has
an error), then writes your site's own split drop-in to DIR (default
${DEFAULT_OUT}/): assent-core.js, with the config inlined and no config
lookup, validator, auto-blocking (unless a service lists urls), Consent Mode
(unless a category maps googleConsent), receipts (unless consentLog is set)
or cookie place check (unless cookie.domain or cookie.path is set), to
inline in <head>; assent-banner.js, the banner alone; and assent-ui.js, with
the strings of the config's languages only, loaded when something is shown.
Build again whenever the config changes (README "Loading").

Exit status: 0 when every file is valid (build: written), 1 when not,
2 for a usage error.

Options:
  --out DIR    (build) where to write the three files
  -h, --help   show this help`;

/** The `assent` command line: `assent validate FILE…`, `assent build FILE` or `assent --help`. Returns the exit code. */
export function runCommand(args: string[], io: BuildIo): number {
  const [command, ...rest] = args;
  if (
    command == "-h" ||
    command == "--help" ||
    command == "help" ||
    ((command == "validate" || command == "build") && /^(-h|--help)$/.test(rest[0]))
  ) {
    io.out(USAGE);
    return 0;
  }
  if (command == "validate") return runValidate(rest, io);
  if (command == "build") return runBuild(rest, io);
  io.err(command ? `assent: unknown command "${command}"` : "assent: no command given");
  io.err(USAGE);
  return 2;
}
