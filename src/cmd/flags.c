/* flags.c: the leading flags of the subcommands (check, list, ir,
 * instances): boolean switches named in a table, and -tags LIST or
 * -tags=LIST. A flag may be written with one or two dashes; the first
 * argument that is not a flag (or a lone "-") ends them. */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"

static bool set_switch(const CmdSwitch *sw, const char *f) {
    for (; sw && sw->name; sw++)
        if (!strcmp(f, sw->name)) {
            *sw->on = true;
            return true;
        }
    return false;
}

int cmd_flags(const char *cmd, const char *usage, int argc, char **argv, const CmdSwitch *sw, const char **tags) {
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *f = argv[i] + 1 + (argv[i][1] == '-');
        if (set_switch(sw, f)) continue;
        if (!strncmp(f, "tags=", 5)) *tags = f + 5;
        else if (!strcmp(f, "tags") && i + 1 < argc) *tags = argv[++i];
        else {
            fprintf(stderr, "goesc %s: unknown flag %s\n%s", cmd, argv[i], usage);
            return -1;
        }
    }
    return i;
}
