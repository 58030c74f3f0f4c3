/* check.c: `goesc check [-dump] PATTERNS`: load, parse and type-check
 * packages.
 *
 * Every package of the graph is checked from source in dependency order
 * (std included); `unsafe` is the checker's own. A package's files are
 * parsed by two threads a few packages ahead of the checker, which parses
 * the next files itself rather than wait for them (the checker is
 * single-threaded: types live in one arena; it records on a helper thread,
 * see types/recorder.c). Errors of all packages are
 * printed sorted by position, as file:line:col: message, with file names
 * relative to the current directory where that is shorter. With -dump,
 * the packages the patterns name are dumped in the format of
 * docs/types-dump.md. */
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd/checkrun.h"
#include "cmd/cmd.h"
#include "load/load.h"
#include "syntax/syntax.h"
#include "types/check.h"

void check_dump_package(FILE *out, const char *path, AstFile **files, int nfiles, TypesInfo *info);

static const char check_usage[] = "usage: goesc check [-dump] [-each] [-tags list] [packages]\n";

/* ---- per-package state ----------------------------------------------------------- */

typedef struct PkgState {
    LoadPackage *lp;
    Package *pkg;
    AstFile **files;
    Arena **arenas; /* one per file */
    DiagList *diags; /* one per file (syntax errors) */
    uint32_t *ids;
} PkgState;

typedef struct Run {
    LoadGraph *g;
    PkgState *ps;
    Map bypath;     /* Sym* of import path -> PkgState* */
    DiagList errors;
    const char *cwd;
    struct Pipeline *pipeline;
    size_t check_bytes, ast_bytes; /* statistics (GOESC_STATS) */
    double wait_s;                 /* seconds the checker waited for the parsers */
    Arena *info_arena;             /* recorded values of the package being checked */
    Arena *kept;                   /* what checked packages keep (constant values): one arena for
                                      all, never freed (a session's cache may hold the packages) */
    const CheckRunOpts *opts;
} Run;

/* ---- file names as go prints them ------------------------------------------------- */

/* current_dir is os.Getwd: $PWD when it names the current directory
 * (keeping symbolic links as the user sees them), else getcwd. */
static const char *current_dir(char *buf, size_t n) {
    const char *pwd = getenv("PWD");
    struct stat a, b;
    if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino)
        return pwd;
    return getcwd(buf, n) ? buf : "";
}

/* ---- parsing -------------------------------------------------------------------------- */

static void parse_one(PkgState *p, int i) {
    size_t size;
    const char *err;
    char *text = read_file(p->lp->files[i], &size, &err);
    SrcFile *sf = file_get(p->ids[i]);
    if (!text) {
        diag_add(&p->diags[i], (Pos){0}, "open %s: %s", p->lp->files[i], err);
        return;
    }
    sf->text = text;
    sf->size = size;
    p->arenas[i] = arena_new();
    p->files[i] = syn_parse_file(p->ids[i], p->arenas[i], &p->diags[i]);
    free(text);
    sf->text = NULL;
}

/* Parsing runs ahead of checking: NPARSERS threads take the files of
 * all packages in dependency order (at most WINDOW files beyond the first
 * of the package being checked, to bound memory: a count of files, not of
 * packages, lets them start on a big package early) while the main thread
 * checks. All files are registered before the threads start (file_add is
 * not thread-safe); interning is. */
enum { NPARSERS = 2, WINDOW = 192 };

typedef struct Job {
    int pkg, file;
} Job;

/* Waking a thread is costly (a system call, and more on a virtual
 * machine): each side signals only when the other waits for it. */
typedef struct Pipeline {
    pthread_mutex_t mu;
    pthread_cond_t parsed; /* the checker waits here for package waiting_for */
    pthread_cond_t moved;  /* parsers too far ahead wait here for the checker */
    PkgState *ps;
    Job *jobs;
    int njobs;
    atomic_int next;
    int *left;       /* per package: files not parsed yet */
    int *first;      /* per package: its first job */
    int limit;       /* jobs from here on wait for the checker to move on */
    int waiting_for; /* package the checker waits for, or -1 */
    int parked;      /* parsers waiting on moved */
    pthread_t t[NPARSERS];
    int nthreads;
} Pipeline;

static void parse_job(Pipeline *pl, Job job) {
    parse_one(&pl->ps[job.pkg], job.file);
    pthread_mutex_lock(&pl->mu);
    if (--pl->left[job.pkg] == 0 && pl->waiting_for == job.pkg) pthread_cond_signal(&pl->parsed);
    pthread_mutex_unlock(&pl->mu);
}

static void *parse_thread(void *arg) {
    Pipeline *pl = arg;
    for (int j; (j = atomic_fetch_add(&pl->next, 1)) < pl->njobs;) {
        Job job = pl->jobs[j];
        pthread_mutex_lock(&pl->mu);
        while (j >= pl->limit) {
            pl->parked++;
            pthread_cond_wait(&pl->moved, &pl->mu);
            pl->parked--;
        }
        pthread_mutex_unlock(&pl->mu);
        parse_job(pl, job);
    }
    return NULL;
}

/* help_parse parses the next file not taken yet when it belongs to
 * package i or an earlier one: the checker parses instead of waiting.
 * False when there is no such file. */
static bool help_parse(Pipeline *pl, int i) {
    int j = atomic_load(&pl->next);
    while (j < pl->njobs && pl->jobs[j].pkg <= i)
        if (atomic_compare_exchange_weak(&pl->next, &j, j + 1)) {
            parse_job(pl, pl->jobs[j]);
            return true;
        }
    return false;
}

static void alloc_files(Run *r, PkgState *p) {
    int n = p->lp->nfiles;
    p->files = xmalloc(sizeof(AstFile *) * (size_t)(n + 1));
    p->arenas = xmalloc(sizeof(Arena *) * (size_t)(n + 1));
    p->diags = xmalloc(sizeof(DiagList) * (size_t)(n + 1));
    p->ids = xmalloc(sizeof(uint32_t) * (size_t)(n + 1));
    memset(p->files, 0, sizeof(AstFile *) * (size_t)(n + 1));
    memset(p->arenas, 0, sizeof(Arena *) * (size_t)(n + 1));
    memset(p->diags, 0, sizeof(DiagList) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        p->ids[i] = file_add(p->lp->files[i], NULL, 0);
        const char *f = p->lp->files[i], *base = strrchr(f, '/');
        char *shown = path_short(r->cwd, p->lp->dir, f);
        file_set_display(p->ids[i], r->opts->base_names && base ? base + 1 : shown);
        free(shown);
    }
}

static bool is_root(Run *r, LoadPackage *lp);

/* cached is the package an earlier run of the same session checked (never
 * a root: the patterns' packages are always checked afresh). */
static Package *cached(Run *r, LoadPackage *lp) {
    if (!r->opts->cache || is_root(r, lp)) return NULL;
    return map_getp(r->opts->cache, intern_cstr(lp->path));
}

static void pipeline_start(Run *r, Pipeline *pl) {
    memset(pl, 0, sizeof *pl);
    pthread_mutex_init(&pl->mu, NULL);
    pthread_cond_init(&pl->parsed, NULL);
    pthread_cond_init(&pl->moved, NULL);
    pl->waiting_for = -1;
    pl->ps = r->ps;
    pl->left = xmalloc(sizeof(int) * (size_t)(r->g->npkgs + 1));
    pl->first = xmalloc(sizeof(int) * (size_t)(r->g->npkgs + 1));
    pl->limit = WINDOW;
    int total = 0;
    for (int i = 0; i < r->g->npkgs; i++) {
        PkgState *p = &r->ps[i];
        p->lp = r->g->pkgs[i];
        bool skip = !strcmp(p->lp->path, "unsafe") || cached(r, p->lp);
        pl->left[i] = skip ? 0 : p->lp->nfiles;
        if (!skip) {
            alloc_files(r, p);
            total += p->lp->nfiles;
        }
    }
    pl->jobs = xmalloc(sizeof(Job) * (size_t)(total + 1));
    for (int i = 0; i < r->g->npkgs; i++) {
        pl->first[i] = pl->njobs;
        for (int k = 0; k < pl->left[i]; k++) pl->jobs[pl->njobs++] = (Job){i, k};
    }
    pl->first[r->g->npkgs] = pl->njobs;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)256 << 20);
    for (int k = 0; k < NPARSERS; k++)
        if (pthread_create(&pl->t[pl->nthreads], &attr, parse_thread, pl) == 0) pl->nthreads++;
    pthread_attr_destroy(&attr);
    if (!pl->nthreads) parse_thread(pl); /* no threads: parse everything first */
}

/* pipeline_wait lets the parsers go WINDOW files beyond package i's first
 * (and at least to its last: a parser waiting with one of its files would
 * never come back) and helps them until package i is parsed. */
static void pipeline_wait(Pipeline *pl, int i) {
    pthread_mutex_lock(&pl->mu);
    pl->limit = pl->first[i] + WINDOW > pl->first[i + 1] ? pl->first[i] + WINDOW : pl->first[i + 1];
    if (pl->parked) pthread_cond_broadcast(&pl->moved);
    while (pl->left[i] > 0) {
        pthread_mutex_unlock(&pl->mu);
        bool helped = help_parse(pl, i);
        pthread_mutex_lock(&pl->mu);
        if (!helped && pl->left[i] > 0) {
            pl->waiting_for = i;
            pthread_cond_wait(&pl->parsed, &pl->mu);
            pl->waiting_for = -1;
        }
    }
    pthread_mutex_unlock(&pl->mu);
}

static void pipeline_stop(Pipeline *pl) {
    pthread_mutex_lock(&pl->mu);
    pl->limit = 1 << 30;
    pthread_cond_broadcast(&pl->moved);
    pthread_mutex_unlock(&pl->mu);
    for (int k = 0; k < pl->nthreads; k++) pthread_join(pl->t[k], NULL);
    free(pl->jobs);
    free(pl->left);
    free(pl->first);
}

/* parse_package moves the parser's errors to r->errors and says whether
 * the package can be type-checked: as in gc (base.SyntaxErrors), only
 * errors worded "syntax error..." (and files that could not be read or
 * parsed) stop it; gc's parser reports some errors without that prefix
 * ("can only use ... with final parameter") and type-checks anyway. An
 * error before the first declaration (AstFile.nofile) makes gc stop after
 * that file's errors. */
static bool parse_package(Run *r, PkgState *p) {
    int n = p->lp->nfiles;
    bool ok = true, nofile = false;
    for (int i = 0; i < n; i++) {
        if (nofile) { /* gc stopped at the file it could not parse */
            diag_free(&p->diags[i]);
            continue;
        }
        if (!p->files[i] || p->files[i]->nofile) ok = false, nofile = p->files[i] != NULL;
        for (int k = 0; k < p->diags[i].v.n; k++) {
            Diag *d = &p->diags[i].v.a[k];
            diag_add(&r->errors, d->pos, "%s", d->msg);
            if (!strncmp(d->msg, "syntax error", 12) || !strcmp(d->msg, "too many errors") || !d->pos.line) ok = false;
        }
        diag_free(&p->diags[i]);
    }
    return ok;
}

static void free_asts(PkgState *p) {
    for (int i = 0; p->arenas && i < p->lp->nfiles; i++)
        if (p->arenas[i]) arena_free(p->arenas[i]);
    free(p->files);
    free(p->arenas);
    free(p->diags);
    free(p->ids);
    p->files = NULL;
    p->arenas = NULL;
}

/* ---- importing ----------------------------------------------------------------------- */

typedef struct ImportCtx {
    Run *r;
    PkgState *p;
} ImportCtx;

static bool vendor_match(const char *resolved, const char *path) {
    size_t rn = strlen(resolved), pn = strlen(path);
    if (rn <= pn || strcmp(resolved + rn - pn, path)) return false;
    const char *v = resolved + rn - pn;
    return (v - resolved >= 7 && !strncmp(v - 7, "vendor/", 7));
}

static Package *import_fn(const char *path, void *ctx) {
    ImportCtx *ic = ctx;
    LoadPackage *lp = ic->p->lp;
    for (int i = 0; i < lp->nimports; i++) {
        const char *rp = lp->imports_path[i];
        if (strcmp(rp, path) && !vendor_match(rp, path)) continue;
        PkgState *dep = map_getp(&ic->r->bypath, intern_cstr(rp));
        return dep ? dep->pkg : NULL;
    }
    PkgState *dep = map_getp(&ic->r->bypath, intern_cstr(path));
    return dep ? dep->pkg : NULL;
}

/* ---- checking ------------------------------------------------------------------------- */

static int go_minor(const char *gover) {
    if (!gover) return 0;
    const char *dot = strchr(gover, '.');
    return dot ? atoi(dot + 1) : 0;
}

static bool is_root(Run *r, LoadPackage *lp) {
    for (int i = 0; i < r->g->nroots; i++)
        if (r->g->roots[i] == lp) return true;
    return false;
}

/* declares_generic: some function or method of the files is generic. */
static bool declares_generic(AstFile **files, int nfiles, TypesInfo *info) {
    for (int f = 0; f < nfiles; f++)
        for (int i = 0; files[f] && i < files[f]->decls.n; i++) {
            AstNode *d = files[f]->decls.a[i];
            if (d->kind != N_FuncDecl) continue;
            Object *o = map_getp(&info->defs, d->u.funcdecl.name);
            Type *sig = o && o->kind == OBJ_FUNC ? o->type : NULL;
            if (sig && sig->kind == T_SIGNATURE && (sig->u.sig.ntparams || sig->u.sig.nrtparams)) return true;
        }
    return false;
}

/* presize_info sizes the recording tables for a package whose syntax
 * trees take ast_bytes, so that they seldom grow while it is checked
 * (growing rehashes everything). Per KiB of syntax tree, std has 8 to 11
 * typed expressions, 4 to 7 uses, 1 to 2 definitions, about 1 selection
 * and 1 scope. */
static void presize_info(TypesInfo *info, size_t ast_bytes) {
    uint32_t kib = (uint32_t)(ast_bytes >> 10);
    map_reserve(&info->types, 10 * kib);
    map_reserve(&info->uses, 6 * kib);
    map_reserve(&info->defs, 3 * kib / 2);
    map_reserve(&info->selections, kib);
    map_reserve(&info->scopes, kib);
}

/* The packages whose syntax trees are kept (they declare generic code that
 * importers instantiate): kept for the life of the process, also across
 * check_graph runs that share a package cache (goesc errorcheck). */
static Vec(PkgState) kept_asts;
static Vec(Arena *) kept_arenas;

static void check_one(Run *r, PkgState *p, FILE *out) {
    bool dump = r->opts->dump;
    LoadPackage *lp = p->lp;
    int nerrors = r->errors.v.n;
    bool ok = parse_package(r, p);
    Sym *name = lp->name && *lp->name ? intern_cstr(lp->name) : NULL;
    p->pkg = pkg_new(lp->path, name);
    if (!ok) {
        p->pkg->fake = true;
        free_asts(p);
        return;
    }
    size_t ast_bytes = 0;
    for (int i = 0; i < lp->nfiles; i++)
        if (p->arenas[i]) ast_bytes += arena_used(p->arenas[i]);
    TypesInfo info;
    memset(&info, 0, sizeof info);
    info.arena = r->info_arena;
    info.unread = !(dump && is_root(r, lp)) && !r->opts->after_check && !r->opts->keep_generic;
    if (!info.unread) presize_info(&info, ast_bytes);
    Arena *arena = r->kept;
    size_t kept0 = arena_used(arena);
    ImportCtx ic = {r, p};
    check_package(p->pkg, p->files, lp->nfiles, go_minor(lp->gover), import_fn, &ic, &info, &r->errors, arena);
    if (dump && is_root(r, lp)) check_dump_package(out, lp->path, p->files, lp->nfiles, &info);
    TypesInfo *ti = &info;
    bool keep = r->opts->keep_generic && r->errors.v.n == nerrors && declares_generic(p->files, lp->nfiles, &info);
    if (keep) { /* the recorded values stay in the current info arena: start another */
        ti = NEW(arena, TypesInfo);
        *ti = info;
        ti->kept = true;
        r->info_arena = arena_new();
    }
    if (r->opts->after_check && r->errors.v.n == nerrors)
        r->opts->after_check(lp, p->pkg, p->files, lp->nfiles, ti, is_root(r, lp), r->opts->after_ctx);
    r->check_bytes += arena_used(arena) - kept0;
    r->ast_bytes += ast_bytes;
    if (keep) { /* the syntax trees and their arenas live on, for later packages and runs */
        vec_push(&kept_asts, *p);
        p->arenas = NULL;
        p->files = NULL;
        p->diags = NULL;
        p->ids = NULL;
        return;
    }
    map_clear(&info.types);
    map_clear(&info.defs);
    map_clear(&info.uses);
    map_clear(&info.implicits);
    map_clear(&info.selections);
    map_clear(&info.instances);
    map_clear(&info.scopes);
    vec_free(&info.init_order);
    arena_reset(r->info_arena);
    free_asts(p);
}

static double seconds(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void print_errors(DiagList *dl) {
    diag_sort(dl);
    const char *last = NULL;
    for (int i = 0; i < dl->v.n; i++) {
        Diag *d = &dl->v.a[i];
        StrBuf b = {0};
        diag_format(&b, d, 0);
        char *line = b.s;
        if (!last || strcmp(last, line)) fprintf(stderr, "%s\n", line);
        free((char *)last);
        last = line;
    }
    free((char *)last);
}

int check_graph(LoadGraph *g, const CheckRunOpts *opts, DiagList *errors) {
    Run r;
    memset(&r, 0, sizeof r);
    r.g = g;
    r.opts = opts;
    char cwd[4096];
    r.cwd = current_dir(cwd, sizeof cwd);
    file_naming(r.cwd, opts->base_names);
    r.ps = xmalloc(sizeof(PkgState) * (size_t)(g->npkgs + 1));
    memset(r.ps, 0, sizeof(PkgState) * (size_t)(g->npkgs + 1));
    int status = 0;
    for (int i = 0; i < g->npkgs; i++)
        if (g->pkgs[i]->error) {
            diag_add(errors, (Pos){0}, "%s", g->pkgs[i]->error);
            status = 1;
        }
    if (status) {
        free(r.ps);
        return status;
    }
    FILE *out = stdout;
    Pipeline pipeline;
    pipeline_start(&r, &pipeline);
    r.pipeline = &pipeline;
    r.info_arena = arena_new();
    r.kept = arena_new();
    vec_push(&kept_arenas, r.kept); /* what it holds outlives the run */
    for (int i = 0; i < g->npkgs; i++) {
        PkgState *p = &r.ps[i];
        Package *done = cached(&r, p->lp);
        if (!strcmp(p->lp->path, "unsafe") || done) {
            p->pkg = done ? done : ty_unsafe;
            map_putp(&r.bypath, intern_cstr(p->lp->path), p);
            continue;
        }
        double t0 = seconds(CLOCK_MONOTONIC);
        pipeline_wait(&pipeline, i);
        r.wait_s += seconds(CLOCK_MONOTONIC) - t0;
        check_one(&r, p, out);
        map_putp(&r.bypath, intern_cstr(p->lp->path), p);
        if (opts->cache && !is_root(&r, p->lp)) map_putp(opts->cache, intern_cstr(p->lp->path), p->pkg);
    }
    pipeline_stop(&pipeline);
    arena_free(r.info_arena);
    if (getenv("GOESC_STATS"))
        fprintf(stderr, "check arenas %zu MB, ASTs %zu MB, types %zu MB; checking thread %.3f s CPU, %.3f s waiting for parsers\n",
                r.check_bytes >> 20, r.ast_bytes >> 20, arena_used(ty_arena()) >> 20,
                seconds(CLOCK_THREAD_CPUTIME_ID), r.wait_s);
    fflush(out);
    status = r.errors.v.n ? 1 : 0;
    for (int k = 0; k < r.errors.v.n; k++) vec_push(&errors->v, r.errors.v.a[k]);
    vec_free(&r.errors.v);
    map_clear(&r.bypath);
    free(r.ps);
    return status;
}

/* check_setup prepares a process for check_graph: the Go tree, the build
 * configuration (tags may be NULL), sizes, the universe. Prints why and
 * returns false when that fails. */
bool check_setup(LoadConfig *cfg, const char *tags) {
    char *goroot = load_find_goroot();
    if (!goroot) {
        fprintf(stderr, "goesc: cannot find the Go source tree: set GOROOT or run scripts/get-go\n");
        return false;
    }
    load_config_init(cfg, goroot); /* keeps goroot for the life of the process */
    if (tags) load_config_add_tags(cfg, tags);
    Sizes sz;
    if (cfg->err || !ty_sizes_for_arch(cfg->goarch, &sz)) {
        fprintf(stderr, "go: %s\n", cfg->err ? cfg->err : "unsupported GOARCH");
        load_config_free(cfg);
        return false;
    }
    mallopt(M_MMAP_THRESHOLD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    ty_init();
    ty_set_sizes(sz);
    syn_init();
    return true;
}

/* check_patterns loads and checks one set of patterns, printing the
 * errors as `goesc check` does. */
int check_patterns(LoadConfig *cfg, const char *const *pats, int n, const CheckRunOpts *opts) {
    double t0 = seconds(CLOCK_MONOTONIC);
    LoadGraph *g = load_packages(cfg, pats, n);
    if (getenv("GOESC_STATS")) fprintf(stderr, "loading %.3f s\n", seconds(CLOCK_MONOTONIC) - t0);
    for (int k = 0; k < g->warnings.n; k++) fprintf(stderr, "%s\n", g->warnings.a[k]);
    for (int k = 0; k < g->errors.n; k++) fprintf(stderr, "%s\n", g->errors.a[k]);
    int status = 1;
    if (!g->errors.n) {
        DiagList errors = {0};
        status = check_graph(g, opts, &errors);
        print_errors(&errors);
        diag_free(&errors);
    }
    load_graph_free(g);
    return status;
}

int cmd_check(int argc, char **argv) {
    CheckRunOpts opts = {0};
    bool each = false;
    const char *tags = NULL;
    const CmdSwitch sw[] = {{"dump", &opts.dump}, {"each", &each}, {0}};
    int i = cmd_flags("check", check_usage, argc, argv, sw, &tags);
    if (i < 0) return 2;
    LoadConfig cfg;
    if (!check_setup(&cfg, tags)) return 2;
    const char *dot[] = {"."};
    int n = argc - i, status = 0;
    if (!each) {
        status = n > 0 ? check_patterns(&cfg, (const char *const *)argv + i, n, &opts) : check_patterns(&cfg, dot, 1, &opts);
    } else {
        /* -each: every argument on its own, as separate `goesc check ARG`
         * runs would, reusing the packages earlier ones imported. */
        Map cache = {0};
        opts.cache = &cache;
        for (; i < argc; i++) {
            int st = check_patterns(&cfg, (const char *const *)argv + i, 1, &opts);
            fflush(stderr);
            printf("goesc check: %s: exit %d\n", argv[i], st);
            fflush(stdout);
            if (st > status) status = st;
        }
        map_clear(&cache);
    }
    load_config_free(&cfg);
    return status;
}
