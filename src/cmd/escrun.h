/* escrun.h: escape analysis of a checked package graph, shared by the
 * commands that run it (`goesc -m`, `goesc errorcheck`): gc's compiler
 * flags that matter for it, and the per-package step that builds a
 * package's IR and analyses it (every package, so that importers see the
 * tags of their dependencies; diagnostics only for the roots). */
#ifndef GOESC_CMD_ESCRUN_H
#define GOESC_CMD_ESCRUN_H

#include "cmd/checkrun.h"
#include "escape/escape.h"

/* The flags of one compilation, as gc reads them. */
typedef struct EscFlags {
    EscConfig cfg; /* for the root packages */
    int l;         /* -l count: 1 is "no inlining" */
    bool m_set;    /* some -m given */
} EscFlags;

/* escrun_flag takes one compiler flag: 1 taken, 0 not a compiler flag of
 * escape analysis, -1 known but not implemented (*why says what). */
int escrun_flag(EscFlags *f, const char *flag, const char **why);
void escrun_flags_init(EscFlags *f);

/* The state of escape analysis across the packages of one check_graph. */
typedef struct EscRun {
    EscConfig root_cfg, dep_cfg;
    bool skip_roots; /* analyse only the dependencies (for their tags) */
    /* the diagnostics of each root package, in analysis order */
    Vec(const char *) paths;
    Vec(DiagList) diags;
} EscRun;

/* escrun_after_check is a CheckRunOpts.after_check (ctx: an EscRun). */
void escrun_after_check(LoadPackage *lp, Package *pkg, AstFile **files, int nfiles, TypesInfo *info, bool is_root,
                        void *ctx);
void escrun_free(EscRun *r);

#endif
