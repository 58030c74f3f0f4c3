/* parse_decl.c: declarations: import/const/var/type specs (including the
 * "type T[P *C] ..." array-or-type-parameter decision of go/parser) and
 * function declarations. */
#include <string.h>

#include "syntax/parser.h"

static AstNode *import_spec(Parser *p) {
    AstNode *n = p_node(p, N_ImportSpec, p->pos);
    if (p->tok == TK_IDENT) {
        n->u.import.name = p_ident(p);
    } else if (p->tok == TK_PERIOD) {
        AstNode *id = p_node(p, N_Ident, p->pos);
        id->u.ident.name = syn_intern(".", 1);
        n->u.import.name = id;
        p_next(p);
    }
    AstNode *path = p_node(p, N_BasicLit, p->pos);
    path->u.lit.kind = TK_STRING;
    path->u.lit.end = p->pos;
    path->u.lit.val = "";
    if (p->tok == TK_STRING) {
        path->u.lit.val = arena_strndup(p->arena, p->lx.lit, p->lx.len);
        path->u.lit.len = p->lx.len;
        path->u.lit.end = (Pos){p->lx.file, p->lx.eline, p->lx.ecol};
        p_next(p);
    } else if (p->tok >= TK_INT && p->tok <= TK_CHAR) {
        p_syntax_error(p, p->pos, "import path must be a string");
        p_next(p);
    } else {
        p_syntax_error(p, p->pos, "missing import path; require quoted string");
        p_advance(p, p_expr_end);
    }
    n->u.import.path = path;
    p_expect_semi(p, p->declctx);
    return n;
}

static AstNode *value_spec(Parser *p, Tok keyword) {
    AstNode *n = p_node(p, N_ValueSpec, p->pos);
    int mark = p->sn;
    p_push(p, p_ident(p));
    while (p->tok == TK_COMMA) {
        p_next(p);
        p_push(p, p_ident(p));
    }
    n->u.value.names = p_list(p, mark);
    if (keyword == TK_CONST) {
        if (p->tok != TK_EOF && p->tok != TK_SEMICOLON && p->tok != TK_RPAREN) {
            n->u.value.type = p_try_type(p);
            if (p->tok == TK_ASSIGN) {
                p_next(p);
                n->u.value.values = p_expr_list(p, true);
            }
        }
    } else {
        if (p->tok != TK_ASSIGN) n->u.value.type = p_type(p);
        if (p->tok == TK_ASSIGN) {
            p_next(p);
            n->u.value.values = p_expr_list(p, true);
        }
    }
    p_expect_semi(p, p->declctx);
    return n;
}

static bool is_type_elem(AstNode *x) {
    switch (x->kind) {
    case N_ArrayType: case N_StructType: case N_FuncType: case N_InterfaceType: case N_MapType:
    case N_ChanType:
        return true;
    case N_BinaryExpr: return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
    case N_UnaryExpr: return x->u.unary.op == TK_TILDE;
    case N_ParenExpr: return is_type_elem(x->u.paren.x);
    default: return false;
    }
}

/* extract_name splits x into a type parameter name and its constraint if
 * it can be read so ("P *C", "P ~int | string", "P (C)"): go/parser's
 * rule for "type T[...". */
static AstNode *extract_name(Parser *p, AstNode *x, bool force, AstNode **typ) {
    *typ = x;
    switch (x->kind) {
    case N_Ident:
        *typ = NULL;
        return x;
    case N_BinaryExpr:
        if (x->u.binary.op == TK_MUL) {
            AstNode *name = x->u.binary.x;
            if (name->kind == N_Ident && (force || is_type_elem(x->u.binary.y))) {
                AstNode *s = p_node(p, N_StarExpr, x->pos);
                s->u.star.x = x->u.binary.y;
                *typ = s;
                return name;
            }
        } else if (x->u.binary.op == TK_OR) {
            AstNode *lhs;
            AstNode *name = extract_name(p, x->u.binary.x, force || is_type_elem(x->u.binary.y), &lhs);
            if (name && lhs) {
                AstNode *op = p_node(p, N_BinaryExpr, x->pos);
                op->u.binary.op = x->u.binary.op;
                op->u.binary.x = lhs;
                op->u.binary.y = x->u.binary.y;
                *typ = op;
                return name;
            }
        }
        break;
    case N_CallExpr: {
        AstNode *name = x->u.call.fun;
        if (name->kind == N_Ident && x->u.call.args.n == 1 && !x->u.call.ellipsis.file &&
            (force || is_type_elem(x->u.call.args.a[0]))) {
            AstNode *par = p_node(p, N_ParenExpr, x->u.call.lparen);
            par->u.paren.lparen = x->u.call.lparen;
            par->u.paren.rparen = x->u.call.rparen;
            par->u.paren.x = x->u.call.args.a[0];
            *typ = par;
            return name;
        }
        break;
    }
    default: break;
    }
    return NULL;
}

static void type_rest(Parser *p, AstNode *n) {
    if (p->tok == TK_ASSIGN) {
        n->u.typespec.assign = p->pos;
        p_next(p);
    }
    AstNode *t = p_try_type(p);
    if (!t) {
        Pos pos = p->pos;
        p_syntax_error(p, pos, "in type declaration");
        p_advance(p, p_expr_end);
        t = p_bad(p, pos);
    }
    n->u.typespec.type = t;
}

static AstNode *type_spec(Parser *p) {
    AstNode *n = p_node(p, N_TypeSpec, p->pos);
    n->u.typespec.name = p_ident(p);
    if (p->tok != TK_LBRACK) {
        type_rest(p, n);
    } else {
        Pos lbrack = p->pos;
        p_next(p);
        if (p->tok == TK_IDENT) {
            AstNode *x = p_ident(p);
            if (p->tok != TK_LBRACK) {
                p->exprlev++;
                x = p_binary(p, p_primary(p, x), 1);
                p->exprlev--;
            }
            AstNode *ptype;
            AstNode *pname = extract_name(p, x, p->tok == TK_COMMA, &ptype);
            if (pname && (ptype || p->tok != TK_RBRACK)) {
                n->u.typespec.tparams = p_param_list_fields(p, pname, ptype, TK_RBRACK, lbrack);
                type_rest(p, n);
            } else {
                n->u.typespec.type = p_array_type(p, lbrack, x);
            }
        } else {
            n->u.typespec.type = p_array_type(p, lbrack, NULL);
        }
    }
    p_expect_semi(p, p->declctx);
    return n;
}

AstNode *p_gen_decl(Parser *p, Tok keyword) {
    AstNode *n = p_node(p, N_GenDecl, p->pos);
    n->u.gendecl.tok = keyword;
    p_next(p);
    int mark = p->sn;
    const char *oldctx = p->declctx;
    p->declctx = p->tok == TK_LPAREN ? "in grouped declaration; possibly missing semicolon or newline or )"
                 : p->fnest == 0     ? "after top level declaration"
                                     : NULL;
    if (p->tok == TK_LPAREN) {
        n->u.gendecl.lparen = p->pos;
        p_next(p);
        while (p->tok != TK_RPAREN && p->tok != TK_EOF) {
            p_push(p, keyword == TK_IMPORT ? import_spec(p)
                      : keyword == TK_TYPE ? type_spec(p)
                                           : value_spec(p, keyword));
        }
        n->u.gendecl.rparen = p_expect(p, TK_RPAREN, NULL);
        p_expect_semi(p, p->fnest == 0 ? "after top level declaration" : NULL);
    } else {
        p_push(p, keyword == TK_IMPORT ? import_spec(p)
                  : keyword == TK_TYPE ? type_spec(p)
                                       : value_spec(p, keyword));
    }
    p->declctx = oldctx;
    n->u.gendecl.specs = p_list(p, mark);
    return n;
}

static AstNode *func_decl(Parser *p) {
    Pos pos = p->pos;
    AstNode *n = p_node(p, N_FuncDecl, pos);
    p_next(p);
    if (p->tok == TK_LPAREN) n->u.funcdecl.recv = p_params(p, false);
    n->u.funcdecl.name = p_ident(p);
    AstNode *ft = p_node(p, N_FuncType, pos);
    ft->u.functype.func = pos;
    if (p->tok == TK_LBRACK) ft->u.functype.tparams = p_type_params(p);
    ft->u.functype.params = p_params(p, false);
    ft->u.functype.results = p_params(p, true);
    n->u.funcdecl.type = ft;
    switch (p->tok) {
    case TK_LBRACE:
        n->u.funcdecl.body = p_block(p);
        p_expect_semi(p, "after top level declaration");
        break;
    case TK_SEMICOLON:
        p_next(p);
        if (p->tok == TK_LBRACE) {
            p_syntax_error(p, p->pos, "unexpected semicolon or newline before {");
            n->u.funcdecl.body = p_block(p);
            p_expect_semi(p, "after top level declaration");
        }
        break;
    default: p_expect_semi(p, "after top level declaration");
    }
    return n;
}

AstNode *p_decl(Parser *p, const bool *sync) {
    switch (p->tok) {
    case TK_IMPORT: case TK_CONST: case TK_VAR: case TK_TYPE: return p_gen_decl(p, p->tok);
    case TK_FUNC: return func_decl(p);
    default: {
        Pos pos = p->pos;
        p_syntax_error(p, pos, "non-declaration statement outside function body");
        p_advance(p, sync);
        AstNode *b = p_node(p, N_BadDecl, pos);
        b->u.bad.from = pos;
        b->u.bad.to = p->pos;
        return b;
    }
    }
}
