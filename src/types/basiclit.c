/* basiclit.c: basic literals (go/types' literals.go basicLit): untyped
 * constants from literal text, with version checks and overflow. */
#include <string.h>

#include "types/check.h"

static void lang_compat(Checker *chk, AstNode *e) {
    const char *s = e->u.lit.val;
    if (e->u.lit.len <= 2 || check_allow_version(chk, 13)) return;
    Pos p = ast_start(e);
    if (memchr(s, '_', e->u.lit.len)) {
        check_verify_version(chk, p, 13, "underscore in numeric literal");
        return;
    }
    if (s[0] != '0') return;
    char radix = s[1];
    if (radix == 'b' || radix == 'B') check_verify_version(chk, p, 13, "binary literal");
    else if (radix == 'o' || radix == 'O') check_verify_version(chk, p, 13, "0o/0O-style octal literal");
    else if (e->u.lit.kind != TK_INT && (radix == 'x' || radix == 'X'))
        check_verify_version(chk, p, 13, "hexadecimal floating-point literal");
}

void check_basic_lit(Checker *chk, Operand *x, AstNode *e) {
    Tok k = e->u.lit.kind;
    memset(x, 0, sizeof *x);
    x->expr = e;
    x->mode = OM_INVALID;
    x->type = ty_basic[B_INVALID];
    if (e->u.lit.bad) return; /* the lexer reported it (types2: BasicLit.Bad) */
    if (k == TK_INT || k == TK_FLOAT || k == TK_IMAG) {
        lang_compat(chk, e);
        if (e->u.lit.len > 10000) {
            check_errorf(chk, ast_start(e), "excessively long constant: %.10s... (%d chars)", e->u.lit.val,
                         (int)e->u.lit.len);
            return;
        }
    }
    ConstLit lk;
    BasicKind bk;
    switch (k) {
    case TK_INT: lk = CV_LIT_INT, bk = B_UNTYPED_INT; break;
    case TK_FLOAT: lk = CV_LIT_FLOAT, bk = B_UNTYPED_FLOAT; break;
    case TK_IMAG: lk = CV_LIT_IMAG, bk = B_UNTYPED_COMPLEX; break;
    case TK_CHAR: lk = CV_LIT_CHAR, bk = B_UNTYPED_RUNE; break;
    default: lk = CV_LIT_STRING, bk = B_UNTYPED_STRING; break;
    }
    ConstVal v = cv_from_literal(chk->arena, e->u.lit.val, e->u.lit.len, lk);
    if (cv_is_unknown(v)) {
        check_errorf(chk, ast_start(e), "malformed constant: %s", e->u.lit.val);
        return;
    }
    x->mode = OM_CONSTANT;
    x->type = ty_basic[bk];
    x->val = v;
    check_overflow(chk, x, e->pos);
}
