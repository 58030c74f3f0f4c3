/* cmd.h: the subcommands of the goesc command line.
 * Each takes the arguments after its name and returns the exit status:
 * 0 ok, 1 the analysed code has errors, 2 usage or environment problems. */
#ifndef GOESC_CMD_H
#define GOESC_CMD_H

int cmd_parse(int argc, char **argv); /* goesc parse [-dump] FILE... */
int cmd_list(int argc, char **argv);  /* goesc list [-deps] PATTERNS */
int cmd_goroot(int argc, char **argv); /* goesc env [NAME...]: GOROOT and build settings */
int cmd_check(int argc, char **argv); /* goesc check [-dump] [-each] PATTERNS */
int cmd_errorcheck(int argc, char **argv); /* goesc errorcheck [-v] FILE.go... */
int cmd_escape(int argc, char **argv); /* goesc [-m] [-l] ... PATTERNS: escape analysis diagnostics */
int cmd_ir(int argc, char **argv);    /* goesc ir [-dump] [-sites] PATTERNS: the IR (debugging) */
int cmd_instances(int argc, char **argv); /* goesc instances [-link] PATTERNS */

#endif
