/* main.c: the goesc command line. Picks the subcommand and hands over the
 * rest of the arguments; every subcommand returns the process exit status
 * (0 ok, 1 errors in the analysed code, 2 usage or environment). */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"

static const char usage[] =
    "usage: goesc [-m[=N]] [-l] [-N] [-smallframes] [-d=list] [-tags list] PATTERNS\n"
    "       goesc COMMAND [ARGS]\n"
    "\n"
    "Without a command, goesc prints the escape analysis diagnostics of the packages\n"
    "PATTERNS names, as go build -gcflags='-m -l' does (-l is required: inlining is\n"
    "not implemented yet).\n"
    "\n"
    "commands:\n"
    "  parse [-dump] FILE...    parse Go files; -dump prints the syntax tree\n"
    "  list [-deps] [-e] [-tags list] PATTERNS\n"
    "                           list packages and their Go files, as go list\n"
    "  env [NAME...]            print GOROOT, GOOS, GOARCH, CGO_ENABLED, GOVERSION\n"
    "  check [-dump] [-each] PATTERNS\n"
    "                           type-check packages; -dump prints what the checker recorded;\n"
    "                           -each checks each pattern on its own (one .go file each)\n"
    "  errorcheck [-v] FILE.go...\n"
    "                           run Go `// errorcheck` tests as Go's test harness does,\n"
    "                           with goesc in place of gc; PASS/FAIL per file\n"
    "  ir [-dump] [-sites] PATTERNS\n"
    "                           build the IR of the packages (debugging): -dump prints every\n"
    "                           function, -sites the allocation sites and variables as gc prints them\n"
    "  help                     this text\n";

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
} Command;

static const Command commands[] = {
    {"parse", cmd_parse},
    {"list", cmd_list},
    {"check", cmd_check},
    {"errorcheck", cmd_errorcheck},
    {"ir", cmd_ir},
    {"instances", cmd_instances},
    {"env", cmd_goroot},
};

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return 2;
    }
    const char *name = argv[1];
    if (!strcmp(name, "help") || !strcmp(name, "-h") || !strcmp(name, "--help")) {
        fputs(usage, stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(name, commands[i].name)) return commands[i].run(argc - 2, argv + 2);
    return cmd_escape(argc - 1, argv + 1); /* flags and patterns */
}
