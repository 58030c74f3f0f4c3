/* parse_stmt.c: statements. Control-clause headers parse at exprlev -1 so
 * "if x {" does not read "x {" as a composite literal; simple statements
 * are parsed once and then classified (label, send, inc/dec, assignment,
 * range clause), as go/parser does. */
#include <string.h>

#include "syntax/parser.h"

enum { BASIC, LABEL_OK, RANGE_OK };

static AstNode *simple_stmt(Parser *p, int mode, bool *is_range);

static AstNode *unary_range(Parser *p) {
    AstNode *u = parse_node(p, N_UnaryExpr, p->pos);
    u->u.unary.op = TK_RANGE;
    parse_next(p);
    u->u.unary.x = parse_rhs(p);
    return u;
}

static AstList one(Parser *p, AstNode *x) {
    AstNode **a = parse_cut(p, sizeof *a);
    a[0] = x;
    return (AstList){a, 1};
}

static AstNode *assign_stmt(Parser *p, AstList lhs, int mode, bool *is_range) {
    Pos pos = p->pos;
    Tok tok = p->tok;
    parse_next(p);
    AstNode *n = parse_node(p, N_AssignStmt, pos);
    n->u.assign.lhs = lhs;
    n->u.assign.tok = tok;
    if (mode == RANGE_OK && p->tok == TK_RANGE && (tok == TK_DEFINE || tok == TK_ASSIGN)) {
        n->u.assign.rhs = one(p, unary_range(p));
        *is_range = true;
    } else {
        n->u.assign.rhs = parse_expr_list(p, true);
    }
    return n;
}

static AstNode *simple_stmt1(Parser *p, int mode, bool *is_range);

/* simple_stmt parses a simple statement and remembers its source range
 * for error messages that quote it, as gc's do. */
static AstNode *simple_stmt(Parser *p, int mode, bool *is_range) {
    uint32_t from = p->lx.toff;
    AstNode *s = simple_stmt1(p, mode, is_range);
    p->simple_from = from;
    p->simple_to = p->prevend > from ? p->prevend : from;
    return s;
}

/* quote_simple reports "cannot use STMT as value" at pos. */
static void cannot_use(Parser *p, Pos pos) {
    char msg[256];
    uint32_t n = p->simple_to - p->simple_from;
    if (n > 200) n = 200;
    snprintf(msg, sizeof msg, "cannot use %.*s as value", (int)n, p->lx.src + p->simple_from);
    for (char *c = msg; *c; c++)
        if (*c == '\n' || *c == '\t') *c = ' ';
    parse_syntax_error(p, pos, msg);
}

static AstNode *simple_stmt1(Parser *p, int mode, bool *is_range) {
    AstList x = parse_expr_list(p, false);
    switch (p->tok) {
    case TK_DEFINE: case TK_ASSIGN: case TK_ADD_ASSIGN: case TK_SUB_ASSIGN: case TK_MUL_ASSIGN:
    case TK_QUO_ASSIGN: case TK_REM_ASSIGN: case TK_AND_ASSIGN: case TK_OR_ASSIGN: case TK_XOR_ASSIGN:
    case TK_SHL_ASSIGN: case TK_SHR_ASSIGN: case TK_AND_NOT_ASSIGN:
        return assign_stmt(p, x, mode, is_range);
    default: break;
    }
    if (x.n > 1) {
        parse_syntax_error(p, p->pos, "expected := or = or comma");
    }
    AstNode *x0 = x.a[0];
    switch (p->tok) {
    case TK_COLON: {
        Pos colon = p->pos;
        if (!(mode == LABEL_OK && x0->kind == N_Ident)) parse_syntax_error(p, colon, "at end of statement");
        parse_next(p);
        if (mode == LABEL_OK && x0->kind == N_Ident) {
            AstNode *n = parse_node(p, N_LabeledStmt, x0->pos);
            n->u.labeled.label = x0;
            n->u.labeled.colon = colon;
            if (p->tok == TK_CASE || p->tok == TK_DEFAULT || p->tok == TK_EOF) {
                parse_syntax_error(p, colon, "missing statement after label");
                AstNode *e = parse_node(p, N_EmptyStmt, p->pos);
                e->u.empty.implicit = true;
                n->u.labeled.stmt = e;
            } else {
                n->u.labeled.stmt = parse_stmt(p);
            }
            return n;
        }
        AstNode *b = parse_node(p, N_BadStmt, ast_start(x0));
        b->u.bad.from = ast_start(x0);
        b->u.bad.to = colon;
        return b;
    }
    case TK_ARROW: {
        AstNode *n = parse_node(p, N_SendStmt, p->pos);
        parse_next(p);
        n->u.send.chan = x0;
        n->u.send.value = parse_rhs(p);
        return n;
    }
    case TK_INC: case TK_DEC: {
        AstNode *n = parse_node(p, N_IncDecStmt, p->pos);
        n->u.incdec.tok = p->tok;
        n->u.incdec.x = x0;
        parse_next(p);
        return n;
    }
    default: {
        AstNode *n = parse_node(p, N_ExprStmt, ast_start(x0));
        n->u.exprstmt.x = x0;
        return n;
    }
    }
}

static AstNode *bad_stmt(Parser *p, Pos from, Pos to) {
    AstNode *b = parse_node(p, N_BadStmt, from);
    b->u.bad.from = from;
    b->u.bad.to = to;
    return b;
}

static AstNode *go_stmt(Parser *p, AstKind k, const char *what) {
    Pos pos = p->pos;
    parse_next(p);
    AstNode *x = parse_rhs(p), *t = parse_unparen(x);
    char msg[80];
    if (t != x) {
        snprintf(msg, sizeof msg, "expression in %s must not be parenthesized", what);
        parse_error(p, ast_start(x), msg);
        x = t;
    }
    parse_expect_semi(p, NULL);
    if (x->kind != N_CallExpr) {
        if (x->kind == N_Bad) return bad_stmt(p, pos, pos);
        /* gc's parser keeps the statement and types2 reports this (and
         * still checks the expression: a func literal's uses count) */
        snprintf(msg, sizeof msg, "expression in %s must be function call", what);
        parse_error(p, ast_start(x), msg);
    }
    AstNode *n = parse_node(p, k, pos);
    n->u.gostmt.call = x;
    return n;
}

static AstNode *return_stmt(Parser *p) {
    AstNode *n = parse_node(p, N_ReturnStmt, p->pos);
    parse_next(p);
    if (p->tok != TK_SEMICOLON && p->tok != TK_RBRACE) n->u.ret.results = parse_expr_list(p, true);
    parse_expect_semi(p, NULL);
    return n;
}

static AstNode *branch_stmt(Parser *p) {
    AstNode *n = parse_node(p, N_BranchStmt, p->pos);
    Tok tok = p->tok;
    n->u.branch.tok = tok;
    parse_next(p);
    if (tok == TK_GOTO || ((tok == TK_CONTINUE || tok == TK_BREAK) && p->tok == TK_IDENT))
        n->u.branch.label = parse_ident(p);
    parse_expect_semi(p, NULL);
    return n;
}

/* make_expr takes the expression out of a header's simple statement. */
static AstNode *make_expr(Parser *p, AstNode *s, const char *want) {
    if (!s) return NULL;
    if (s->kind == N_ExprStmt) return s->u.exprstmt.x;
    (void)want;
    cannot_use(p, s->pos);
    AstNode *b = parse_node(p, N_Bad, ast_start(s));
    b->u.bad.from = b->u.bad.to = ast_start(s);
    return b;
}

/* want_lbrace reports a header not followed by '{' or ';' as gc does and
 * skips to the '{'. */
static void want_lbrace(Parser *p) {
    parse_syntax_error(p, p->pos, "expected {");
    static bool sync[TK_COUNT];
    sync[TK_LBRACE] = sync[TK_RBRACE] = true;
    parse_advance(p, sync);
}

static void if_header(Parser *p, AstNode **init, AstNode **cond) {
    *init = *cond = NULL;
    if (p->tok == TK_LBRACE) {
        parse_syntax_error(p, p->pos, "missing condition in if statement");
        *cond = parse_bad(p, p->pos);
        return;
    }
    int prev = p->exprlev;
    p->exprlev = -1;
    bool r;
    if (p->tok != TK_SEMICOLON) {
        if (p->tok == TK_VAR) {
            parse_next(p);
            parse_syntax_error(p, p->pos, "var declaration not allowed in if initializer");
        }
        *init = simple_stmt(p, BASIC, &r);
    }
    AstNode *cs = NULL;
    Pos semi = {0};
    bool nl = false;
    if (p->tok != TK_LBRACE) {
        if (p->tok == TK_SEMICOLON) {
            semi = p->pos;
            nl = p->lx.implicit;
            parse_next(p);
        } else {
            want_lbrace(p);
        }
        if (p->tok != TK_LBRACE) cs = simple_stmt(p, BASIC, &r);
    } else {
        cs = *init;
        *init = NULL;
    }
    if (cs) *cond = make_expr(p, cs, "boolean expression");
    else if (semi.file) {
        if (nl) parse_error(p, semi, "syntax error: unexpected newline, expected { after if clause");
        else parse_error(p, semi, "syntax error: missing condition in if statement");
    }
    if (!*cond) *cond = parse_bad(p, p->pos);
    p->exprlev = prev;
}

static AstNode *if_stmt(Parser *p) {
    if (!parse_enter(p)) return bad_stmt(p, p->pos, p->pos);
    AstNode *n = parse_node(p, N_IfStmt, p->pos);
    parse_next(p);
    if_header(p, &n->u.ifstmt.init, &n->u.ifstmt.cond);
    n->u.ifstmt.body = parse_block_after(p, "if clause");
    if (p->tok == TK_ELSE) {
        parse_next(p);
        if (p->tok == TK_IF) {
            n->u.ifstmt.els = if_stmt(p);
        } else if (p->tok == TK_LBRACE) {
            n->u.ifstmt.els = parse_block(p);
            parse_expect_semi(p, NULL);
        } else {
            parse_syntax_error(p, p->pos, "else must be followed by if or statement block");
            n->u.ifstmt.els = bad_stmt(p, p->pos, p->pos);
        }
    } else {
        parse_expect_semi(p, NULL);
    }
    parse_leave(p);
    return n;
}

static AstNode *case_clause(Parser *p) {
    AstNode *n = parse_node(p, N_CaseClause, p->pos);
    if (p->tok == TK_CASE) {
        parse_next(p);
        n->u.caseclause.list = parse_expr_list(p, true);
    } else {
        parse_expect(p, TK_DEFAULT, NULL);
    }
    n->u.caseclause.colon = parse_expect(p, TK_COLON, "expected :");
    n->u.caseclause.body = parse_stmt_list(p);
    return n;
}

static bool is_type_guard(Parser *p, AstNode *s) {
    if (!s) return false;
    if (s->kind == N_ExprStmt) {
        AstNode *x = s->u.exprstmt.x;
        return x->kind == N_TypeAssertExpr && !x->u.assert.type;
    }
    if (s->kind == N_AssignStmt && s->u.assign.lhs.n == 1 && s->u.assign.rhs.n == 1) {
        AstNode *x = s->u.assign.rhs.a[0];
        if (x->kind != N_TypeAssertExpr || x->u.assert.type) return false;
        if (s->u.assign.tok == TK_ASSIGN) {
            parse_syntax_error(p, s->pos, "expected :=, found =");
            return true;
        }
        if (s->u.assign.tok == TK_DEFINE && s->u.assign.lhs.a[0]->kind != N_Ident) cannot_use(p, s->pos);
        return s->u.assign.tok == TK_DEFINE;
    }
    return false;
}

static AstNode *clause_body(Parser *p, AstNode *(*clause)(Parser *), const char *what) {
    AstNode *b = parse_node(p, N_BlockStmt, p->pos);
    if (p->tok != TK_LBRACE) {
        parse_syntax_error(p, p->pos, what);
        parse_advance(p, parse_clause_start);
    } else {
        b->u.block.lbrace = p->pos;
        parse_next(p);
    }
    int mark = p->sn;
    for (;;) {
        if (p->tok == TK_CASE || p->tok == TK_DEFAULT) {
            parse_push(p, clause(p));
            continue;
        }
        if (p->tok == TK_RBRACE || p->tok == TK_EOF) break;
        /* as gc: complain, skip to the next clause and parse its body */
        parse_syntax_error(p, p->pos, "expected case or default or }");
        static bool sync[TK_COUNT];
        sync[TK_COLON] = sync[TK_CASE] = sync[TK_DEFAULT] = sync[TK_RBRACE] = true;
        parse_advance(p, sync);
        if (p->tok == TK_COLON) {
            parse_next(p);
            int m = p->sn;
            parse_stmt_list(p);
            p->sn = m;
        } else if (p->tok != TK_CASE && p->tok != TK_DEFAULT) {
            break;
        }
    }
    b->u.block.list = parse_list(p, mark);
    b->u.block.rbrace = parse_expect(p, TK_RBRACE, "expected case or default or }");
    parse_expect_semi(p, NULL);
    return b;
}

static AstNode *switch_stmt(Parser *p) {
    Pos pos = p->pos;
    parse_next(p);
    AstNode *s1 = NULL, *s2 = NULL;
    bool r;
    if (p->tok != TK_LBRACE) {
        int prev = p->exprlev;
        p->exprlev = -1;
        if (p->tok == TK_VAR) {
            parse_next(p);
            parse_syntax_error(p, p->pos, "var declaration not allowed in switch initializer");
        }
        if (p->tok != TK_SEMICOLON) s2 = simple_stmt(p, BASIC, &r);
        if (p->tok != TK_SEMICOLON && p->tok != TK_LBRACE) want_lbrace(p);
        if (p->tok == TK_SEMICOLON) {
            parse_next(p);
            s1 = s2;
            s2 = NULL;
            if (p->tok != TK_LBRACE) s2 = simple_stmt(p, BASIC, &r);
        }
        p->exprlev = prev;
    }
    bool ts = is_type_guard(p, s2);
    AstNode *body = clause_body(p, case_clause, "missing { after switch clause");
    AstNode *n = parse_node(p, ts ? N_TypeSwitchStmt : N_SwitchStmt, pos);
    n->u.switchstmt.init = s1;
    n->u.switchstmt.body = body;
    if (ts) n->u.switchstmt.assign = s2;
    else n->u.switchstmt.tag = make_expr(p, s2, "switch expression");
    return n;
}

static AstNode *comm_clause(Parser *p) {
    AstNode *n = parse_node(p, N_CommClause, p->pos);
    if (p->tok == TK_CASE) {
        parse_next(p);
        AstList lhs = parse_expr_list(p, false);
        if (p->tok == TK_ARROW) {
            if (lhs.n > 1) parse_syntax_error(p, p->pos, "expected 1 expression");
            AstNode *s = parse_node(p, N_SendStmt, p->pos);
            parse_next(p);
            s->u.send.chan = lhs.a[0];
            s->u.send.value = parse_rhs(p);
            n->u.commclause.comm = s;
        } else if (p->tok == TK_ASSIGN || p->tok == TK_DEFINE) {
            if (lhs.n > 2) {
                parse_syntax_error(p, ast_start(lhs.a[0]), "expected 1 or 2 expressions");
                lhs.n = 2;
            }
            AstNode *s = parse_node(p, N_AssignStmt, p->pos);
            s->u.assign.tok = p->tok;
            parse_next(p);
            s->u.assign.lhs = lhs;
            s->u.assign.rhs = one(p, parse_rhs(p));
            n->u.commclause.comm = s;
        } else {
            if (lhs.n > 1) parse_syntax_error(p, ast_start(lhs.a[0]), "expected 1 expression");
            AstNode *s = parse_node(p, N_ExprStmt, ast_start(lhs.a[0]));
            s->u.exprstmt.x = lhs.a[0];
            n->u.commclause.comm = s;
        }
    } else {
        parse_expect(p, TK_DEFAULT, NULL);
    }
    n->u.commclause.colon = parse_expect(p, TK_COLON, "expected :");
    n->u.commclause.body = parse_stmt_list(p);
    return n;
}

static AstNode *select_stmt(Parser *p) {
    AstNode *n = parse_node(p, N_SelectStmt, p->pos);
    parse_next(p);
    n->u.selectstmt.body = clause_body(p, comm_clause, "missing { after select clause");
    return n;
}

static AstNode *for_stmt(Parser *p) {
    Pos pos = p->pos;
    parse_next(p);
    AstNode *s1 = NULL, *s2 = NULL, *s3 = NULL;
    bool is_range = false, r;
    if (p->tok != TK_LBRACE) {
        int prev = p->exprlev;
        p->exprlev = -1;
        if (p->tok == TK_VAR) {
            parse_next(p);
            parse_syntax_error(p, p->pos, "var declaration not allowed in for initializer");
        }
        if (p->tok != TK_SEMICOLON) {
            if (p->tok == TK_RANGE) {
                s2 = parse_node(p, N_AssignStmt, p->pos);
                s2->pos = (Pos){0};
                s2->u.assign.tok = TK_ILLEGAL;
                s2->u.assign.rhs = one(p, unary_range(p));
                is_range = true;
            } else {
                s2 = simple_stmt(p, RANGE_OK, &is_range);
            }
        }
        if (!is_range && p->tok != TK_SEMICOLON && p->tok != TK_LBRACE) want_lbrace(p);
        if (!is_range && p->tok == TK_SEMICOLON) {
            parse_next(p);
            s1 = s2;
            s2 = NULL;
            if (p->tok == TK_LBRACE) parse_syntax_error(p, p->pos, "expected for loop condition");
            else if (p->tok != TK_SEMICOLON) s2 = simple_stmt(p, BASIC, &r);
            if (p->tok != TK_LBRACE) parse_expect_semi(p, "expected for loop condition");
            if (p->tok != TK_LBRACE) s3 = simple_stmt(p, BASIC, &r);
        }
        p->exprlev = prev;
    }
    AstNode *body = parse_block_after(p, "for clause");
    parse_expect_semi(p, NULL);
    if (is_range) {
        AstList lhs = s2->u.assign.lhs;
        if (lhs.n > 2) {
            parse_error(p, ast_start(lhs.a[lhs.n - 1]), "range clause permits at most two iteration variables");
            return bad_stmt(p, pos, body->u.block.rbrace);
        }
        AstNode *n = parse_node(p, N_RangeStmt, pos);
        n->u.rangestmt.key = lhs.n > 0 ? lhs.a[0] : NULL;
        n->u.rangestmt.value = lhs.n > 1 ? lhs.a[1] : NULL;
        n->u.rangestmt.tokpos = s2->pos;
        n->u.rangestmt.tok = s2->u.assign.tok;
        n->u.rangestmt.range = s2->u.assign.rhs.a[0]->pos;
        n->u.rangestmt.x = s2->u.assign.rhs.a[0]->u.unary.x;
        n->u.rangestmt.body = body;
        return n;
    }
    AstNode *n = parse_node(p, N_ForStmt, pos);
    n->u.forstmt.init = s1;
    n->u.forstmt.cond = make_expr(p, s2, "boolean or range expression");
    n->u.forstmt.post = s3;
    n->u.forstmt.body = body;
    return n;
}

static AstNode *stmt1(Parser *p) {
    AstNode *s;
    bool r;
    switch (p->tok) {
    case TK_CONST: case TK_TYPE: case TK_VAR:
        s = parse_node(p, N_DeclStmt, p->pos);
        s->u.declstmt.decl = parse_gen_decl(p, p->tok);
        return s;
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: case TK_FUNC:
    case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP: case TK_CHAN: case TK_INTERFACE:
    case TK_ADD: case TK_SUB: case TK_MUL: case TK_AND: case TK_XOR: case TK_ARROW: case TK_NOT:
        s = simple_stmt(p, LABEL_OK, &r);
        if (s->kind != N_LabeledStmt) parse_expect_semi(p, NULL);
        return s;
    case TK_GO: return go_stmt(p, N_GoStmt, "go");
    case TK_DEFER: return go_stmt(p, N_DeferStmt, "defer");
    case TK_RETURN: return return_stmt(p);
    case TK_BREAK: case TK_CONTINUE: case TK_GOTO: case TK_FALLTHROUGH: return branch_stmt(p);
    case TK_LBRACE:
        s = parse_block(p);
        parse_expect_semi(p, NULL);
        return s;
    case TK_IF: return if_stmt(p);
    case TK_SWITCH: return switch_stmt(p);
    case TK_SELECT: return select_stmt(p);
    case TK_FOR: return for_stmt(p);
    case TK_SEMICOLON:
        s = parse_node(p, N_EmptyStmt, p->pos);
        s->u.empty.implicit = p->lx.implicit;
        parse_next(p);
        return s;
    case TK_RBRACE:
        s = parse_node(p, N_EmptyStmt, p->pos);
        s->u.empty.implicit = true;
        return s;
    default: {
        Pos pos = p->pos;
        parse_syntax_error(p, pos, "expected }");
        parse_advance(p, parse_stmt_start);
        return bad_stmt(p, pos, p->pos);
    }
    }
}

AstNode *parse_stmt(Parser *p) {
    if (!parse_enter(p)) return bad_stmt(p, p->pos, p->pos);
    AstNode *s = stmt1(p);
    parse_leave(p);
    return s;
}

AstList parse_stmt_list(Parser *p) {
    int mark = p->sn;
    while (p->tok != TK_CASE && p->tok != TK_DEFAULT && p->tok != TK_RBRACE && p->tok != TK_EOF) {
        Pos at = p->pos;
        parse_push(p, parse_stmt(p));
        parse_progress(p, at);
    }
    return parse_list(p, mark);
}

AstNode *parse_block(Parser *p) { return parse_block_after(p, NULL); }

/* parse_block_after parses a block; what names the clause before it for the
 * error when the '{' is missing ("if clause"). */
AstNode *parse_block_after(Parser *p, const char *what) {
    AstNode *b = parse_node(p, N_BlockStmt, p->pos);
    char msg[64];
    if (p->tok != TK_LBRACE && what) snprintf(msg, sizeof msg, "expected { after %s", what); /* only to report */
    b->u.block.lbrace = parse_expect(p, TK_LBRACE, what ? msg : NULL);
    p->fnest++;
    b->u.block.list = parse_stmt_list(p);
    p->fnest--;
    if (p->tok == TK_RBRACE) b->u.block.rbrace = p->pos;
    else parse_syntax_error(p, p->pos, "expected }");
    parse_next(p);
    return b;
}
