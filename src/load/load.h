/* load.h: the public header of the load stage.
 *
 * The load stage turns command-line patterns into a package graph the way
 * `go list` does, without running Go: it finds the Go source tree, reads
 * go.mod files, evaluates build constraints on file names and file headers,
 * expands patterns (std, ./..., import paths, directories, .go files) and
 * resolves imports through std, std's vendor tree, the main module, local
 * replacements and the module cache. Later stages take the packages in
 * dependency order from a LoadGraph. Nothing here prints or exits: errors
 * are strings attached to the graph or to a package, as go list words them. */
#ifndef GOESC_LOAD_H
#define GOESC_LOAD_H

#include "base/base.h"

/* ---- the Go tree ---------------------------------------------------- */

/* load_find_goroot returns the Go source tree (a directory with
 * src/runtime): $GOROOT, else `go env GOROOT`, else the cached unpack of
 * scripts/get-go. NULL when there is none. The result is malloc'd. */
char *load_find_goroot(void);

/* ---- build configuration -------------------------------------------- */

/* A LoadConfig is the target and the set of satisfied build tags. */
typedef struct LoadConfig {
    const char *goroot; /* the Go tree (without a trailing slash) */
    const char *goos, *goarch;
    bool cgo;        /* CGO_ENABLED=1 */
    const char *goversion; /* "go1.27" */
    int minor;       /* 27: release tags go1.1..go1.<minor> hold */
    Map tags;        /* Sym* of every satisfied plain tag -> non-NULL */
    const char *err; /* a bad GOOS/GOARCH/GOEXPERIMENT setting, or NULL */
    bool any_internal; /* allow imports of any internal package (Go's test harness
                          compiles files with gc directly, which has no such rule) */
} LoadConfig;

/* load_config_init fills cfg from the environment (GOOS, GOARCH,
 * CGO_ENABLED, GOEXPERIMENT, GOAMD64, GOARM64, ...) for the given tree. */
void load_config_init(LoadConfig *cfg, const char *goroot);
void load_config_free(LoadConfig *cfg);
/* load_config_add_tags adds build tags (a comma- or space-separated list,
 * as -tags takes them; $GOFLAGS's -tags is applied by load_config_init). */
void load_config_add_tags(LoadConfig *cfg, const char *list);
bool load_match_tag(const LoadConfig *cfg, const char *tag);
bool load_known_os(const char *s);
bool load_known_arch(const char *s);
bool load_unix_os(const char *s);

/* ---- build constraints ---------------------------------------------- */

/* load_eval_gobuild evaluates the expression after "//go:build". It
 * returns 1 (satisfied), 0 (not) or -1 with *err set (a syntax error). */
int load_eval_gobuild(const LoadConfig *cfg, const char *expr, const char **err);
/* load_eval_plusbuild evaluates the text after "// +build". */
bool load_eval_plusbuild(const LoadConfig *cfg, const char *opts);
/* load_good_osarch_name applies the _GOOS, _GOARCH, _GOOS_GOARCH rules. */
bool load_good_osarch_name(const LoadConfig *cfg, const char *name);

/* ---- file headers --------------------------------------------------- */

typedef struct LoadImport {
    const char *path; /* unquoted */
    Pos pos;          /* of the path literal: line, column (file 0) */
} LoadImport;

/* LoadHeader is what the top of a .go file says before its declarations. */
typedef struct LoadHeader {
    const char *pkgname; /* NULL if the package clause is missing */
    Vec(LoadImport) imports;
    bool cgo;            /* imports "C" */
    const char *gobuild; /* expression of the //go:build line, or NULL */
    Vec(const char *) plusbuild; /* texts of // +build lines that count */
    const char *err;     /* "line:col: message" of a malformed header */
    const char *builderr; /* "multiple //go:build comments" etc. */
    size_t end;          /* where the scan stopped (the size of src if at its end or on an error) */
} LoadHeader;

/* load_read_header scans src (NUL-terminated, n bytes) into h; strings
 * are allocated in a. */
void load_read_header(Arena *a, const char *src, size_t n, LoadHeader *h);
/* load_header_should_build: do the header's constraints hold? -1 on a
 * //go:build syntax error (then *err is set). */
int load_header_should_build(const LoadConfig *cfg, const LoadHeader *h, const char **err);

/* ---- go.mod --------------------------------------------------------- */

typedef struct LoadRequire {
    const char *path, *version;
} LoadRequire;

typedef struct LoadReplace {
    const char *old, *oldver; /* oldver NULL: every version */
    const char *new, *newver; /* newver NULL: new is a directory */
} LoadReplace;

typedef struct LoadModFile {
    const char *module;  /* module path, NULL if missing */
    const char *go;      /* go directive ("1.24"), NULL if missing */
    Vec(LoadRequire) require;
    Vec(LoadReplace) replace;
    const char *err;     /* "go.mod:line: message" */
} LoadModFile;

/* load_parse_gomod parses go.mod text; file is used in messages. */
void load_parse_gomod(Arena *a, const char *file, const char *src, LoadModFile *mf);
void load_modfile_free(LoadModFile *mf); /* its lists; strings are in the arena */

/* ---- the package graph ---------------------------------------------- */

typedef struct LoadModule {
    const char *path;
    const char *dir;     /* root directory */
    const char *version; /* NULL for the main module and local replaces */
    const char *gover;   /* language version from its go.mod ("1.24") */
    bool main;
} LoadModule;

typedef struct LoadPackage LoadPackage;
struct LoadPackage {
    const char *path;     /* import path ("fmt", "vendor/golang.org/x/...") */
    const char *dir;      /* directory */
    const char *name;     /* package clause name */
    const char **files;   /* GoFiles, full paths, in directory order */
    const char **gofiles; /* the same, base names */
    int nfiles;
    const char **imports_written; /* import paths as the files write them, sorted, then
                                   * the implicit ones (cgo's, runtime for main) */
    const char **imports_path; /* the same resolved ("vendor/golang.org/x/..." from std) */
    LoadPackage **imports;     /* the same, as packages */
    int nimports;
    LoadModule *module;   /* NULL for std */
    const char *gover;    /* language version: module's go line, or the tree's */
    bool std;             /* in $GOROOT/src */
    const char *error;    /* go list's error text, or NULL */
    int state;            /* private to the loader */
    bool has_go;          /* private: buildable .go files, tests included */
    const char *bare_error; /* private: a missing package's error without the import position */
};

typedef struct LoadGraph {
    LoadConfig *cfg;
    LoadModule *main;      /* NULL outside a module */
    LoadPackage **roots;   /* the packages the patterns name, in go list order */
    int nroots;
    LoadPackage **pkgs;    /* roots and all dependencies, dependencies first */
    int npkgs;
    Vec(const char *) errors; /* pattern and module errors (no package) */
    Vec(const char *) warnings; /* "matched no packages" */
    Arena *arena;          /* private: holds the graph */
} LoadGraph;

/* load_packages expands the patterns in the working directory and loads
 * the packages with their dependencies. */
LoadGraph *load_packages(LoadConfig *cfg, const char *const *patterns, int npatterns);
void load_graph_free(LoadGraph *g);
/* load_package_import: the package p's import path written resolves to,
 * or NULL if p does not import it. */
LoadPackage *load_package_import(const LoadPackage *p, const char *written);

#endif
