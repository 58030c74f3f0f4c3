/* escape.c: `goesc [-m[=N]] [-l] [-N] [-smallframes] [-d=list] PATTERNS`:
 * escape analysis diagnostics as `go build -gcflags='-m -l' PATTERNS`
 * prints them.
 *
 * The packages and all their dependencies are loaded and type-checked
 * (check_graph); right after each package is checked its IR is built and
 * analysed (dependencies without diagnostics: importers need their
 * tags). Each root package with diagnostics is then printed on stderr as
 * go build does: a `# import/path` line, then `file:line:col: message`
 * in gc's emission order, file names relative to the current directory.
 * Flags mean what they mean to gc; one we do not implement is an error
 * naming it. Inlining is not implemented, so -l is required. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/cmd.h"
#include "cmd/escrun.h"
#include "ir/ir.h"
#include "walk/walk.h"

static const char escape_usage[] =
    "usage: goesc [-m[=N]] [-l] [-N] [-smallframes] [-C] [-d=list] [-tags list] PATTERNS\n";

/* ---- flags ----------------------------------------------------------------------- */

void escrun_flags_init(EscFlags *f) {
    memset(f, 0, sizeof *f);
    f->cfg.zerocopy = 1;
}

/* debug_flag takes one -d setting ("zerocopy", "zerocopy=0"). */
static int debug_flag(EscFlags *f, const char *d, const char **why) {
    const char *eq = strchr(d, '=');
    size_t n = eq ? (size_t)(eq - d) : strlen(d);
    int v = eq ? atoi(eq + 1) : 1;
    if (n == 8 && !strncmp(d, "zerocopy", n)) f->cfg.zerocopy = v;
    else if (n == 20 && !strncmp(d, "escapemutationscalls", n)) f->cfg.mutations_calls = v;
    else if ((n == 5 && !strncmp(d, "panic", n)) || !strcmp(d, "ssa/check/on")) return 1; /* no effect here */
    else {
        *why = "(debug setting) is not implemented";
        return -1;
    }
    return 1;
}

static int debug_flags(EscFlags *f, const char *list, const char **why) {
    char *l = xstrdup(list), *save = NULL;
    int st = 1;
    for (char *w = strtok_r(l, ",", &save); w && st == 1; w = strtok_r(NULL, ",", &save)) st = debug_flag(f, w, why);
    free(l);
    return st;
}

int escrun_flag(EscFlags *f, const char *flag, const char **why) {
    if (!strcmp(flag, "-m")) f->cfg.m++, f->m_set = true;
    else if (!strncmp(flag, "-m=", 3)) f->cfg.m = atoi(flag + 3), f->m_set = true;
    else if (!strcmp(flag, "-l")) f->l++;
    else if (!strncmp(flag, "-l=", 3)) f->l = atoi(flag + 3);
    else if (!strcmp(flag, "-N")) f->cfg.no_opt = true;
    else if (!strcmp(flag, "-smallframes")) f->cfg.smallframes = true;
    else if (!strcmp(flag, "-C")) f->cfg.no_col = true;
    else if (!strcmp(flag, "-e")) return 1;
    else if (!strncmp(flag, "-d=", 3)) return debug_flags(f, flag + 3, why);
    else return 0;
    if (f->cfg.m > 2) {
        *why = "(escape analysis tracing above -m=2) is not implemented";
        return -1;
    }
    return 1;
}

/* ---- the per-package step -------------------------------------------------------------- */

static int go_minor(const char *gover) {
    const char *dot = gover ? strchr(gover, '.') : NULL;
    return dot ? atoi(dot + 1) : 0;
}

void escrun_after_check(LoadPackage *lp, Package *pkg, AstFile **files, int nfiles, TypesInfo *info, bool is_root,
                        void *ctx) {
    EscRun *r = ctx;
    if (is_root && r->skip_roots) return;
    Arena *arena = arena_new();
    ir_fmt_set_package(pkg); /* diagnostics (devirtualization notes too) qualify other packages' names */
    IrPackage *ip = ir_build_stenciled(pkg, files, nfiles, info, go_minor(lp->gover), arena);
    DiagList dl = {0};
    const EscConfig *cfg = is_root ? &r->root_cfg : &r->dep_cfg;
    for (int i = 0; cfg->m && i < ip->notes.n; i++) /* devirtualization, before escape analysis */
        diag_add(&dl, ip->notes.a[i].pos, "%s", ip->notes.a[i].msg);
    esc_package(ip, cfg, &dl);
    if (is_root && r->root_cfg.m) walk_package(ip, &dl);
    arena_free(arena);
    if (!is_root) {
        diag_free(&dl);
        return;
    }
    vec_push(&r->paths, lp->path);
    vec_push(&r->diags, dl);
}

void escrun_free(EscRun *r) {
    for (int i = 0; i < r->diags.n; i++) diag_free(&r->diags.a[i]);
    vec_free(&r->diags);
    vec_free(&r->paths);
}

/* ---- the command ------------------------------------------------------------------------ */

/* print_diags: everything goes to stderr in one buffer (stderr is
 * unbuffered: a write per line would cost a system call each). */
static void print_diags(EscRun *r) {
    StrBuf out = {0};
    for (int i = 0; i < r->diags.n; i++) {
        DiagList *dl = &r->diags.a[i];
        if (!dl->v.n) continue;
        sb_printf(&out, "# %s\n", r->paths.a[i]);
        for (int k = 0; k < dl->v.n; k++) {
            diag_format(&out, &dl->v.a[k], POS_EXPORT | (r->root_cfg.no_col ? POS_NOCOL : 0));
            sb_putc(&out, '\n');
        }
    }
    if (out.len) fwrite(out.s, 1, out.len, stderr);
    sb_free(&out);
}

static int run(LoadConfig *cfg, const char *const *pats, int n, EscFlags *f) {
    LoadGraph *g = load_packages(cfg, pats, n);
    for (int k = 0; k < g->warnings.n; k++) fprintf(stderr, "%s\n", g->warnings.a[k]);
    for (int k = 0; k < g->errors.n; k++) fprintf(stderr, "%s\n", g->errors.a[k]);
    int status = 1;
    if (!g->errors.n) {
        EscRun r = {.root_cfg = f->cfg, .dep_cfg = f->cfg};
        r.dep_cfg.m = 0;
        CheckRunOpts opts = {.after_check = escrun_after_check, .after_ctx = &r, .keep_generic = true};
        DiagList errors = {0};
        status = check_graph(g, &opts, &errors);
        if (status) {
            diag_sort(&errors);
            diag_print(&errors, stderr);
        } else {
            print_diags(&r);
        }
        diag_free(&errors);
        escrun_free(&r);
    }
    load_graph_free(g);
    return status;
}

int cmd_escape(int argc, char **argv) {
    EscFlags f;
    escrun_flags_init(&f);
    const char *tags = NULL, *why = NULL;
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *fl = argv[i];
        if (!strncmp(fl, "-tags=", 6)) tags = fl + 6;
        else if (!strcmp(fl, "-tags") && i + 1 < argc) tags = argv[++i];
        else {
            int st = escrun_flag(&f, fl, &why);
            if (st == 1) continue;
            if (st < 0) fprintf(stderr, "goesc: flag %s %s\n", fl, why);
            else fprintf(stderr, "goesc: unknown or unimplemented flag %s\n%s", fl, escape_usage);
            return 2;
        }
    }
    if (f.l != 1) {
        fprintf(stderr, "goesc: inlining is not implemented yet; use -l\n");
        return 2;
    }
    LoadConfig cfg;
    if (!check_setup(&cfg, tags)) return 2;
    const char *dot[] = {"."};
    int status = i < argc ? run(&cfg, (const char *const *)argv + i, argc - i, &f) : run(&cfg, dot, 1, &f);
    load_config_free(&cfg);
    return status;
}
