/* list.c: `goesc list [-deps] [-e] PATTERNS`, the load stage's command.
 *
 * Prints one line per package, its import path and then the base names
 * of its GoFiles, exactly as
 *   go list [-deps] -f '{{.ImportPath}}{{range .GoFiles}} {{.}}{{end}}'
 * does. Errors follow go list: a named package with an error stops the
 * listing (exit 1, nothing printed); with -deps, errors in dependencies
 * are reported while the listing goes on, and the status is 1. */
#include <stdio.h>
#include <string.h>

#include "cmd/cmd.h"
#include "load/load.h"

static const char list_usage[] = "usage: goesc list [-deps] [-e] [-tags list] [packages]\n";

static void print_package(const LoadPackage *p) {
    fputs(p->path, stdout);
    for (int i = 0; i < p->nfiles; i++) {
        putchar(' ');
        fputs(p->gofiles[i], stdout);
    }
    putchar('\n');
}

/* print_listing prints the packages, and their errors as go list does. */
static int print_listing(const LoadGraph *g, bool deps, bool keep_going) {
    if (g->errors.n) return 1;
    int status = 0;
    if (!keep_going) {
        for (int k = 0; k < g->nroots; k++)
            if (g->roots[k]->error) fprintf(stderr, "%s\n", g->roots[k]->error), status = 1;
        if (status) return status;
    }
    LoadPackage **list = deps ? g->pkgs : g->roots;
    int count = deps ? g->npkgs : g->nroots;
    for (int k = 0; k < count; k++) {
        if (list[k]->error && !keep_going) {
            fprintf(stderr, "%s\n", list[k]->error);
            status = 1;
        }
        print_package(list[k]);
    }
    return status;
}

int cmd_list(int argc, char **argv) {
    bool deps = false, keep_going = false;
    const char *tags = NULL;
    const CmdSwitch sw[] = {{"deps", &deps}, {"e", &keep_going}, {0}};
    int i = cmd_flags("list", list_usage, argc, argv, sw, &tags);
    if (i < 0) return 2;
    char *goroot = load_find_goroot();
    if (!goroot) {
        fprintf(stderr, "goesc: cannot find the Go source tree: set GOROOT or run scripts/get-go\n");
        return 2;
    }
    LoadConfig cfg;
    load_config_init(&cfg, goroot);
    if (tags) load_config_add_tags(&cfg, tags);
    if (cfg.err) {
        fprintf(stderr, "go: %s\n", cfg.err);
        load_config_free(&cfg);
        free(goroot);
        return 2;
    }
    const char *dot[] = {"."};
    int n = argc - i;
    LoadGraph *g = n > 0 ? load_packages(&cfg, (const char *const *)argv + i, n) : load_packages(&cfg, dot, 1);
    for (int k = 0; k < g->warnings.n; k++) fprintf(stderr, "%s\n", g->warnings.a[k]);
    for (int k = 0; k < g->errors.n; k++) fprintf(stderr, "%s\n", g->errors.a[k]);
    int status = print_listing(g, deps, keep_going);
    load_graph_free(g);
    load_config_free(&cfg);
    free(goroot);
    return status;
}
