/* errors.c: gc's filtering of syntax errors. gc reports at most one
 * "syntax error" per line, and stops after 10 errors with "too many
 * errors" at the position of the tenth, printed after the sorted errors
 * (syn_print_errors). */
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

void syn_error(SynErrors *e, Pos pos, const char *fmt, ...) {
    if (e->stopped) return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!strncmp(buf, "syntax error", 12)) {
        if (e->lastline == pos.line) return;
        e->lastline = pos.line;
    }
    diag_add(e->out, pos, "%s", buf);
    if (++e->count >= 10) {
        e->toomany = pos;
        e->stopped = true;
    }
}

void syn_print_errors(DiagList *dl, Pos toomany, FILE *fp) {
    diag_sort(dl);
    diag_print(dl, fp);
    if (toomany.file) {
        StrBuf b = {0};
        pos_format(&b, toomany, 0);
        fprintf(fp, "%s: too many errors\n", b.s);
        sb_free(&b);
    }
}
