/* errorcheck.c: `goesc errorcheck FILE.go...`: Go's `// errorcheck` test
 * harness (cmd/internal/testdir), with goesc in place of gc.
 *
 * Each file is one test: its header gives the flags (report/flags.c); it
 * is loaded as a one-file package (as `goesc check FILE.go`), parsed and
 * type-checked; the diagnostics are turned into what gc prints under the
 * harness, which runs `go tool compile -p=p -C -e ... FILE.go`:
 *   - base.ErrorfAt's filters: one "syntax error" per line (the parser
 *     does that), and a non-syntax error equal to the previous one on the
 *     same line is dropped;
 *   - base.FlushErrors: stable sort by position, then identical lines
 *     (positions without column, -C) printed once;
 *   - no limit on the number of errors (-e lifts gc's 10);
 *   - the harness replaces the file's full path by its base name, so
 *     positions, also those inside messages, show base names;
 * and matched against the file's ERROR comments (report/errorcheck.c).
 * Packages the files import are checked once for all of them.
 *
 * Flags that do not change what the type checker reports are honoured
 * (-e -C -d=panic -d=ssa/check/on -lang=go1.N), and so are escape
 * analysis' (-m[=N] with -l, -N, -smallframes, -d=zerocopy,
 * -d=escapemutationscalls): such a file's package is also built into IR
 * and analysed (cmd/escrun.h), its -m diagnostics joining gc's output
 * (they are warnings: compilation still succeeds). Any other flag
 * (inlining, other -d=..., experiments) makes the file FAIL with a line
 * naming the flag. When any file asks for -m, the packages the files
 * import are analysed too, once, for their tags. */
#include <stdio.h>
#include <string.h>

#include "cmd/checkrun.h"
#include "cmd/cmd.h"
#include "cmd/escrun.h"
#include "report/report.h"

static const char errorcheck_usage[] = "usage: goesc errorcheck [-v] FILE.go...\n";

typedef struct FileRun {
    const char *path;
    const char *name; /* base name */
    char *src;
    bool must_fail, with_auto;
    const char *lang; /* -lang=go1.N: "1.N", else NULL */
    EscFlags esc;     /* escape analysis flags (-m ...) */
    StrBuf report;    /* why it fails */
    Vec(char *) out;  /* gc's output lines, in gc's form */
} FileRun;

/* ---- flags ------------------------------------------------------------- */

/* take_flags honours the header's flags or says which one it cannot. */
static bool take_flags(FileRun *f, char **flags) {
    bool ok = true;
    escrun_flags_init(&f->esc);
    for (char **p = flags; *p; p++) {
        const char *fl = *p, *why = "is not implemented yet";
        if (!strncmp(fl, "-lang=go1.", 10) && fl[10]) {
            f->lang = fl + 8;
            continue;
        }
        int st = escrun_flag(&f->esc, fl, &why);
        if (st == 1) continue;
        if (st == 0 && (!strcmp(fl, "-l") || !strncmp(fl, "-l=", 3))) why = "(inlining control) is not implemented yet";
        sb_printf(&f->report, "flag %s %s\n", fl, why);
        ok = false;
    }
    if (ok && f->esc.m_set && f->esc.l != 1) {
        sb_printf(&f->report, "flag -m without -l: inlining is not implemented yet\n");
        ok = false;
    }
    return ok;
}

/* wants_escape: a file's header asks for escape analysis diagnostics. */
static bool wants_escape(const char *path) {
    size_t size;
    const char *err, *kind = NULL;
    char *src = read_file(path, &size, &err);
    char **flags = src ? rep_errorcheck_flags(src, &kind) : NULL;
    bool m = false;
    for (char **p = flags; p && *p; p++)
        if (!strcmp(*p, "-m") || !strncmp(*p, "-m=", 3)) m = true;
    rep_free_flags(flags);
    free(src);
    return m;
}

/* ---- gc's output --------------------------------------------------------- */

static bool is_syntax(const Diag *d) { return !strncmp(d->msg, "syntax error", 12); }

/* gc_output turns our diagnostics into gc's printed lines (see the top). */
static void gc_output(FileRun *f, DiagList *errs) {
    DiagList kept = {0};
    const Diag *last = NULL;
    for (int i = 0; i < errs->v.n; i++) {
        Diag *d = &errs->v.a[i];
        if (!is_syntax(d)) {
            if (last && last->pos.file == d->pos.file && last->pos.line == d->pos.line &&
                pos_base(last->pos) == pos_base(d->pos) && !strcmp(last->msg, d->msg))
                continue;
            last = d;
        }
        vec_push(&kept.v, *d);
    }
    diag_sort(&kept);
    for (int i = 0; i < kept.v.n; i++) {
        Diag *d = &kept.v.a[i];
        StrBuf b = {0};
        diag_format(&b, d, POS_NOCOL);
        char *line = b.s;
        if (f->out.n && !strcmp(f->out.a[f->out.n - 1], line)) free(line);
        else vec_push(&f->out, line);
    }
    vec_free(&kept.v);
}

/* ---- one file ----------------------------------------------------------- */

static void set_lang(LoadGraph *g, const char *lang) {
    for (int i = 0; lang && i < g->nroots; i++) g->roots[i]->gover = lang;
}

/* escape_warnings appends the -m diagnostics of the file's package. */
static void escape_warnings(EscRun *r, DiagList *errs) {
    for (int i = 0; i < r->diags.n; i++)
        for (int k = 0; k < r->diags.a[i].v.n; k++) {
            Diag *d = &r->diags.a[i].v.a[k];
            diag_add(errs, d->pos, "%s", d->msg);
        }
}

static void check_file(FileRun *f, LoadConfig *cfg, Map *cache, bool escape_deps) {
    const char *pats[] = {f->path};
    LoadGraph *g = load_packages(cfg, pats, 1);
    DiagList errs = {0};
    for (int k = 0; k < g->errors.n; k++) diag_add(&errs, (Pos){0}, "%s", g->errors.a[k]);
    EscRun er = {.root_cfg = f->esc.cfg, .dep_cfg = f->esc.cfg, .skip_roots = !f->esc.m_set};
    er.root_cfg.no_col = true; /* the harness passes -C */
    er.dep_cfg.m = 0;
    if (!g->errors.n) {
        set_lang(g, f->lang);
        CheckRunOpts opts = {.base_names = true, .cache = cache};
        if (escape_deps || f->esc.m_set)
            opts.after_check = escrun_after_check, opts.after_ctx = &er, opts.keep_generic = true;
        check_graph(g, &opts, &errs);
    }
    bool failed = errs.v.n > 0;
    escape_warnings(&er, &errs);
    escrun_free(&er);
    gc_output(f, &errs);
    diag_free(&errs);
    load_graph_free(g);
    if (f->must_fail && !failed) sb_printf(&f->report, "compilation succeeded unexpectedly\n");
    if (!f->must_fail && failed) sb_printf(&f->report, "compilation failed unexpectedly\n");
    rep_errorcheck(f->src, f->name, f->out.a, f->out.n, f->with_auto, &f->report);
}

static void run_file(FileRun *f, LoadConfig *cfg, Map *cache, bool escape_deps) {
    size_t size;
    const char *err;
    const char *slash = strrchr(f->path, '/');
    f->name = slash ? slash + 1 : f->path;
    f->src = read_file(f->path, &size, &err);
    if (!f->src) {
        sb_printf(&f->report, "read %s: %s\n", f->path, err);
        return;
    }
    const char *kind = NULL;
    char **flags = rep_errorcheck_flags(f->src, &kind);
    if (!flags || (strcmp(kind, "errorcheck") && strcmp(kind, "errorcheckwithauto"))) {
        sb_printf(&f->report, "not a single-file errorcheck test (header: %s)\n", kind ? kind : "none");
    } else {
        f->must_fail = rep_errorcheck_must_fail(f->src);
        f->with_auto = !strcmp(kind, "errorcheckwithauto");
        if (take_flags(f, flags)) check_file(f, cfg, cache, escape_deps);
    }
    rep_free_flags(flags);
}

static void print_result(FileRun *f, bool verbose) {
    bool ok = f->report.len == 0;
    printf("%s %s\n", ok ? "PASS" : "FAIL", f->path);
    if (!ok) {
        for (const char *l = f->report.s; *l;) {
            const char *nl = strchr(l, '\n');
            int n = nl ? (int)(nl - l) : (int)strlen(l);
            printf("    %.*s\n", n, l);
            l += n + (nl ? 1 : 0);
        }
    }
    if (!ok && verbose) {
        printf("    goesc output:\n");
        for (int i = 0; i < f->out.n; i++) {
            printf("\t");
            for (const char *c = f->out.a[i]; *c; c++) {
                putchar(*c);
                if (*c == '\n') putchar('\t');
            }
            printf("\n");
        }
    }
    fflush(stdout);
}

int cmd_errorcheck(int argc, char **argv) {
    bool verbose = false;
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "-v")) verbose = true;
        else {
            fprintf(stderr, "goesc errorcheck: unknown flag %s\n%s", argv[i], errorcheck_usage);
            return 2;
        }
    }
    if (i == argc) {
        fputs(errorcheck_usage, stderr);
        return 2;
    }
    LoadConfig cfg;
    if (!check_setup(&cfg, NULL)) return 2;
    cfg.any_internal = true; /* gc compiles the files directly, importing std's internals */
    Map cache = {0};
    int passed = 0, failed = 0;
    bool escape_deps = false;
    for (int k = i; k < argc && !escape_deps; k++) escape_deps = wants_escape(argv[k]);
    for (; i < argc; i++) {
        FileRun f;
        memset(&f, 0, sizeof f);
        f.path = argv[i];
        run_file(&f, &cfg, &cache, escape_deps);
        print_result(&f, verbose);
        if (f.report.len) failed++;
        else passed++;
        for (int k = 0; k < f.out.n; k++) free(f.out.a[k]);
        vec_free(&f.out);
        sb_free(&f.report);
        free(f.src);
    }
    printf("%d passed, %d failed\n", passed, failed);
    map_clear(&cache);
    load_config_free(&cfg);
    return failed ? 1 : 0;
}
