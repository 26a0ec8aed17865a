import { runValidate, VALIDATE_USAGE, type CliIo } from "./validate";

export const USAGE = `${VALIDATE_USAGE}

Checks Assent config files. Prints every problem with its JSON path, then
compliance warnings (which do not fail the check): a choice kept over 13
months, an optional category on by default, a category with no description,
a cookie with no duration, languages missing a text.

With --html PAGE.html …, also checks each page's tagging against the (first)
config: a tagged element that also has a real src, srcset, poster, data or
srcdoc (loaded before consent), a tagged element whose category or service
the config does not have, and (a warning) an untagged script from another
host that no service's urls match.

Exit status: 0 when every file is valid, 1 when not, 2 for a usage error.

Options:
  -h, --help   show this help`;

/** The `assent` command line: `assent validate FILE…` or `assent --help`. Returns the exit code. */
export function runCommand(args: string[], io: CliIo): number {
  const [command, ...rest] = args;
  if (command == "-h" || command == "--help" || command == "help" || (command == "validate" && /^(-h|--help)$/.test(rest[0]))) {
    io.out(USAGE);
    return 0;
  }
  if (command == "validate") return runValidate(rest, io);
  io.err(command ? `assent: unknown command "${command}"` : "assent: no command given");
  io.err(USAGE);
  return 2;
}
