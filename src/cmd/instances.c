/* instances.c: `goesc instances [-link] PATTERNS`: the instantiated generic
 * functions gc would compile in each named package (ir/instantiate.c, a
 * prototype for the IR builder's stenciling).
 *
 * For each package the patterns name: a line "# import/path", then one
 * line per instantiated function in gc's Target.Funcs order: "shaped" or
 * "wrapper" and the name as gc's diagnostics print it from that package
 * ("slices.insertionSortCmpFunc[go.shape.int]"); with -link, the
 * object-file symbol instead (package path prefix, as `go tool nm`
 * prints it). Then the instantiated types (see print_types).
 * tests/check-shapes compares this with gc. */
#include <stdio.h>
#include <string.h>

#include "cmd/checkrun.h"
#include "cmd/cmd.h"
#include "ir/ir.h"

static const char instances_usage[] = "usage: goesc instances [-link] [-tags list] [packages]\n";

typedef struct InstRun {
    LoadGraph *g;
    bool link;
} InstRun;

/* With -link, "methods" lines name the methods declared on each generic
 * type instantiated ("*M" for a pointer receiver), so that a comparison
 * with an object file can tell declared methods from gc's generated
 * wrappers; without, "type" lines name the instantiated types as gc's
 * diagnostics print them. */
static void print_types(IrInstState *st, const Package *pkg, bool link) {
    Type **ts;
    int n = ir_inst_types(st, &ts);
    Map seen = {0};
    for (int i = 0; i < n; i++) {
        StrBuf b = {0};
        Object *tname = ts[i]->u.named.orig->u.named.obj;
        if (!link) {
            ir_fmt_named_go(&b, ts[i], pkg);
            printf("type\t%s\n", b.s);
        } else if (!map_getp(&seen, tname)) {
            map_putp(&seen, tname, tname);
            ir_fmt_link_name(&b, tname, NULL, 0);
            printf("methods\t%s\t", b.s);
            Type *t = tname->type;
            for (int k = 0; k < t->u.named.nmethods; k++) {
                Object *m = t->u.named.methods[k];
                printf("%s%s%s", k ? " " : "", m->u.func.has_ptr_recv ? "*" : "", m->name->s);
            }
            putchar('\n');
        }
        sb_free(&b);
    }
    map_clear(&seen);
}

static void on_checked(LoadPackage *lp, Package *pkg, AstFile **files, int nfiles, TypesInfo *info, bool is_root,
                       void *ctx) {
    InstRun *r = ctx;
    IrInstState *st = ir_inst_begin(pkg, files, nfiles, info);
    if (is_root) {
        IrInstFunc *fs;
        int n = ir_inst_collect(st, &fs);
        printf("# %s\n", lp->path);
        for (int i = 0; i < n; i++) printf("%s\t%s\n", fs[i].shaped ? "shaped" : "wrapper", (r->link ? fs[i].link : fs[i].name)->s);
        print_types(st, pkg, r->link);
    }
    ir_inst_end(st);
}

int cmd_instances(int argc, char **argv) {
    InstRun r = {0};
    const char *tags = NULL;
    const CmdSwitch sw[] = {{"link", &r.link}, {0}};
    int i = cmd_flags("instances", instances_usage, argc, argv, sw, &tags);
    if (i < 0) return 2;
    LoadConfig cfg;
    if (!check_setup(&cfg, tags)) return 2;
    const char *dot[] = {"."};
    const char *const *pats = i < argc ? (const char *const *)argv + i : dot;
    r.g = load_packages(&cfg, pats, i < argc ? argc - i : 1);
    for (int k = 0; k < r.g->errors.n; k++) fprintf(stderr, "%s\n", r.g->errors.a[k]);
    int status = r.g->errors.n ? 1 : 0;
    if (!status) {
        CheckRunOpts opts = {.after_check = on_checked, .after_ctx = &r};
        DiagList errors = {0};
        status = check_graph(r.g, &opts, &errors);
        diag_sort(&errors);
        diag_print(&errors, stderr);
        diag_free(&errors);
    }
    fflush(stdout);
    load_graph_free(r.g);
    load_config_free(&cfg);
    return status;
}
