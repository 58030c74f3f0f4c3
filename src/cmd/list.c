/* list.c: stub of the `list` subcommand until its stage lands. */
#include <stdio.h>

#include "cmd/cmd.h"

int cmd_list(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "goesc: list: not implemented yet\n");
    return 2;
}
