/* checkdump.c: the type-checker dump of docs/types-dump.md (the same
 * text tests/oracle/typesdump prints from go/types): def, use, type and
 * inst records of a package, sorted by file order, position, record
 * kind, end position and text. */
#include <stdio.h>
#include <string.h>

#include "types/check.h"

typedef struct Rec {
    int file, line, col, kind, eline, ecol;
    char *text;
} Rec;

typedef struct Dumper {
    Map fileidx; /* file id -> index+1 */
    Vec(Rec) recs;
    Arena *arena; /* constant strings */
} Dumper;

static const char *base_name(uint32_t file) {
    if (!file) return ".";
    const char *p = file_get(file)->path;
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

static void add(Dumper *d, Pos pos, Pos end, int kind, StrBuf *text) {
    Rec r = {pos.file ? (int)(uintptr_t)map_get(&d->fileidx, pos.file) : 0, (int)pos.line, (int)pos.col, kind, 0, 0, NULL};
    StrBuf b = {0};
    sb_printf(&b, "%s:%u:%u", base_name(pos.file), pos.file ? pos.line : 0, pos.file ? pos.col : 0);
    if (end.file) {
        r.eline = (int)end.line;
        r.ecol = (int)end.col;
        sb_printf(&b, "-%u:%u", end.line, end.col);
    }
    sb_printf(&b, " %s", text->s);
    r.text = b.s;
    vec_push(&d->recs, r);
}

static void type_string(StrBuf *b, Type *t) {
    if (!t) sb_puts(b, "<nil>");
    else ty_write(b, t, NULL, NULL);
}

static const char *var_kind(Object *v) {
    switch (v->u.var.vkind) {
    case VK_FIELD: return "field";
    case VK_RECV: return "recv";
    case VK_PARAM: return "param";
    case VK_RESULT: return "result";
    default: return "var";
    }
}

static void obj_string(Dumper *d, StrBuf *b, Object *obj) {
    if (!obj) {
        sb_puts(b, "<nil>");
        return;
    }
    const char *kind = "";
    switch (obj->kind) {
    case OBJ_VAR: kind = var_kind(obj); break;
    case OBJ_FUNC: kind = obj->type && obj->type->kind == T_SIGNATURE && obj->type->u.sig.recv ? "method" : "func"; break;
    case OBJ_CONST: kind = "const"; break;
    case OBJ_TYPENAME: kind = "type"; break;
    case OBJ_PKGNAME: kind = "package"; break;
    case OBJ_LABEL: kind = "label"; break;
    case OBJ_BUILTIN: kind = "builtin"; break;
    case OBJ_NIL: kind = "nil"; break;
    default: break;
    }
    sb_printf(b, "%s %s.%s ", kind, obj->pkg ? obj->pkg->path : "-", obj->name->s);
    if (obj->kind == OBJ_PKGNAME || obj->kind == OBJ_LABEL || obj->kind == OBJ_BUILTIN) sb_puts(b, "-");
    else type_string(b, obj->type);
    if (obj->pos.file) sb_printf(b, " %s:%u:%u", base_name(obj->pos.file), obj->pos.line, obj->pos.col);
    else sb_puts(b, " -");
    if (obj->kind == OBJ_CONST) sb_printf(b, " = %s", cv_string_of(d->arena, obj->u.val));
}

static void mode_string(Dumper *d, StrBuf *b, TypeAndValue *tv) {
    const char *mode;
    switch (tv->mode) {
    case OM_NOVALUE: mode = "void"; break;
    case OM_TYPEXPR: mode = "type"; break;
    case OM_BUILTIN: mode = "builtin"; break;
    case OM_NILVALUE: mode = "nil"; break;
    case OM_CONSTANT: mode = "const"; break;
    case OM_VARIABLE: mode = "var"; break;
    case OM_MAPINDEX: mode = "mapindex"; break;
    case OM_COMMAOK: mode = "commaok"; break;
    default: mode = tv->type == ty_basic[B_UNTYPED_NIL] ? "nil" : "value"; break;
    }
    sb_printf(b, "%s ", mode);
    if (tv->mode == OM_NOVALUE && (!tv->type || (tv->type->kind == T_TUPLE && !tv->type->u.tuple.n)))
        sb_puts(b, "()");
    else type_string(b, tv->type);
    if (tv->mode == OM_CONSTANT) sb_printf(b, " = %s", cv_string_of(d->arena, tv->val));
}

static int rec_cmp(const void *x, const void *y) {
    const Rec *a = x, *b = y;
    if (a->file != b->file) return a->file < b->file ? -1 : 1;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
    if (a->eline != b->eline) return a->eline < b->eline ? -1 : 1;
    if (a->ecol != b->ecol) return a->ecol < b->ecol ? -1 : 1;
    return strcmp(a->text, b->text);
}

#define EACH(m, k, v)                                                                       \
    for (uint32_t _i = 0; _i < (m)->cap; _i++)                                            \
        if (map_key_at(m, _i) && ((k) = (void *)(uintptr_t)map_key_at(m, _i), (v) = map_val_at(m, _i), 1))

static void idents(Dumper *d, Map *m, int kind, const char *what) {
    AstNode *id;
    Object *obj;
    StrBuf b = {0};
    EACH(m, id, obj) {
        if (kind == 1 && !obj) continue;
        sb_reset(&b);
        sb_printf(&b, "%s %s ", what, id->u.ident.name->s);
        obj_string(d, &b, obj);
        add(d, id->pos, (Pos){0}, kind, &b);
    }
    sb_free(&b);
}

void check_dump_package(FILE *out, const char *path, AstFile **files, int nfiles, TypesInfo *info) {
    Dumper d;
    memset(&d, 0, sizeof d);
    d.arena = arena_new();
    for (int i = 0; i < nfiles; i++) map_put(&d.fileidx, files[i]->file, (void *)(uintptr_t)i);
    idents(&d, &info->defs, 0, "def");
    idents(&d, &info->uses, 1, "use");
    AstNode *e;
    TypeAndValue *tv;
    StrBuf b = {0};
    EACH(&info->types, e, tv) {
        if (!tv) continue;
        sb_reset(&b);
        sb_printf(&b, "type %s ", ast_kind_names[e->kind]);
        mode_string(&d, &b, tv);
        add(&d, ast_start(e), ast_end(e), 2, &b);
    }
    Instance *in;
    EACH(&info->instances, e, in) {
        if (!in) continue;
        sb_reset(&b);
        sb_printf(&b, "inst %s [", e->u.ident.name->s);
        for (int i = 0; i < in->ntargs; i++) {
            if (i) sb_puts(&b, ", ");
            type_string(&b, in->targs[i]);
        }
        sb_puts(&b, "] ");
        type_string(&b, in->type);
        add(&d, e->pos, (Pos){0}, 3, &b);
    }
    sb_free(&b);
    if (d.recs.n > 1) qsort(d.recs.a, (size_t)d.recs.n, sizeof(Rec), rec_cmp);
    fprintf(out, "## %s\n", path);
    for (int i = 0; i < d.recs.n; i++) {
        fputs(d.recs.a[i].text, out);
        fputc('\n', out);
        free(d.recs.a[i].text);
    }
    vec_free(&d.recs);
    map_clear(&d.fileidx);
    arena_free(d.arena);
}
