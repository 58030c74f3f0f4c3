/* dump.c: the AST dump of docs/ast-dump.md (one line per node, go/ast
 * field order, QuoteToASCII strings).
 * Output goes through a private buffer: dumps of all of std are large. */
#include <string.h>

#include "syntax/syntax.h"

/* ---- output buffer ------------------------------------------------------ */

typedef struct Out {
    FILE *fp;
    char buf[1 << 16];
    size_t n;
} Out;

static void flush(Out *o) {
    fwrite(o->buf, 1, o->n, o->fp);
    o->n = 0;
}

static void put(Out *o, const char *s, size_t n) {
    if (o->n + n > sizeof o->buf) {
        flush(o);
        if (n > sizeof o->buf) {
            fwrite(s, 1, n, o->fp);
            return;
        }
    }
    memcpy(o->buf + o->n, s, n);
    o->n += n;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void putu(Out *o, uint32_t v) {
    char b[16];
    int i = 16;
    do b[--i] = (char)('0' + v % 10);
    while (v /= 10);
    put(o, b + i, (size_t)(16 - i));
}

static void quote(Out *o, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    put(o, "\"", 1);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        char b[12];
        if (c < 0x80) {
            i++;
            switch (c) {
            case '"': put(o, "\\\"", 2); continue;
            case '\\': put(o, "\\\\", 2); continue;
            case '\a': put(o, "\\a", 2); continue;
            case '\b': put(o, "\\b", 2); continue;
            case '\f': put(o, "\\f", 2); continue;
            case '\n': put(o, "\\n", 2); continue;
            case '\r': put(o, "\\r", 2); continue;
            case '\t': put(o, "\\t", 2); continue;
            case '\v': put(o, "\\v", 2); continue;
            }
            if (c < 0x20 || c == 0x7f) {
                b[0] = '\\', b[1] = 'x', b[2] = hex[c >> 4], b[3] = hex[c & 15];
                put(o, b, 4);
            } else {
                put(o, (const char *)&c, 1);
            }
            continue;
        }
        int size;
        uint32_t r = utf8_decode(s + i, n - i, &size);
        if (r == 0xFFFD && size == 1) {
            b[0] = '\\', b[1] = 'x', b[2] = hex[c >> 4], b[3] = hex[c & 15];
            put(o, b, 4);
        } else if (r < 0x10000) {
            b[0] = '\\', b[1] = 'u';
            for (int k = 0; k < 4; k++) b[2 + k] = hex[(r >> (12 - 4 * k)) & 15];
            put(o, b, 6);
        } else {
            b[0] = '\\', b[1] = 'U';
            for (int k = 0; k < 8; k++) b[2 + k] = hex[(r >> (28 - 4 * k)) & 15];
            put(o, b, 10);
        }
        i += (size_t)size;
    }
    put(o, "\"", 1);
}

void ast_quote(FILE *fp, const char *s, size_t n) {
    Out *o = xmalloc(sizeof *o);
    o->fp = fp;
    o->n = 0;
    quote(o, s, n);
    flush(o);
    free(o);
}

/* ---- fields --------------------------------------------------------------- */

static void fpos(Out *o, const char *name, Pos p) {
    put(o, " ", 1);
    puts_(o, name);
    put(o, "=", 1);
    if (!p.file) {
        put(o, "-", 1);
        return;
    }
    putu(o, p.line);
    put(o, ":", 1);
    putu(o, p.col);
}

static void ftok(Out *o, const char *name, Tok t) {
    put(o, " ", 1);
    puts_(o, name);
    put(o, "=", 1);
    puts_(o, tok_string(t));
}

static void fbool(Out *o, const char *name, bool b) {
    put(o, " ", 1);
    puts_(o, name);
    puts_(o, b ? "=true" : "=false");
}

static void node(Out *o, int depth, const char *label, int idx, const AstNode *n);

static void child(Out *o, int depth, const char *label, const AstNode *n) {
    if (n) node(o, depth, label, -1, n);
}

static void list(Out *o, int depth, const char *label, AstList l) {
    for (int i = 0; i < l.n; i++) node(o, depth, label, i, l.a[i]);
}

/* scalars prints the scalar fields of n; children its child nodes. */
static void scalars(Out *o, const AstNode *n) {
    const char *kindname = NULL;
    switch (n->kind) {
    case N_Bad: case N_BadStmt: case N_BadDecl:
        fpos(o, "From", n->u.bad.from), fpos(o, "To", n->u.bad.to);
        break;
    case N_Ident:
        fpos(o, "NamePos", n->pos);
        puts_(o, " Name=");
        quote(o, n->u.ident.name->s, n->u.ident.name->len);
        break;
    case N_BasicLit:
        fpos(o, "ValuePos", n->pos), fpos(o, "ValueEnd", n->u.lit.end);
        ftok(o, "Kind", n->u.lit.kind);
        puts_(o, " Value=");
        quote(o, n->u.lit.val, n->u.lit.len);
        break;
    case N_Ellipsis: fpos(o, "Ellipsis", n->pos); break;
    case N_CompositeLit:
        fpos(o, "Lbrace", n->u.complit.lbrace), fpos(o, "Rbrace", n->u.complit.rbrace);
        fbool(o, "Incomplete", n->u.complit.incomplete);
        break;
    case N_ParenExpr: fpos(o, "Lparen", n->u.paren.lparen), fpos(o, "Rparen", n->u.paren.rparen); break;
    case N_IndexExpr: case N_IndexListExpr:
        fpos(o, "Lbrack", n->u.index.lbrack), fpos(o, "Rbrack", n->u.index.rbrack);
        break;
    case N_SliceExpr:
        fpos(o, "Lbrack", n->u.slice.lbrack), fbool(o, "Slice3", n->u.slice.slice3);
        fpos(o, "Rbrack", n->u.slice.rbrack);
        break;
    case N_TypeAssertExpr: fpos(o, "Lparen", n->u.assert.lparen), fpos(o, "Rparen", n->u.assert.rparen); break;
    case N_CallExpr:
        fpos(o, "Lparen", n->u.call.lparen), fpos(o, "Ellipsis", n->u.call.ellipsis);
        fpos(o, "Rparen", n->u.call.rparen);
        break;
    case N_StarExpr: fpos(o, "Star", n->pos); break;
    case N_UnaryExpr: fpos(o, "OpPos", n->pos), ftok(o, "Op", n->u.unary.op); break;
    case N_BinaryExpr: fpos(o, "OpPos", n->pos), ftok(o, "Op", n->u.binary.op); break;
    case N_KeyValueExpr: fpos(o, "Colon", n->u.kv.colon); break;
    case N_ArrayType: fpos(o, "Lbrack", n->pos); break;
    case N_StructType: fpos(o, "Struct", n->pos), fbool(o, "Incomplete", n->u.strct.incomplete); break;
    case N_FuncType: fpos(o, "Func", n->u.functype.func); break;
    case N_InterfaceType: fpos(o, "Interface", n->pos), fbool(o, "Incomplete", n->u.iface.incomplete); break;
    case N_MapType: fpos(o, "Map", n->pos); break;
    case N_ChanType:
        fpos(o, "Begin", n->pos), fpos(o, "Arrow", n->u.chan.arrow);
        puts_(o, " Dir=");
        putu(o, (uint32_t)n->u.chan.dir);
        break;
    case N_FieldList: fpos(o, "Opening", n->u.fields.opening), fpos(o, "Closing", n->u.fields.closing); break;
    case N_EmptyStmt: fpos(o, "Semicolon", n->pos), fbool(o, "Implicit", n->u.empty.implicit); break;
    case N_LabeledStmt: fpos(o, "Colon", n->u.labeled.colon); break;
    case N_SendStmt: fpos(o, "Arrow", n->pos); break;
    case N_IncDecStmt: fpos(o, "TokPos", n->pos), ftok(o, "Tok", n->u.incdec.tok); break;
    case N_AssignStmt: fpos(o, "TokPos", n->pos), ftok(o, "Tok", n->u.assign.tok); break;
    case N_GoStmt: fpos(o, "Go", n->pos); break;
    case N_DeferStmt: fpos(o, "Defer", n->pos); break;
    case N_ReturnStmt: fpos(o, "Return", n->pos); break;
    case N_BranchStmt: fpos(o, "TokPos", n->pos), ftok(o, "Tok", n->u.branch.tok); break;
    case N_BlockStmt: fpos(o, "Lbrace", n->u.block.lbrace), fpos(o, "Rbrace", n->u.block.rbrace); break;
    case N_IfStmt: fpos(o, "If", n->pos); break;
    case N_CaseClause: case N_CommClause:
        fpos(o, "Case", n->pos);
        fpos(o, "Colon", n->kind == N_CaseClause ? n->u.caseclause.colon : n->u.commclause.colon);
        break;
    case N_SwitchStmt: case N_TypeSwitchStmt: fpos(o, "Switch", n->pos); break;
    case N_SelectStmt: fpos(o, "Select", n->pos); break;
    case N_ForStmt: fpos(o, "For", n->pos); break;
    case N_RangeStmt:
        fpos(o, "For", n->pos), fpos(o, "TokPos", n->u.rangestmt.tokpos);
        ftok(o, "Tok", n->u.rangestmt.tok), fpos(o, "Range", n->u.rangestmt.range);
        break;
    case N_ImportSpec: fpos(o, "EndPos", n->u.import.endpos); break;
    case N_TypeSpec: fpos(o, "Assign", n->u.typespec.assign); break;
    case N_GenDecl:
        fpos(o, "TokPos", n->pos), ftok(o, "Tok", n->u.gendecl.tok);
        fpos(o, "Lparen", n->u.gendecl.lparen), fpos(o, "Rparen", n->u.gendecl.rparen);
        break;
    default: break;
    }
    (void)kindname;
}

static void children(Out *o, int d, const AstNode *n) {
    switch (n->kind) {
    case N_Ellipsis: child(o, d, "Elt", n->u.ellipsis.elt); break;
    case N_FuncLit: child(o, d, "Type", n->u.funclit.type), child(o, d, "Body", n->u.funclit.body); break;
    case N_CompositeLit: child(o, d, "Type", n->u.complit.type), list(o, d, "Elts", n->u.complit.elts); break;
    case N_ParenExpr: child(o, d, "X", n->u.paren.x); break;
    case N_SelectorExpr: child(o, d, "X", n->u.sel.x), child(o, d, "Sel", n->u.sel.sel); break;
    case N_IndexExpr: child(o, d, "X", n->u.index.x), child(o, d, "Index", n->u.index.index); break;
    case N_IndexListExpr: child(o, d, "X", n->u.index.x), list(o, d, "Indices", n->u.index.indices); break;
    case N_SliceExpr:
        child(o, d, "X", n->u.slice.x), child(o, d, "Low", n->u.slice.low);
        child(o, d, "High", n->u.slice.high), child(o, d, "Max", n->u.slice.max);
        break;
    case N_TypeAssertExpr: child(o, d, "X", n->u.assert.x), child(o, d, "Type", n->u.assert.type); break;
    case N_CallExpr: child(o, d, "Fun", n->u.call.fun), list(o, d, "Args", n->u.call.args); break;
    case N_StarExpr: child(o, d, "X", n->u.star.x); break;
    case N_UnaryExpr: child(o, d, "X", n->u.unary.x); break;
    case N_BinaryExpr: child(o, d, "X", n->u.binary.x), child(o, d, "Y", n->u.binary.y); break;
    case N_KeyValueExpr: child(o, d, "Key", n->u.kv.key), child(o, d, "Value", n->u.kv.value); break;
    case N_ArrayType: child(o, d, "Len", n->u.array.len), child(o, d, "Elt", n->u.array.elt); break;
    case N_StructType: child(o, d, "Fields", n->u.strct.fields); break;
    case N_FuncType:
        child(o, d, "TypeParams", n->u.functype.tparams), child(o, d, "Params", n->u.functype.params);
        child(o, d, "Results", n->u.functype.results);
        break;
    case N_InterfaceType: child(o, d, "Methods", n->u.iface.methods); break;
    case N_MapType: child(o, d, "Key", n->u.map.key), child(o, d, "Value", n->u.map.value); break;
    case N_ChanType: child(o, d, "Value", n->u.chan.value); break;
    case N_Field:
        list(o, d, "Names", n->u.field.names), child(o, d, "Type", n->u.field.type);
        child(o, d, "Tag", n->u.field.tag);
        break;
    case N_FieldList: list(o, d, "List", n->u.fields.list); break;
    case N_DeclStmt: child(o, d, "Decl", n->u.declstmt.decl); break;
    case N_LabeledStmt: child(o, d, "Label", n->u.labeled.label), child(o, d, "Stmt", n->u.labeled.stmt); break;
    case N_ExprStmt: child(o, d, "X", n->u.exprstmt.x); break;
    case N_SendStmt: child(o, d, "Chan", n->u.send.chan), child(o, d, "Value", n->u.send.value); break;
    case N_IncDecStmt: child(o, d, "X", n->u.incdec.x); break;
    case N_AssignStmt: list(o, d, "Lhs", n->u.assign.lhs), list(o, d, "Rhs", n->u.assign.rhs); break;
    case N_GoStmt: case N_DeferStmt: child(o, d, "Call", n->u.gostmt.call); break;
    case N_ReturnStmt: list(o, d, "Results", n->u.ret.results); break;
    case N_BranchStmt: child(o, d, "Label", n->u.branch.label); break;
    case N_BlockStmt: list(o, d, "List", n->u.block.list); break;
    case N_IfStmt:
        child(o, d, "Init", n->u.ifstmt.init), child(o, d, "Cond", n->u.ifstmt.cond);
        child(o, d, "Body", n->u.ifstmt.body), child(o, d, "Else", n->u.ifstmt.els);
        break;
    case N_CaseClause: list(o, d, "List", n->u.caseclause.list), list(o, d, "Body", n->u.caseclause.body); break;
    case N_SwitchStmt:
        child(o, d, "Init", n->u.switchstmt.init), child(o, d, "Tag", n->u.switchstmt.tag);
        child(o, d, "Body", n->u.switchstmt.body);
        break;
    case N_TypeSwitchStmt:
        child(o, d, "Init", n->u.switchstmt.init), child(o, d, "Assign", n->u.switchstmt.assign);
        child(o, d, "Body", n->u.switchstmt.body);
        break;
    case N_CommClause: child(o, d, "Comm", n->u.commclause.comm), list(o, d, "Body", n->u.commclause.body); break;
    case N_SelectStmt: child(o, d, "Body", n->u.selectstmt.body); break;
    case N_ForStmt:
        child(o, d, "Init", n->u.forstmt.init), child(o, d, "Cond", n->u.forstmt.cond);
        child(o, d, "Post", n->u.forstmt.post), child(o, d, "Body", n->u.forstmt.body);
        break;
    case N_RangeStmt:
        child(o, d, "Key", n->u.rangestmt.key), child(o, d, "Value", n->u.rangestmt.value);
        child(o, d, "X", n->u.rangestmt.x), child(o, d, "Body", n->u.rangestmt.body);
        break;
    case N_ImportSpec: child(o, d, "Name", n->u.import.name), child(o, d, "Path", n->u.import.path); break;
    case N_ValueSpec:
        list(o, d, "Names", n->u.value.names), child(o, d, "Type", n->u.value.type);
        list(o, d, "Values", n->u.value.values);
        break;
    case N_TypeSpec:
        child(o, d, "Name", n->u.typespec.name), child(o, d, "TypeParams", n->u.typespec.tparams);
        child(o, d, "Type", n->u.typespec.type);
        break;
    case N_GenDecl: list(o, d, "Specs", n->u.gendecl.specs); break;
    case N_FuncDecl:
        child(o, d, "Recv", n->u.funcdecl.recv), child(o, d, "Name", n->u.funcdecl.name);
        child(o, d, "Type", n->u.funcdecl.type), child(o, d, "Body", n->u.funcdecl.body);
        break;
    default: break;
    }
}

static const char *dump_name(const AstNode *n) {
    switch (n->kind) {
    case N_Bad: return "BadExpr";
    case N_GoStmt: return "GoStmt";
    default: return ast_kind_names[n->kind];
    }
}

static void node(Out *o, int depth, const char *label, int idx, const AstNode *n) {
    static const char spaces[] = "                                                                ";
    for (int k = 2 * depth; k > 0; k -= 64) put(o, spaces, k < 64 ? (size_t)k : 64);
    puts_(o, label);
    if (idx >= 0) {
        put(o, "[", 1);
        putu(o, (uint32_t)idx);
        put(o, "]", 1);
    }
    put(o, ": ", 2);
    puts_(o, dump_name(n));
    scalars(o, n);
    put(o, "\n", 1);
    children(o, depth + 1, n);
}

void ast_dump_file(const AstFile *f, FILE *fp) {
    Out *o = xmalloc(sizeof *o);
    o->fp = fp;
    o->n = 0;
    puts_(o, "File");
    fpos(o, "Package", f->package);
    put(o, "\n", 1);
    child(o, 1, "Name", f->name);
    list(o, 1, "Decls", f->decls);
    flush(o);
    free(o);
}
