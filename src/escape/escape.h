/* escape.h: the public header of the escape stage.
 *
 * gc's escape analysis (cmd/compile/internal/escape) over one package's
 * IR: functions are analysed in batches (strongly connected components of
 * the call graph, bottom-up; closures with their enclosing function),
 * each batch builds a location graph, solves it, records parameter tags
 * for callers and emits gc's -m diagnostics. Tags of functions of packages
 * analysed earlier in the same process stay available to their importers
 * (gc reads them from export data). */
#ifndef GOESC_ESCAPE_H
#define GOESC_ESCAPE_H

#include "ir/ir.h"

/* The compiler flags that change escape analysis or its output. */
typedef struct EscConfig {
    int m;             /* -m level: 0 no diagnostics, 1 -m, 2 -m=2 (explanations) */
    bool no_opt;       /* -N: optimisations off */
    bool smallframes;  /* -smallframes: lower stack size limits */
    int zerocopy;      /* -d=zerocopy (gc's default 1) */
    int mutations_calls; /* -d=escapemutationscalls: report "mutates param"/"calls param" */
    bool no_col;       /* -C: positions quoted inside messages without column */
} EscConfig;

/* esc_package analyses every function of ip (ip->funcs order) and appends
 * the diagnostics to out in gc's emission order (not sorted; duplicates
 * kept). With cfg->m == 0 it only computes tags. */
void esc_package(IrPackage *ip, const EscConfig *cfg, DiagList *out);

#endif
