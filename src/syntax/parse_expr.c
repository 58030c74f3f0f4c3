/* parse_expr.c: expressions and types, following go/parser's decisions
 * (composite literals only at exprlev >= 0 or after literal types, types
 * in expression position, channel-type reassociation of "<-chan"). */
#include <string.h>

#include "syntax/parser.h"

static AstNode *unary(Parser *p);
static AstNode *qualified_ident(Parser *p, AstNode *ident);

AstNode *parse_ident(Parser *p) {
    AstNode *n = parse_node(p, N_Ident, p->pos);
    if (p->tok == TK_IDENT) {
        n->u.ident.name = p->lx.sym;
        parse_next(p);
    } else {
        n->u.ident.name = syn_intern("_", 1);
        parse_syntax_error(p, p->pos, "expected name");
        parse_next(p); /* always make progress, as go/parser does */
    }
    return n;
}

AstNode *parse_bad(Parser *p, Pos from) {
    AstNode *n = parse_node(p, N_Bad, from);
    n->u.bad.from = from;
    n->u.bad.to = p->pos;
    return n;
}

static AstNode *basic_lit(Parser *p) {
    AstNode *n = parse_node(p, N_BasicLit, p->pos);
    n->u.lit.kind = p->tok;
    n->u.lit.end = (Pos){p->lx.file, p->lx.eline, p->lx.ecol};
    char *val = parse_cut(p, (p->lx.len + 8) & ~(size_t)7); /* zeroed: the NUL is there */
    memcpy(val, p->lx.lit, p->lx.len);
    n->u.lit.val = val;
    n->u.lit.len = p->lx.len;
    n->u.lit.bad = p->lx.bad;
    parse_next(p);
    return n;
}

AstNode *parse_unparen(AstNode *x) {
    while (x->kind == N_ParenExpr) x = x->u.paren.x;
    return x;
}

static Pos expect_closing(Parser *p, Tok t, const char *context) {
    if (p->tok != t && p->tok == TK_SEMICOLON && p->lx.implicit && !p->lx.eofsemi) {
        char msg[128];
        snprintf(msg, sizeof msg, "in %s; possibly missing comma or %s", context, tok_string(t));
        parse_syntax_error(p, p->pos, msg);
        parse_next(p);
    }
    return parse_expect(p, t, NULL);
}

static AstNode *pack_index(Parser *p, AstNode *x, Pos lbrack, AstList l, Pos rbrack) {
    AstNode *n;
    if (l.n == 1) {
        n = parse_node(p, N_IndexExpr, lbrack);
        n->u.index.index = l.a[0];
    } else {
        n = parse_node(p, N_IndexListExpr, lbrack);
        n->u.index.indices = l;
    }
    n->u.index.x = x;
    n->u.index.lbrack = lbrack;
    n->u.index.rbrack = rbrack;
    return n;
}

/* ---- types ------------------------------------------------------------ */

/* type_or_error parses a type, or reports msg and skips to the end of the
 * expression, giving a Bad node. */
static AstNode *type_or_error(Parser *p, const char *msg) {
    AstNode *t = parse_try_type(p);
    if (!t) {
        Pos pos = p->pos;
        parse_syntax_error(p, pos, msg);
        parse_advance(p, parse_expr_end);
        t = parse_bad(p, pos);
    }
    return t;
}

AstNode *parse_type(Parser *p) { return type_or_error(p, "expected type"); }

static AstNode *type_name(Parser *p, AstNode *ident) {
    if (!ident) ident = parse_ident(p);
    if (p->tok != TK_PERIOD) return ident;
    Pos dot = p->pos;
    parse_next(p);
    AstNode *sel = parse_ident(p);
    AstNode *n = parse_node(p, N_SelectorExpr, sel->pos);
    n->u.sel.dot = dot;
    n->u.sel.x = ident;
    n->u.sel.sel = sel;
    return n;
}

/* comma_list parses elem, elem, ... up to (not including) close, inside
 * brackets (so newlines need no commas), reporting a missing comma in
 * context's words. */
static AstList comma_list(Parser *p, AstNode *(*elem)(Parser *), const char *context, Tok close) {
    p->exprlev++;
    int mark = p->sn;
    while (p->tok != close && p->tok != TK_EOF) {
        parse_push(p, elem(p));
        if (!parse_at_comma(p, context, close)) break;
        parse_next(p);
    }
    p->exprlev--;
    return parse_list(p, mark);
}

static AstNode *type_instance(Parser *p, AstNode *typ) {
    Pos opening = parse_expect(p, TK_LBRACK, NULL);
    AstList l = comma_list(p, parse_type, "type argument list", TK_RBRACK);
    Pos closing = expect_closing(p, TK_RBRACK, "type argument list");
    if (l.n == 0) {
        parse_syntax_error(p, closing, "expected type argument list");
        AstNode *n = parse_node(p, N_IndexExpr, opening);
        n->u.index.x = typ;
        n->u.index.lbrack = opening;
        n->u.index.rbrack = closing;
        n->u.index.index = parse_bad(p, closing);
        return n;
    }
    return pack_index(p, typ, opening, l, closing);
}

static AstNode *qualified_ident(Parser *p, AstNode *ident) {
    AstNode *t = type_name(p, ident);
    if (p->tok == TK_LBRACK) t = type_instance(p, t);
    return t;
}

AstNode *parse_array_type(Parser *p, Pos lbrack, AstNode *len) {
    if (!len) {
        p->exprlev++;
        if (p->tok == TK_ELLIPSIS) {
            len = parse_node(p, N_Ellipsis, p->pos);
            parse_next(p);
        } else if (p->tok != TK_RBRACK) {
            len = parse_rhs(p);
        }
        p->exprlev--;
    }
    if (p->tok == TK_COMMA) {
        parse_syntax_error(p, p->pos, "unexpected comma; expecting ]");
        parse_next(p);
    }
    parse_expect(p, TK_RBRACK, NULL);
    AstNode *n = parse_node(p, N_ArrayType, lbrack);
    n->u.array.len = len;
    n->u.array.elt = parse_type(p);
    return n;
}

/* array_or_instance parses "[...]" after a field or parameter name x:
 * either x's array type or an instantiated embedded type x[...]; *name is
 * set to NULL in the second case. */
static AstNode *array_or_instance(Parser *p, AstNode **name) {
    AstNode *x = *name;
    Pos lbrack = parse_expect(p, TK_LBRACK, NULL);
    Pos trailing = {0};
    int mark = p->sn;
    if (p->tok != TK_RBRACK) {
        p->exprlev++;
        parse_push(p, parse_rhs(p));
        while (p->tok == TK_COMMA) {
            Pos comma = p->pos;
            parse_next(p);
            if (p->tok == TK_RBRACK) {
                trailing = comma;
                break;
            }
            parse_push(p, parse_rhs(p));
        }
        p->exprlev--;
    }
    AstList args = parse_list(p, mark);
    Pos rbrack = parse_expect(p, TK_RBRACK, NULL);
    if (args.n == 0) {
        AstNode *n = parse_node(p, N_ArrayType, lbrack);
        n->u.array.elt = parse_type(p);
        return n;
    }
    if (args.n == 1) {
        AstNode *elt = parse_try_type(p);
        if (elt) {
            if (trailing.file) parse_syntax_error(p, trailing, "unexpected comma; expecting ]");
            AstNode *n = parse_node(p, N_ArrayType, lbrack);
            n->u.array.len = args.a[0];
            n->u.array.elt = elt;
            return n;
        }
    }
    *name = NULL;
    return pack_index(p, x, lbrack, args, rbrack);
}

static AstNode *field_list(Parser *p, Pos opening, AstList l, Pos closing) {
    AstNode *n = parse_node(p, N_FieldList, opening);
    n->u.fields.opening = opening;
    n->u.fields.closing = closing;
    n->u.fields.list = l;
    return n;
}

static AstNode *new_field(Parser *p, AstList names, AstNode *type, AstNode *tag) {
    Pos pos = names.n ? names.a[0]->pos : type ? ast_start(type) : p->pos;
    AstNode *f = parse_node(p, N_Field, pos);
    f->u.field.names = names;
    f->u.field.type = type;
    f->u.field.tag = tag;
    return f;
}

static AstNode *star_of(Parser *p, Pos star, AstNode *x) {
    AstNode *n = parse_node(p, N_StarExpr, star);
    n->u.star.x = x;
    return n;
}

static AstNode *field_decl(Parser *p) {
    int mark = p->sn;
    AstNode *typ = NULL;
    switch (p->tok) {
    case TK_IDENT: {
        AstNode *name = parse_ident(p);
        if (p->tok == TK_PERIOD || p->tok == TK_STRING || p->tok == TK_SEMICOLON || p->tok == TK_RBRACE) {
            typ = name;
            if (p->tok == TK_PERIOD) typ = qualified_ident(p, name);
        } else {
            parse_push(p, name);
            while (p->tok == TK_COMMA) {
                parse_next(p);
                parse_push(p, parse_ident(p));
            }
            if (p->sn - mark == 1 && p->tok == TK_LBRACK) {
                typ = array_or_instance(p, &name);
                if (!name) p->sn = mark;
            } else {
                typ = parse_type(p);
            }
        }
        break;
    }
    case TK_MUL: {
        Pos star = p->pos;
        parse_next(p);
        if (p->tok == TK_LPAREN) {
            parse_syntax_error(p, p->pos, "cannot parenthesize embedded type");
            parse_next(p);
            typ = qualified_ident(p, NULL);
            parse_got(p, TK_RPAREN);
        } else {
            typ = qualified_ident(p, NULL);
        }
        typ = star_of(p, star, typ);
        break;
    }
    case TK_LPAREN:
        parse_syntax_error(p, p->pos, "cannot parenthesize embedded type");
        parse_next(p);
        if (p->tok == TK_MUL) {
            Pos star = p->pos;
            parse_next(p);
            typ = star_of(p, star, qualified_ident(p, NULL));
        } else {
            typ = qualified_ident(p, NULL);
        }
        parse_got(p, TK_RPAREN);
        break;
    default: {
        Pos pos = p->pos;
        parse_syntax_error(p, pos, "expected field name or embedded type");
        parse_advance(p, parse_expr_end);
        typ = parse_bad(p, pos);
    }
    }
    AstNode *tag = p->tok == TK_STRING ? basic_lit(p) : NULL;
    AstList names = parse_list(p, mark);
    parse_expect_semi(p, "in struct type; possibly missing semicolon or newline or }");
    return new_field(p, names, typ, tag);
}

static AstNode *struct_type(Parser *p) {
    Pos pos = parse_expect(p, TK_STRUCT, NULL);
    Pos lbrace = parse_expect(p, TK_LBRACE, "expected {");
    int mark = p->sn;
    while (p->tok == TK_IDENT || p->tok == TK_MUL || p->tok == TK_LPAREN) parse_push(p, field_decl(p));
    AstList l = parse_list(p, mark);
    Pos rbrace = parse_expect(p, TK_RBRACE, NULL);
    AstNode *n = parse_node(p, N_StructType, pos);
    n->u.strct.fields = field_list(p, lbrace, l, rbrace);
    return n;
}

static AstNode *dots_type(Parser *p) {
    AstNode *n = parse_node(p, N_Ellipsis, p->pos);
    parse_next(p);
    n->u.ellipsis.elt = parse_try_type(p);
    if (!n->u.ellipsis.elt) {
        parse_syntax_error(p, p->pos, "... is missing type");
        return parse_bad(p, n->pos);
    }
    return n;
}

static AstNode *embedded_term(Parser *p) {
    if (p->tok == TK_TILDE) {
        AstNode *n = parse_node(p, N_UnaryExpr, p->pos);
        n->u.unary.op = TK_TILDE;
        parse_next(p);
        n->u.unary.x = parse_type(p);
        return n;
    }
    return type_or_error(p, "expected ~ term or type");
}

static AstNode *embedded_elem(Parser *p, AstNode *x) {
    if (!x) x = embedded_term(p);
    while (p->tok == TK_OR) {
        AstNode *b = parse_node(p, N_BinaryExpr, p->pos);
        b->u.binary.op = TK_OR;
        parse_next(p);
        b->u.binary.x = x;
        b->u.binary.y = embedded_term(p);
        x = b;
    }
    return x;
}

/* ---- parameter lists ---------------------------------------------------- */

typedef struct Param {
    AstNode *name, *typ;
} Param;

typedef Vec(Param) Params;

static Param param_decl(Parser *p, AstNode *name, bool tsets) {
    Param f = {NULL, NULL};
    Tok t = name ? TK_IDENT : p->tok;
    if (!name && tsets && p->tok == TK_TILDE) {
        f.typ = embedded_elem(p, NULL);
        return f;
    }
    switch (t) {
    case TK_IDENT:
        f.name = name ? name : parse_ident(p);
        switch (p->tok) {
        case TK_IDENT: case TK_MUL: case TK_ARROW: case TK_FUNC: case TK_CHAN: case TK_MAP:
        case TK_STRUCT: case TK_INTERFACE: case TK_LPAREN:
            f.typ = parse_type(p);
            break;
        case TK_LBRACK:
            f.typ = array_or_instance(p, &f.name);
            break;
        case TK_ELLIPSIS:
            f.typ = dots_type(p);
            return f;
        case TK_PERIOD:
            f.typ = qualified_ident(p, f.name);
            f.name = NULL;
            break;
        case TK_TILDE:
            if (tsets) {
                f.typ = embedded_elem(p, NULL);
                return f;
            }
            break;
        case TK_OR:
            if (tsets) {
                f.typ = embedded_elem(p, f.name);
                f.name = NULL;
                return f;
            }
            break;
        default: break;
        }
        break;
    case TK_MUL: case TK_ARROW: case TK_FUNC: case TK_LBRACK: case TK_CHAN: case TK_MAP:
    case TK_STRUCT: case TK_INTERFACE: case TK_LPAREN:
        f.typ = parse_type(p);
        break;
    case TK_ELLIPSIS:
        f.typ = dots_type(p);
        return f;
    default:
        parse_syntax_error(p, p->pos, "expected )");
        parse_advance(p, parse_expr_end);
    }
    if (tsets && p->tok == TK_OR && f.typ) f.typ = embedded_elem(p, f.typ);
    return f;
}

/* fix_params completes a list where some parameters are named (go/parser's
 * rules), reporting missing names or types. */
static void fix_params(Parser *p, Params *l, int named, int typed, bool tparams, Pos pos0) {
    if (named == 0) {
        for (int i = 0; i < l->n; i++)
            if (l->a[i].name) l->a[i].typ = l->a[i].name, l->a[i].name = NULL;
        if (tparams) {
            if (named == typed) parse_syntax_error(p, p->pos, "missing type constraint");
            else parse_syntax_error(p, pos0, l->n == 1 ? "missing type parameter name or invalid array length"
                                                   : "missing type parameter name");
        }
        return;
    }
    if (named == l->n) return;
    Pos errpos = {0};
    AstNode *typ = NULL;
    for (int i = l->n - 1; i >= 0; i--) {
        Param *par = &l->a[i];
        if (par->typ) {
            typ = par->typ;
            if (!par->name) {
                errpos = ast_start(typ);
                AstNode *n = parse_node(p, N_Ident, errpos);
                n->u.ident.name = syn_intern("_", 1);
                par->name = n;
            }
        } else if (typ) {
            par->typ = typ;
        } else {
            errpos = par->name->pos;
            par->typ = parse_bad(p, errpos);
        }
    }
    if (errpos.file) {
        const char *msg;
        if (named == typed) {
            errpos = p->pos;
            msg = tparams ? "missing type constraint" : "missing parameter type";
        } else {
            msg = tparams ? (l->n == 1 ? "missing type parameter name or invalid array length"
                                       : "missing type parameter name")
                          : "missing parameter name";
        }
        parse_syntax_error(p, errpos, msg);
    }
}

static AstList param_list(Parser *p, AstNode *name0, AstNode *typ0, Tok closing, bool dddok) {
    bool tparams = closing == TK_RBRACK;
    Pos pos0 = name0 ? name0->pos : typ0 ? ast_start(typ0) : p->pos;
    Params l = {0};
    int named = 0, typed = 0;
    while (name0 || (p->tok != closing && p->tok != TK_EOF)) {
        Param par;
        if (typ0) {
            if (tparams) typ0 = embedded_elem(p, typ0);
            par = (Param){name0, typ0};
        } else {
            par = param_decl(p, name0, tparams);
        }
        name0 = typ0 = NULL;
        if (par.name || par.typ) {
            vec_push(&l, par);
            if (par.name && par.typ) named++;
            if (par.typ) typed++;
        }
        if (!parse_at_comma(p, "parameter list", closing)) break;
        parse_next(p);
    }
    AstList out = {NULL, 0};
    if (l.n == 0) return out;
    fix_params(p, &l, named, typed, tparams, pos0);
    bool first = true;
    for (int i = 0; i < l.n; i++) {
        AstNode *t = l.a[i].typ;
        if (t && t->kind == N_Ellipsis && (!dddok || i + 1 < l.n)) {
            if (first) {
                first = false;
                parse_error(p, t->pos, dddok ? "can only use ... with final parameter" : "invalid use of ...");
            }
            AstNode *b = parse_node(p, N_Bad, t->pos);
            b->u.bad.from = b->u.bad.to = t->pos;
            l.a[i].typ = b;
        }
    }
    int mark = p->sn;
    if (named == 0) {
        AstList none = {NULL, 0};
        for (int i = 0; i < l.n; i++) parse_push(p, new_field(p, none, l.a[i].typ, NULL));
    } else {
        for (int i = 0; i < l.n;) {
            int j = i, nm = p->sn;
            AstNode *typ = l.a[i].typ;
            for (; j < l.n && l.a[j].typ == typ; j++) parse_push(p, l.a[j].name);
            AstList names = parse_list(p, nm);
            parse_push(p, new_field(p, names, typ, NULL));
            i = j;
        }
    }
    vec_free(&l);
    return parse_list(p, mark);
}

AstNode *parse_param_list_fields(Parser *p, AstNode *name0, AstNode *typ0, Tok closing, Pos opening) {
    AstList l = param_list(p, name0, typ0, closing, false);
    Pos close = parse_expect(p, closing, NULL);
    return field_list(p, opening, l, close);
}

AstNode *parse_type_params(Parser *p) {
    Pos lbrack = parse_expect(p, TK_LBRACK, NULL);
    AstList l = {NULL, 0};
    if (p->tok != TK_RBRACK) l = param_list(p, NULL, NULL, TK_RBRACK, false);
    Pos rbrack = parse_expect(p, TK_RBRACK, NULL);
    if (l.n == 0) {
        parse_syntax_error(p, rbrack, "empty type parameter list");
        return NULL;
    }
    return field_list(p, lbrack, l, rbrack);
}

AstNode *parse_params(Parser *p, bool result) {
    if (!result || p->tok == TK_LPAREN) {
        Pos lparen = parse_expect(p, TK_LPAREN, NULL);
        AstList l = {NULL, 0};
        if (p->tok != TK_RPAREN) l = param_list(p, NULL, NULL, TK_RPAREN, !result);
        Pos rparen = parse_expect(p, TK_RPAREN, NULL);
        return field_list(p, lparen, l, rparen);
    }
    AstNode *t = parse_try_type(p);
    if (!t) return NULL;
    AstNode **a = parse_cut(p, sizeof *a);
    AstList none = {NULL, 0};
    a[0] = new_field(p, none, t, NULL);
    AstNode *fl = field_list(p, (Pos){0}, (AstList){a, 1}, (Pos){0});
    fl->pos = ast_start(t);
    return fl;
}

static AstNode *func_type(Parser *p, Pos func, AstNode *params, AstNode *results) {
    AstNode *n = parse_node(p, N_FuncType, func.file ? func : params ? params->pos : p->pos);
    n->u.functype.func = func;
    n->u.functype.params = params;
    n->u.functype.results = results;
    return n;
}

static AstNode *parse_func_type(Parser *p) {
    Pos pos = parse_expect(p, TK_FUNC, NULL);
    if (p->tok == TK_LBRACK) {
        AstNode *tp = parse_type_params(p);
        if (tp) parse_syntax_error(p, tp->u.fields.opening, "function type must have no type parameters");
    }
    AstNode *params = parse_params(p, false);
    AstNode *results = parse_params(p, true);
    return func_type(p, pos, params, results);
}

/* ---- interfaces, maps, channels ----------------------------------------- */

static AstNode *method_spec(Parser *p) {
    AstNode *x = type_name(p, NULL), *typ;
    AstList idents = {NULL, 0};
    if (x->kind != N_Ident) {
        typ = x;
        if (p->tok == TK_LBRACK) typ = type_instance(p, typ);
        return new_field(p, idents, typ, NULL);
    }
    AstNode *ident = x;
    if (p->tok == TK_LBRACK) {
        Pos lbrack = p->pos;
        parse_next(p);
        p->exprlev++;
        AstNode *e = parse_expr(p);
        p->exprlev--;
        if (e->kind == N_Ident && p->tok != TK_COMMA && p->tok != TK_RBRACK) {
            param_list(p, e, NULL, TK_RBRACK, false);
            parse_expect(p, TK_RBRACK, NULL);
            parse_error(p, lbrack, "interface method must have no type parameters");
            AstNode *params = parse_params(p, false);
            AstNode *results = parse_params(p, true);
            typ = func_type(p, (Pos){0}, params, results);
        } else {
            int mark = p->sn;
            parse_push(p, e);
            if (parse_at_comma(p, "type argument list", TK_RBRACK)) {
                p->exprlev++;
                parse_next(p);
                while (p->tok != TK_RBRACK && p->tok != TK_EOF) {
                    parse_push(p, parse_type(p));
                    if (!parse_at_comma(p, "type argument list", TK_RBRACK)) break;
                    parse_next(p);
                }
                p->exprlev--;
            }
            AstList l = parse_list(p, mark);
            Pos rbrack = expect_closing(p, TK_RBRACK, "type argument list");
            return new_field(p, idents, pack_index(p, ident, lbrack, l, rbrack), NULL);
        }
    } else if (p->tok == TK_LPAREN) {
        AstNode *params = parse_params(p, false);
        AstNode *results = parse_params(p, true);
        typ = func_type(p, (Pos){0}, params, results);
    } else {
        return new_field(p, idents, x, NULL);
    }
    AstNode **a = parse_cut(p, sizeof *a);
    a[0] = ident;
    return new_field(p, (AstList){a, 1}, typ, NULL);
}

static AstNode *interface_type(Parser *p) {
    Pos pos = parse_expect(p, TK_INTERFACE, NULL);
    Pos lbrace = parse_expect(p, TK_LBRACE, "expected {");
    int mark = p->sn;
    for (;;) {
        AstNode *f;
        if (p->tok == TK_IDENT) {
            f = method_spec(p);
            if (f->u.field.names.n == 0) f->u.field.type = embedded_elem(p, f->u.field.type);
        } else if (p->tok == TK_TILDE) {
            AstList none = {NULL, 0};
            f = new_field(p, none, embedded_elem(p, NULL), NULL);
        } else {
            AstNode *t = parse_try_type(p);
            if (!t) break;
            AstList none = {NULL, 0};
            f = new_field(p, none, embedded_elem(p, t), NULL);
        }
        parse_expect_semi(p, "in interface type; possibly missing semicolon or newline or }");
        parse_push(p, f);
    }
    AstList l = parse_list(p, mark);
    Pos rbrace = parse_expect(p, TK_RBRACE, NULL);
    AstNode *n = parse_node(p, N_InterfaceType, pos);
    n->u.iface.methods = field_list(p, lbrace, l, rbrace);
    return n;
}

static AstNode *map_type(Parser *p) {
    AstNode *n = parse_node(p, N_MapType, parse_expect(p, TK_MAP, NULL));
    parse_expect(p, TK_LBRACK, NULL);
    n->u.map.key = parse_type(p);
    parse_expect(p, TK_RBRACK, NULL);
    n->u.map.value = parse_type(p);
    return n;
}

static AstNode *chan_type(Parser *p) {
    AstNode *n = parse_node(p, N_ChanType, p->pos);
    int dir = AST_SEND | AST_RECV;
    Pos arrow = {0};
    if (p->tok == TK_CHAN) {
        parse_next(p);
        if (p->tok == TK_ARROW) {
            arrow = p->pos;
            parse_next(p);
            dir = AST_SEND;
        }
    } else {
        arrow = parse_expect(p, TK_ARROW, NULL);
        parse_expect(p, TK_CHAN, NULL);
        dir = AST_RECV;
    }
    n->u.chan.arrow = arrow;
    n->u.chan.dir = dir;
    n->u.chan.value = parse_try_type(p);
    if (!n->u.chan.value) {
        parse_syntax_error(p, p->pos, "missing channel element type");
        n->u.chan.value = parse_bad(p, p->pos);
    }
    return n;
}

static AstNode *try_type1(Parser *p) {
    switch (p->tok) {
    case TK_IDENT: {
        AstNode *t = type_name(p, NULL);
        if (p->tok == TK_LBRACK) t = type_instance(p, t);
        return t;
    }
    case TK_LBRACK: {
        Pos lbrack = parse_expect(p, TK_LBRACK, NULL);
        return parse_array_type(p, lbrack, NULL);
    }
    case TK_STRUCT: return struct_type(p);
    case TK_MUL: {
        Pos star = p->pos;
        parse_next(p);
        return star_of(p, star, parse_type(p));
    }
    case TK_FUNC: return parse_func_type(p);
    case TK_INTERFACE: return interface_type(p);
    case TK_MAP: return map_type(p);
    case TK_CHAN: case TK_ARROW: return chan_type(p);
    case TK_LPAREN: {
        AstNode *n = parse_node(p, N_ParenExpr, p->pos);
        n->u.paren.lparen = p->pos;
        parse_next(p);
        n->u.paren.x = parse_type(p);
        n->u.paren.rparen = parse_expect(p, TK_RPAREN, NULL);
        return n;
    }
    default: return NULL;
    }
}

AstNode *parse_try_type(Parser *p) {
    if (!parse_enter(p)) return parse_bad(p, p->pos);
    AstNode *t = try_type1(p);
    parse_leave(p);
    return t;
}

/* ---- operands and primary expressions ----------------------------------- */

AstNode *parse_func_type_or_lit(Parser *p) {
    AstNode *typ = parse_func_type(p);
    if (p->tok != TK_LBRACE) return typ;
    p->exprlev++;
    AstNode *body = parse_block(p);
    p->exprlev--;
    AstNode *n = parse_node(p, N_FuncLit, typ->pos);
    n->u.funclit.type = typ;
    n->u.funclit.body = body;
    return n;
}

static AstNode *operand(Parser *p) {
    switch (p->tok) {
    case TK_IDENT: return parse_ident(p);
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: return basic_lit(p);
    case TK_LPAREN: {
        AstNode *n = parse_node(p, N_ParenExpr, p->pos);
        n->u.paren.lparen = p->pos;
        parse_next(p);
        p->exprlev++;
        n->u.paren.x = parse_rhs(p);
        p->exprlev--;
        n->u.paren.rparen = parse_expect(p, TK_RPAREN, NULL);
        return n;
    }
    case TK_FUNC: return parse_func_type_or_lit(p);
    default: break;
    }
    AstNode *t = parse_try_type(p);
    if (t) return t;
    Pos pos = p->pos;
    parse_syntax_error(p, pos, "expected expression");
    parse_advance(p, parse_stmt_start);
    return parse_bad(p, pos);
}

static AstNode *type_assertion(Parser *p, AstNode *x, Pos dot) {
    AstNode *n = parse_node(p, N_TypeAssertExpr, p->pos);
    n->u.assert.dot = dot;
    n->u.assert.x = x;
    n->u.assert.lparen = parse_expect(p, TK_LPAREN, NULL);
    if (p->tok == TK_TYPE) parse_next(p);
    else n->u.assert.type = parse_type(p);
    n->u.assert.rparen = parse_expect(p, TK_RPAREN, NULL);
    return n;
}

static AstNode *index_or_slice(Parser *p, AstNode *x) {
    Pos lbrack = parse_expect(p, TK_LBRACK, NULL);
    if (p->tok == TK_RBRACK) {
        parse_syntax_error(p, p->pos, "expected operand");
        Pos rbrack = p->pos;
        parse_next(p);
        AstNode *n = parse_node(p, N_IndexExpr, lbrack);
        n->u.index.x = x;
        n->u.index.lbrack = lbrack;
        n->u.index.rbrack = rbrack;
        n->u.index.index = parse_node(p, N_Bad, rbrack);
        n->u.index.index->u.bad.from = n->u.index.index->u.bad.to = rbrack;
        return n;
    }
    p->exprlev++;
    AstNode *index[3] = {NULL, NULL, NULL};
    Pos colons[2] = {{0}, {0}};
    int ncolons = 0, mark = p->sn;
    bool list = false;
    if (p->tok != TK_COLON) index[0] = parse_rhs(p);
    if (p->tok == TK_COLON) {
        while (p->tok == TK_COLON && ncolons < 2) {
            colons[ncolons++] = p->pos;
            parse_next(p);
            if (p->tok != TK_COLON && p->tok != TK_RBRACK && p->tok != TK_EOF) index[ncolons] = parse_rhs(p);
        }
    } else if (p->tok == TK_COMMA) {
        list = true;
        parse_push(p, index[0]);
        while (p->tok == TK_COMMA) {
            parse_next(p);
            if (p->tok != TK_RBRACK && p->tok != TK_EOF) parse_push(p, parse_type(p));
        }
    }
    p->exprlev--;
    AstList args = parse_list(p, mark);
    Pos rbrack = parse_expect(p, TK_RBRACK, NULL);
    if (ncolons > 0) {
        AstNode *n = parse_node(p, N_SliceExpr, lbrack);
        if (ncolons == 2) {
            n->u.slice.slice3 = true;
            if (!index[1]) {
                parse_error(p, colons[1], "middle index required in 3-index slice");
                index[1] = parse_bad(p, colons[1]);
            }
            if (!index[2]) {
                parse_error(p, rbrack, "final index required in 3-index slice");
                index[2] = parse_bad(p, rbrack);
            }
        }
        n->u.slice.x = x;
        n->u.slice.lbrack = lbrack;
        n->u.slice.rbrack = rbrack;
        n->u.slice.low = index[0];
        n->u.slice.high = index[1];
        n->u.slice.max = index[2];
        return n;
    }
    if (!list) {
        AstNode *n = parse_node(p, N_IndexExpr, lbrack);
        n->u.index.x = x;
        n->u.index.lbrack = lbrack;
        n->u.index.rbrack = rbrack;
        n->u.index.index = index[0];
        return n;
    }
    return pack_index(p, x, lbrack, args, rbrack);
}

static AstNode *call(Parser *p, AstNode *fun) {
    AstNode *n = parse_node(p, N_CallExpr, p->pos);
    n->u.call.fun = fun;
    n->u.call.lparen = parse_expect(p, TK_LPAREN, NULL);
    p->exprlev++;
    int mark = p->sn;
    while (p->tok != TK_RPAREN && p->tok != TK_EOF && !n->u.call.ellipsis.file) {
        parse_push(p, parse_rhs(p));
        if (p->tok == TK_ELLIPSIS) {
            n->u.call.ellipsis = p->pos;
            parse_next(p);
        }
        if (!parse_at_comma(p, "argument list", TK_RPAREN)) break;
        parse_next(p);
    }
    p->exprlev--;
    n->u.call.args = parse_list(p, mark);
    n->u.call.rparen = expect_closing(p, TK_RPAREN, "argument list");
    return n;
}

static AstNode *element(Parser *p) {
    AstNode *x = p->tok == TK_LBRACE ? parse_literal_value(p, NULL) : parse_expr(p);
    if (p->tok != TK_COLON) return x;
    AstNode *kv = parse_node(p, N_KeyValueExpr, p->pos);
    kv->u.kv.key = x;
    kv->u.kv.colon = p->pos;
    parse_next(p);
    kv->u.kv.value = p->tok == TK_LBRACE ? parse_literal_value(p, NULL) : parse_expr(p);
    return kv;
}

AstNode *parse_literal_value(Parser *p, AstNode *type) {
    if (!parse_enter(p)) return parse_bad(p, p->pos);
    AstNode *n = parse_node(p, N_CompositeLit, p->pos);
    n->u.complit.type = type;
    n->u.complit.lbrace = parse_expect(p, TK_LBRACE, NULL);
    n->u.complit.elts = comma_list(p, element, "composite literal", TK_RBRACE);
    n->u.complit.rbrace = expect_closing(p, TK_RBRACE, "composite literal");
    parse_leave(p);
    return n;
}

static bool complit_ok(Parser *p, AstNode *x) {
    AstNode *t = parse_unparen(x);
    switch (t->kind) {
    case N_Bad: case N_Ident: case N_SelectorExpr: case N_IndexExpr: case N_IndexListExpr:
        if (p->exprlev < 0) return false;
        break;
    case N_ArrayType: case N_StructType: case N_MapType: break;
    default: return false;
    }
    if (t != x) parse_syntax_error(p, ast_start(t), "cannot parenthesize type in composite literal");
    return true;
}

AstNode *parse_primary(Parser *p, AstNode *x) {
    if (!x) x = operand(p);
    for (;;) {
        switch (p->tok) {
        case TK_PERIOD: {
            Pos dot = p->pos;
            parse_next(p);
            if (p->tok == TK_IDENT) {
                AstNode *sel = parse_ident(p);
                AstNode *n = parse_node(p, N_SelectorExpr, sel->pos);
                n->u.sel.dot = dot;
                n->u.sel.x = x;
                n->u.sel.sel = sel;
                x = n;
            } else if (p->tok == TK_LPAREN) {
                x = type_assertion(p, x, dot);
            } else {
                Pos pos = p->pos;
                parse_syntax_error(p, pos, "expected name or (");
                if (p->tok != TK_RBRACE) parse_next(p);
                AstNode *sel = parse_node(p, N_Ident, pos);
                sel->u.ident.name = syn_intern("_", 1);
                AstNode *n = parse_node(p, N_SelectorExpr, pos);
                n->u.sel.dot = dot;
                n->u.sel.x = x;
                n->u.sel.sel = sel;
                x = n;
            }
            break;
        }
        case TK_LBRACK: x = index_or_slice(p, x); break;
        case TK_LPAREN: x = call(p, x); break;
        case TK_LBRACE:
            if (!complit_ok(p, x)) return x;
            x = parse_literal_value(p, x);
            break;
        default: return x;
        }
    }
}

/* ---- unary and binary expressions ----------------------------------------- */

/* recv_chan turns "<-" applied to a channel type into a receive-only
 * channel type, reassociating "<-chan chan T" as go/parser does. */
static AstNode *recv_chan(Parser *p, Pos arrow, AstNode *x) {
    AstNode *typ = x;
    int dir = AST_SEND;
    while (typ && typ->kind == N_ChanType && dir == AST_SEND) {
        if (typ->u.chan.dir == AST_RECV) parse_syntax_error(p, typ->u.chan.arrow, "expected chan");
        Pos a = typ->u.chan.arrow;
        typ->pos = arrow;
        typ->u.chan.arrow = arrow;
        arrow = a;
        dir = typ->u.chan.dir;
        typ->u.chan.dir = AST_RECV;
        typ = typ->u.chan.value;
    }
    if (dir == AST_SEND) parse_syntax_error(p, arrow, "expected channel type");
    return x;
}

static AstNode *unary1(Parser *p) {
    switch (p->tok) {
    case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_AND: case TK_TILDE: case TK_ARROW: {
        Pos pos = p->pos;
        Tok op = p->tok;
        parse_next(p);
        AstNode *x = unary(p);
        if (op == TK_ARROW && x->kind == N_ChanType) return recv_chan(p, pos, x);
        AstNode *n = parse_node(p, N_UnaryExpr, pos);
        n->u.unary.op = op;
        n->u.unary.x = x;
        return n;
    }
    case TK_MUL: {
        Pos pos = p->pos;
        parse_next(p);
        return star_of(p, pos, unary(p));
    }
    default: return parse_primary(p, NULL);
    }
}

static AstNode *unary(Parser *p) {
    if (!parse_enter(p)) return parse_bad(p, p->pos);
    AstNode *x = unary1(p);
    parse_leave(p);
    return x;
}

AstNode *parse_binary(Parser *p, AstNode *x, int prec1) {
    if (!x) x = unary(p);
    for (;;) {
        Tok op = p->tok;
        if (p->inrhs && op == TK_ASSIGN) op = TK_EQL;
        int prec = lex_precs[op];
        if (prec < prec1) return x;
        AstNode *n = parse_node(p, N_BinaryExpr, parse_expect(p, op, NULL));
        n->u.binary.op = op;
        n->u.binary.x = x;
        n->u.binary.y = parse_binary(p, NULL, prec + 1);
        x = n;
    }
}

AstNode *parse_expr(Parser *p) { return parse_binary(p, NULL, 1); }

AstNode *parse_rhs(Parser *p) {
    bool old = p->inrhs;
    p->inrhs = true;
    AstNode *x = parse_expr(p);
    p->inrhs = old;
    return x;
}

AstList parse_expr_list(Parser *p, bool inrhs) {
    bool old = p->inrhs;
    p->inrhs = inrhs;
    int mark = p->sn;
    parse_push(p, parse_expr(p));
    while (p->tok == TK_COMMA) {
        parse_next(p);
        parse_push(p, parse_expr(p));
    }
    p->inrhs = old;
    return parse_list(p, mark);
}
