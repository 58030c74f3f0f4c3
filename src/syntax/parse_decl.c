/* parse_decl.c: declarations: import/const/var/type specs (including the
 * "type T[P *C] ..." array-or-type-parameter decision of go/parser) and
 * function declarations. */
#include <string.h>

#include "syntax/parser.h"

static AstNode *import_spec(Parser *p) {
    AstNode *n = parse_node(p, N_ImportSpec, p->pos);
    if (p->tok == TK_IDENT) {
        n->u.import.name = parse_ident(p);
    } else if (p->tok == TK_PERIOD) {
        AstNode *id = parse_node(p, N_Ident, p->pos);
        id->u.ident.name = syn_intern(".", 1);
        n->u.import.name = id;
        parse_next(p);
    }
    AstNode *path = parse_node(p, N_BasicLit, p->pos);
    path->u.lit.kind = TK_STRING;
    path->u.lit.end = p->pos;
    path->u.lit.val = "";
    if (p->tok == TK_STRING) {
        char *val = parse_cut(p, (p->lx.len + 8) & ~(size_t)7); /* zeroed: the NUL is there */
        memcpy(val, p->lx.lit, p->lx.len);
        path->u.lit.val = val;
        path->u.lit.len = p->lx.len;
        path->u.lit.end = (Pos){p->lx.file, p->lx.eline, p->lx.ecol};
        parse_next(p);
    } else if (p->tok >= TK_INT && p->tok <= TK_CHAR) {
        parse_syntax_error(p, p->pos, "import path must be a string");
        parse_next(p);
    } else {
        parse_syntax_error(p, p->pos, "missing import path; require quoted string");
        parse_advance(p, parse_expr_end);
    }
    n->u.import.path = path;
    parse_expect_semi(p, p->declctx);
    return n;
}

static AstNode *value_spec(Parser *p, Tok keyword) {
    AstNode *n = parse_node(p, N_ValueSpec, p->pos);
    int mark = p->sn;
    parse_push(p, parse_ident(p));
    while (p->tok == TK_COMMA) {
        parse_next(p);
        parse_push(p, parse_ident(p));
    }
    n->u.value.names = parse_list(p, mark);
    if (keyword == TK_CONST) {
        if (p->tok != TK_EOF && p->tok != TK_SEMICOLON && p->tok != TK_RPAREN) {
            n->u.value.type = parse_try_type(p);
            if (p->tok == TK_ASSIGN) {
                parse_next(p);
                n->u.value.values = parse_expr_list(p, true);
            }
        }
    } else {
        if (p->tok != TK_ASSIGN) n->u.value.type = parse_type(p);
        if (p->tok == TK_ASSIGN) {
            parse_next(p);
            n->u.value.values = parse_expr_list(p, true);
        }
    }
    parse_expect_semi(p, p->declctx);
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
                AstNode *s = parse_node(p, N_StarExpr, x->pos);
                s->u.star.x = x->u.binary.y;
                *typ = s;
                return name;
            }
        } else if (x->u.binary.op == TK_OR) {
            AstNode *lhs;
            AstNode *name = extract_name(p, x->u.binary.x, force || is_type_elem(x->u.binary.y), &lhs);
            if (name && lhs) {
                AstNode *op = parse_node(p, N_BinaryExpr, x->pos);
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
            AstNode *par = parse_node(p, N_ParenExpr, x->u.call.lparen);
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
        parse_next(p);
    }
    AstNode *t = parse_try_type(p);
    if (!t) {
        Pos pos = p->pos;
        parse_syntax_error(p, pos, "in type declaration");
        parse_advance(p, parse_expr_end);
        t = parse_bad(p, pos);
    }
    n->u.typespec.type = t;
}

static AstNode *type_spec(Parser *p) {
    AstNode *n = parse_node(p, N_TypeSpec, p->pos);
    n->u.typespec.name = parse_ident(p);
    if (p->tok != TK_LBRACK) {
        type_rest(p, n);
    } else {
        Pos lbrack = p->pos;
        parse_next(p);
        if (p->tok == TK_IDENT) {
            AstNode *x = parse_ident(p);
            if (p->tok != TK_LBRACK) {
                p->exprlev++;
                x = parse_binary(p, parse_primary(p, x), 1);
                p->exprlev--;
            }
            AstNode *ptype;
            AstNode *pname = extract_name(p, x, p->tok == TK_COMMA, &ptype);
            if (pname && (ptype || p->tok != TK_RBRACK)) {
                n->u.typespec.tparams = parse_param_list_fields(p, pname, ptype, TK_RBRACK, lbrack);
                type_rest(p, n);
            } else {
                n->u.typespec.type = parse_array_type(p, lbrack, x);
            }
        } else {
            n->u.typespec.type = parse_array_type(p, lbrack, NULL);
        }
    }
    parse_expect_semi(p, p->declctx);
    return n;
}

AstNode *parse_gen_decl(Parser *p, Tok keyword) {
    AstNode *n = parse_node(p, N_GenDecl, p->pos);
    n->u.gendecl.tok = keyword;
    parse_next(p);
    int mark = p->sn;
    const char *oldctx = p->declctx;
    p->declctx = p->tok == TK_LPAREN ? "in grouped declaration; possibly missing semicolon or newline or )"
                 : p->fnest == 0     ? "after top level declaration"
                                     : NULL;
    if (p->tok == TK_LPAREN) {
        n->u.gendecl.lparen = p->pos;
        parse_next(p);
        while (p->tok != TK_RPAREN && p->tok != TK_EOF) {
            Pos at = p->pos;
            parse_push(p, keyword == TK_IMPORT ? import_spec(p)
                      : keyword == TK_TYPE ? type_spec(p)
                                           : value_spec(p, keyword));
            parse_progress(p, at);
        }
        n->u.gendecl.rparen = parse_expect(p, TK_RPAREN, NULL);
        parse_expect_semi(p, p->fnest == 0 ? "after top level declaration" : NULL);
    } else {
        parse_push(p, keyword == TK_IMPORT ? import_spec(p)
                  : keyword == TK_TYPE ? type_spec(p)
                                       : value_spec(p, keyword));
    }
    p->declctx = oldctx;
    n->u.gendecl.specs = parse_list(p, mark);
    return n;
}

static AstNode *func_decl(Parser *p) {
    Pos pos = p->pos;
    AstNode *n = parse_node(p, N_FuncDecl, pos);
    parse_next(p);
    if (p->tok == TK_LPAREN) n->u.funcdecl.recv = parse_params(p, false);
    n->u.funcdecl.name = parse_ident(p);
    AstNode *ft = parse_node(p, N_FuncType, pos);
    ft->u.functype.func = pos;
    if (p->tok == TK_LBRACK) ft->u.functype.tparams = parse_type_params(p);
    ft->u.functype.params = parse_params(p, false);
    ft->u.functype.results = parse_params(p, true);
    n->u.funcdecl.type = ft;
    switch (p->tok) {
    case TK_LBRACE:
        n->u.funcdecl.body = parse_block(p);
        parse_expect_semi(p, "after top level declaration");
        break;
    case TK_SEMICOLON:
        parse_next(p);
        if (p->tok == TK_LBRACE) {
            parse_syntax_error(p, p->pos, "unexpected semicolon or newline before {");
            n->u.funcdecl.body = parse_block(p);
            parse_expect_semi(p, "after top level declaration");
        }
        break;
    default: parse_expect_semi(p, "after top level declaration");
    }
    return n;
}

AstNode *parse_decl(Parser *p, const bool *sync) {
    switch (p->tok) {
    case TK_IMPORT: case TK_CONST: case TK_VAR: case TK_TYPE: return parse_gen_decl(p, p->tok);
    case TK_FUNC: return func_decl(p);
    default: {
        Pos pos = p->pos;
        parse_syntax_error(p, pos, "non-declaration statement outside function body");
        parse_advance(p, sync);
        AstNode *b = parse_node(p, N_BadDecl, pos);
        b->u.bad.from = pos;
        b->u.bad.to = p->pos;
        return b;
    }
    }
}
