/* parse.c: stub of the `parse` subcommand until its stage lands. */
#include <stdio.h>

#include "cmd/cmd.h"

int cmd_parse(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "goesc: parse: not implemented yet\n");
    return 2;
}
