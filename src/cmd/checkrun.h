/* checkrun.h: check.c's checking of a loaded package graph, shared by the
 * subcommands that type-check (check, errorcheck). */
#ifndef GOESC_CMD_CHECKRUN_H
#define GOESC_CMD_CHECKRUN_H

#include "load/load.h"
#include "types/check.h"

typedef struct CheckRunOpts {
    bool dump;       /* dump the roots (docs/types-dump.md) on stdout */
    bool base_names; /* show files by their base names (Go's test harness) */
    Map *cache;      /* import path Sym* -> Package*: packages checked by earlier
                        runs of this process, reused and added to; NULL: none */
    /* called for every package after type-checking, before its syntax
     * trees and records are freed (NULL: none) */
    void (*checked)(void *ctx, LoadPackage *lp, Package *pkg, AstFile **files, int nfiles, TypesInfo *info);
    void *checked_ctx;
} CheckRunOpts;

/* check_setup prepares the process: GOROOT, build configuration (tags may
 * be NULL), sizes, universe. Prints the reason and returns false on failure. */
bool check_setup(LoadConfig *cfg, const char *tags);

/* check_graph parses and checks every package of g in dependency order and
 * appends the errors (package errors without position, syntax and type
 * errors) to errors, unsorted. Returns 1 if there were errors, else 0. */
int check_graph(LoadGraph *g, const CheckRunOpts *opts, DiagList *errors);

#endif
