/* linedir.c: line directives as gc's parser reads them (updateBase).
 *
 * A `//line` comment at the start of a line, or a block comment anywhere
 * whose text starts with "line ", whose text after "line " ends in ":line"
 * or ":line:col" starts a new position base of its file (base.h
 * LineBase) just after the comment; one ending in ":" and no number is
 * an error worded as gc's ("invalid line number: x"), at the offending
 * number; text without a colon is no directive. The name before the
 * numbers may be empty: with a column it keeps the previous base's name,
 * without one it is printed empty. The AST keeps absolute positions;
 * printing applies the bases. */
#include <stdint.h>

#include "syntax/parser.h"

enum { POS_MAX = 1 << 30 }; /* syntax.PosMax: the largest line or column a directive may give */

/* trailing_digits is gc's trailingDigits of s[0:n]: *i is the index just
 * after the last ':' (0 when there is none); true when what follows is a
 * decimal number that fits 64 bits (strconv.ParseUint(_, 10, 0)), in *v. */
static bool trailing_digits(const char *s, size_t n, size_t *i, uint64_t *v) {
    size_t k = n;
    while (k > 0 && s[k - 1] != ':') k--;
    *i = k;
    *v = 0;
    if (k == 0 || k == n) return false;
    for (size_t j = k; j < n; j++) {
        if (s[j] < '0' || s[j] > '9') return false;
        uint64_t d = (uint64_t)(s[j] - '0');
        if (*v > (UINT64_MAX - d) / 10) return false;
        *v = *v * 10 + d;
    }
    return true;
}

static void invalid(SynErrors *errs, Pos at, size_t i, const char *what, const char *s, size_t n) {
    Pos p = {at.file, at.line, at.col + 7 + (uint32_t)i}; /* 7: past the comment's "//line " */
    syn_error(errs, p, "invalid %s number: %.*s", what, (int)n, s);
}

void syn_line_directive(SynErrors *errs, Pos at, Pos after, const char *text, size_t n) {
    size_t i, i2;
    uint64_t v, v2;
    bool ok = trailing_digits(text, n, &i, &v);
    if (i == 0) return; /* not a line directive */
    if (!ok) {
        invalid(errs, at, i, "line", text + i, n - i);
        return;
    }
    bool has_col = trailing_digits(text, i - 1, &i2, &v2);
    uint64_t line = v, col = 0;
    size_t li = i, lend = n; /* the line number is text[li:lend] */
    if (has_col) {
        if (v == 0 || v > POS_MAX) {
            invalid(errs, at, i, "column", text + i, n - i);
            return;
        }
        line = v2, col = v, li = i2, lend = i - 1;
    }
    if (line == 0 || line > POS_MAX) {
        invalid(errs, at, li, "line", text + li, lend - li);
        return;
    }
    file_add_line_base(at.file, after, (uint32_t)line, (uint32_t)col, text, li - 1, has_col && li == 1);
}
