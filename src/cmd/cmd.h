/* cmd.h: the subcommands of the goesc command line.
 * Each takes the arguments after its name and returns the exit status:
 * 0 ok, 1 the analysed code has errors, 2 usage or environment problems. */
#ifndef GOESC_CMD_H
#define GOESC_CMD_H

#include <stdbool.h>

/* CmdSwitch names a boolean flag (without its dash) and what it sets. */
typedef struct CmdSwitch {
    const char *name;
    bool *on;
} CmdSwitch;

/* cmd_flags parses the leading flags of a subcommand's arguments: the
 * switches of sw (a table ended by a NULL name) and -tags LIST. It
 * returns the index of the first argument after them, or -1 after
 * printing "goesc CMD: unknown flag" and the usage on stderr. */
int cmd_flags(const char *cmd, const char *usage, int argc, char **argv, const CmdSwitch *sw, const char **tags);

int cmd_parse(int argc, char **argv); /* goesc parse [-dump] FILE... */
int cmd_list(int argc, char **argv);  /* goesc list [-deps] PATTERNS */
int cmd_goroot(int argc, char **argv); /* goesc env [NAME...]: GOROOT and build settings */
int cmd_check(int argc, char **argv); /* goesc check [-dump] [-each] PATTERNS */
int cmd_errorcheck(int argc, char **argv); /* goesc errorcheck [-v] FILE.go... */
int cmd_escape(int argc, char **argv); /* goesc [-m] [-l] ... PATTERNS: escape analysis diagnostics */
int cmd_ir(int argc, char **argv);    /* goesc ir [-dump] [-sites] PATTERNS: the IR (debugging) */
int cmd_instances(int argc, char **argv); /* goesc instances [-link] PATTERNS */

#endif
