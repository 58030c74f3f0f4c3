/* env.c: stub of the `env` subcommand until its stage lands. */
#include <stdio.h>

#include "cmd/cmd.h"

int cmd_goroot(int argc, char **argv) {
    (void)argc;
    (void)argv;
    fprintf(stderr, "goesc: env: not implemented yet\n");
    return 2;
}
