/* internal.h: what the files of the load stage share among themselves
 * (not part of the stage's interface; later stages include load.h only). */
#ifndef GOESC_LOAD_INTERNAL_H
#define GOESC_LOAD_INTERNAL_H

#include "load/load.h"

/* A Loader holds one run of load_packages. */
typedef struct Loader {
    Arena *a;
    LoadConfig *cfg;
    LoadGraph *g;
    const char *cwd;
    const char *srcdir;  /* $GOROOT/src */
    LoadModule *main;    /* NULL outside a module */
    bool vendor;         /* modules come from the main module's vendor tree */
    Vec(LoadModule *) mods;    /* required modules, replacements applied */
    Map pkgs;            /* Sym* import path -> LoadPackage* */
    Map refs;            /* LoadPackage* -> its imports with positions (graph.c) */
    Map testrefs;        /* the same for test files, when want_tests */
    bool want_tests;     /* read main-module test files (for "all") */
    Vec(LoadPackage *) roots;  /* named by the patterns, in order */
    Map isroot;          /* LoadPackage* -> itself, for the roots */
    const char *from_file; /* the import being resolved: file and position */
    Pos from_pos;
    Vec(LoadPackage *) stack;  /* packages being loaded, for cycles */
    Vec(const char *) stackfile; /* the file each stack entry was imported from */
} Loader;

/* fsutil.c */
bool load_is_dir(const char *path);
bool load_is_file(const char *path);
char *load_join(Arena *a, const char *dir, const char *rel);
char *load_clean(Arena *a, const char *path); /* absolute, lexically cleaned */
const char *load_short_path(Loader *L, const char *path);
/* load_read_names lists a directory's entries, sorted by name, with a
 * kind each: 'd' directory, 'l' symbolic link to a directory, 'f' anything
 * else. -1 if dir cannot be read. */
int load_read_names(Arena *a, const char *dir, char ***names, char **kinds);
bool load_has_go_file(Loader *L, const char *dir); /* any *.go entry */
bool load_std_looking(const char *path); /* first element has no dot */
char *load_fmt(Arena *a, const char *fmt, ...); /* formatted, in the arena */
bool load_has_path_prefix(const char *s, const char *prefix);

/* modules.c */
const char *load_setup_modules(Loader *L); /* error text or NULL */
LoadModule *load_module_for_dir(Loader *L, const char *dir, const char **path);
/* load_module_dir: the directory of package path in module m, or NULL if
 * m does not hold it (missing, or cut off by a nested go.mod). */
const char *load_module_dir(Loader *L, LoadModule *m, const char *path);
bool load_in_nested_module(Loader *L, const char *root, const char *dir);

/* graph.c */
LoadPackage *load_import(Loader *L, const char *path, LoadPackage *importer, const char *fromfile, Pos pos);
LoadPackage *load_package_at(Loader *L, const char *path, const char *dir, LoadModule *m, bool std);
LoadPackage *load_files_package(Loader *L, char **files, int n);
void load_resolve_imports(Loader *L, LoadPackage *p);
LoadPackage **load_test_imports(Loader *L, LoadPackage *p);

/* rules.c: the error an import breaks a rule with, for the importer */
bool load_is_local_import(const char *path);
const char *load_import_error(Loader *L, LoadPackage *importer, LoadPackage *q, const char *written, const char *file, Pos pos);

/* match.c */
void load_expand(Loader *L, const char *const *patterns, int n);

#endif
