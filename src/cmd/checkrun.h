/* checkrun.h: check.c's checking of a loaded package graph, shared by the
 * subcommands that type-check (check, errorcheck). */
#ifndef GOESC_CMD_CHECKRUN_H
#define GOESC_CMD_CHECKRUN_H

#include "load/load.h"
#include "syntax/syntax.h"
#include "types/check.h"

typedef struct CheckRunOpts {
    bool dump;       /* dump the roots (docs/types-dump.md) on stdout */
    bool base_names; /* show files by their base names (Go's test harness) */
    Map *cache;      /* import path Sym* -> Package*: packages checked by earlier
                        runs of this process, reused and added to; NULL: none */
    /* after_check, when set, is called for every package that type-checked
     * without errors, in dependency order, while its AST and TypesInfo are
     * alive (both die when it returns; types and objects live on). is_root:
     * one of the packages the patterns name. */
    void (*after_check)(LoadPackage *lp, Package *pkg, AstFile **files, int nfiles, TypesInfo *info, bool is_root,
                        void *ctx);
    void *after_ctx;
    /* keep_generic: the syntax trees and TypesInfo of a package declaring
     * generic functions or methods are kept for the life of the process
     * (TypesInfo.kept), for the instantiations in its importers. */
    bool keep_generic;
} CheckRunOpts;

/* check_setup prepares the process: GOROOT, build configuration (tags may
 * be NULL), sizes, universe. Prints the reason and returns false on failure. */
bool check_setup(LoadConfig *cfg, const char *tags);

/* check_graph parses and checks every package of g in dependency order and
 * appends the errors (package errors without position, syntax and type
 * errors) to errors, unsorted. Returns 1 if there were errors, else 0. */
int check_graph(LoadGraph *g, const CheckRunOpts *opts, DiagList *errors);

/* check_patterns loads the packages the patterns name and checks them
 * with check_graph, printing load and type errors as `goesc check` does.
 * Returns the exit status (0 ok, 1 errors). */
int check_patterns(LoadConfig *cfg, const char *const *pats, int n, const CheckRunOpts *opts);

#endif
