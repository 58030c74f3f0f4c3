/* env.c: `goesc env [NAME...]`: the build environment goesc uses.
 * Without names it prints GOROOT, GOOS, GOARCH, CGO_ENABLED and GOVERSION
 * as NAME='value' lines; with names, each value on its own line, as
 * `go env NAME` does. */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "load/load.h"

static const char *value(const LoadConfig *cfg, const char *name) {
    if (!strcmp(name, "GOROOT")) return cfg->goroot;
    if (!strcmp(name, "GOOS")) return cfg->goos;
    if (!strcmp(name, "GOARCH")) return cfg->goarch;
    if (!strcmp(name, "CGO_ENABLED")) return cfg->cgo ? "1" : "0";
    if (!strcmp(name, "GOVERSION")) return cfg->goversion;
    return "";
}

int cmd_goroot(int argc, char **argv) {
    char *goroot = load_find_goroot();
    if (!goroot) {
        fprintf(stderr, "goesc: cannot find the Go source tree: set GOROOT or run scripts/get-go\n");
        return 2;
    }
    LoadConfig cfg;
    load_config_init(&cfg, goroot);
    if (argc == 0) {
        const char *names[] = {"GOROOT", "GOOS", "GOARCH", "CGO_ENABLED", "GOVERSION"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) printf("%s='%s'\n", names[i], value(&cfg, names[i]));
    }
    for (int i = 0; i < argc; i++) puts(value(&cfg, argv[i]));
    load_config_free(&cfg);
    free(goroot);
    return 0;
}
