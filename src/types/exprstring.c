/* exprstring.c: expressions as error messages print them (types2's
 * ExprString, which is the syntax printer's short form: function bodies
 * and composite literal contents elided as {…}). */
#include "types/check.h"

static void wexpr(StrBuf *b, const AstNode *e);

static void wlist(StrBuf *b, AstList l) {
    for (int i = 0; i < l.n; i++) {
        if (i) sb_puts(b, ", ");
        wexpr(b, l.a[i]);
    }
}

static void wfields(StrBuf *b, const AstNode *fl, const char *sep) {
    if (!fl) return;
    for (int i = 0; i < fl->u.fields.list.n; i++) {
        const AstNode *f = fl->u.fields.list.a[i];
        if (i) sb_puts(b, sep);
        for (int j = 0; j < f->u.field.names.n; j++) {
            if (j) sb_puts(b, ", ");
            wexpr(b, f->u.field.names.a[j]);
        }
        if (f->u.field.names.n && f->u.field.type) sb_putc(b, ' ');
        if (f->u.field.type) wexpr(b, f->u.field.type);
    }
}

static void wsig(StrBuf *b, const AstNode *ft) {
    if (ft->u.functype.tparams) {
        sb_putc(b, '[');
        wfields(b, ft->u.functype.tparams, ", ");
        sb_putc(b, ']');
    }
    sb_putc(b, '(');
    wfields(b, ft->u.functype.params, ", ");
    sb_putc(b, ')');
    const AstNode *r = ft->u.functype.results;
    if (!r || !r->u.fields.list.n) return;
    sb_putc(b, ' ');
    if (r->u.fields.list.n == 1 && !r->u.fields.list.a[0]->u.field.names.n) {
        wexpr(b, r->u.fields.list.a[0]->u.field.type);
        return;
    }
    sb_putc(b, '(');
    wfields(b, r, ", ");
    sb_putc(b, ')');
}

static void wexpr(StrBuf *b, const AstNode *e) {
    if (!e) return;
    switch (e->kind) {
    case N_Bad: sb_puts(b, "BadExpr"); break;
    case N_Ident: sb_puts(b, e->u.ident.name->s); break;
    case N_BasicLit: sb_putn(b, e->u.lit.val, e->u.lit.len); break;
    case N_Ellipsis:
        sb_puts(b, "...");
        wexpr(b, e->u.ellipsis.elt);
        break;
    case N_FuncLit:
        sb_puts(b, "func");
        wsig(b, e->u.funclit.type);
        sb_puts(b, " {…}");
        break;
    case N_CompositeLit:
        wexpr(b, e->u.complit.type);
        sb_puts(b, e->u.complit.elts.n ? "{…}" : "{}");
        break;
    case N_ParenExpr:
        sb_putc(b, '(');
        wexpr(b, e->u.paren.x);
        sb_putc(b, ')');
        break;
    case N_SelectorExpr:
        wexpr(b, e->u.sel.x);
        sb_putc(b, '.');
        wexpr(b, e->u.sel.sel);
        break;
    case N_IndexExpr:
        wexpr(b, e->u.index.x);
        sb_putc(b, '[');
        wexpr(b, e->u.index.index);
        sb_putc(b, ']');
        break;
    case N_IndexListExpr:
        wexpr(b, e->u.index.x);
        sb_putc(b, '[');
        wlist(b, e->u.index.indices);
        sb_putc(b, ']');
        break;
    case N_SliceExpr:
        wexpr(b, e->u.slice.x);
        sb_putc(b, '[');
        wexpr(b, e->u.slice.low);
        sb_putc(b, ':');
        wexpr(b, e->u.slice.high);
        if (e->u.slice.slice3) {
            sb_putc(b, ':');
            wexpr(b, e->u.slice.max);
        }
        sb_putc(b, ']');
        break;
    case N_TypeAssertExpr:
        wexpr(b, e->u.assert.x);
        sb_puts(b, ".(");
        if (e->u.assert.type) wexpr(b, e->u.assert.type);
        else sb_puts(b, "type");
        sb_putc(b, ')');
        break;
    case N_CallExpr:
        wexpr(b, e->u.call.fun);
        sb_putc(b, '(');
        wlist(b, e->u.call.args);
        if (e->u.call.ellipsis.file) sb_puts(b, "...");
        sb_putc(b, ')');
        break;
    case N_StarExpr:
        sb_putc(b, '*');
        wexpr(b, e->u.star.x);
        break;
    case N_UnaryExpr:
        sb_puts(b, tok_string(e->u.unary.op));
        wexpr(b, e->u.unary.x);
        break;
    case N_BinaryExpr:
        wexpr(b, e->u.binary.x);
        sb_printf(b, " %s ", tok_string(e->u.binary.op));
        wexpr(b, e->u.binary.y);
        break;
    case N_KeyValueExpr:
        wexpr(b, e->u.kv.key);
        sb_puts(b, ": ");
        wexpr(b, e->u.kv.value);
        break;
    case N_ArrayType:
        sb_putc(b, '[');
        wexpr(b, e->u.array.len);
        sb_putc(b, ']');
        wexpr(b, e->u.array.elt);
        break;
    case N_StructType:
        sb_puts(b, "struct{");
        wfields(b, e->u.strct.fields, "; ");
        sb_putc(b, '}');
        break;
    case N_FuncType:
        sb_puts(b, "func");
        wsig(b, e);
        break;
    case N_InterfaceType:
        sb_puts(b, "interface{");
        if (e->u.iface.methods) {
            AstList l = e->u.iface.methods->u.fields.list;
            for (int i = 0; i < l.n; i++) {
                const AstNode *f = l.a[i];
                if (i) sb_puts(b, "; ");
                if (f->u.field.names.n && f->u.field.type && f->u.field.type->kind == N_FuncType) {
                    wexpr(b, f->u.field.names.a[0]);
                    wsig(b, f->u.field.type);
                } else wexpr(b, f->u.field.type);
            }
        }
        sb_putc(b, '}');
        break;
    case N_MapType:
        sb_puts(b, "map[");
        wexpr(b, e->u.map.key);
        sb_putc(b, ']');
        wexpr(b, e->u.map.value);
        break;
    case N_ChanType:
        if (e->u.chan.dir == AST_RECV) sb_puts(b, "<-chan ");
        else if (e->u.chan.dir == AST_SEND) sb_puts(b, "chan<- ");
        else sb_puts(b, "chan ");
        wexpr(b, e->u.chan.value);
        break;
    default: sb_printf(b, "(%s)", ast_kind_names[e->kind]); break;
    }
}

void expr_write(StrBuf *b, const AstNode *e) { wexpr(b, e); }
