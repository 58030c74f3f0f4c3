/* context.c: the instance cache (go/types' Context) and type hashes.
 * An instance is found by a hash of its origin and type arguments, then
 * confirmed by identity of the arguments, so the hash only has to agree
 * for identical types: it spells types structurally, names the origin of
 * a Named type and a type parameter by their unique ids, leaves out
 * parameter names, and is deliberately coarse where spelling is not
 * canonical (the terms of unions and interfaces). As in go/types, byte
 * and rune and aliases are spelt by name, so List[byte] and List[uint8]
 * are distinct (identical) instances that print as written. */
#include "types/types.h"

#include <string.h>

typedef struct CtxEntry {
    Type *orig;
    Type **targs;
    int n;
    Type *inst;
    struct CtxEntry *next;
} CtxEntry;

struct TyContext {
    Map buckets; /* Sym* (hash) -> CtxEntry* list */
};

TyContext *ty_context_new(void) { return NEW(ty_arena(), TyContext); }

TyContext *ty_context(void) {
    static TyContext *shared;
    if (!shared) shared = ty_context_new();
    return shared;
}

/* ---- hashing -------------------------------------------------------------- */

static void hash(StrBuf *b, Type *t, int depth);

static void hash_list(StrBuf *b, Type **ts, int n, int depth) {
    sb_putc(b, '[');
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(b, ',');
        hash(b, ts[i], depth);
    }
    sb_putc(b, ']');
}

static void hash_tuple(StrBuf *b, Type *tup, int depth) {
    sb_putc(b, '(');
    for (int i = 0; tup && i < tup->u.tuple.n; i++) {
        if (i) sb_putc(b, ',');
        hash(b, tup->u.tuple.vars[i]->type, depth);
    }
    sb_putc(b, ')');
}

static void hash_struct(StrBuf *b, Type *t, int depth) {
    sb_puts(b, "struct{");
    for (int i = 0; i < t->u.strct.nfields; i++) {
        Object *f = t->u.strct.fields[i];
        if (f->u.var.embedded) sb_putc(b, '!');
        sb_printf(b, "%s ", obj_id(f)->s);
        hash(b, f->type, depth);
        Sym *tag = t->u.strct.tags ? t->u.strct.tags[i] : NULL;
        if (tag && tag->len) sb_printf(b, " %u:%s", tag->len, tag->s);
        sb_putc(b, ';');
    }
    sb_putc(b, '}');
}

static void hash_sig(StrBuf *b, Type *t, int depth) {
    sb_puts(b, "func");
    if (t->u.sig.ntparams) hash_list(b, t->u.sig.tparams, t->u.sig.ntparams, depth);
    hash_tuple(b, t->u.sig.params, depth);
    if (t->u.sig.variadic) sb_puts(b, "...");
    hash_tuple(b, t->u.sig.results, depth);
}

static void hash_iface(StrBuf *b, Type *t, int depth) {
    TypeSet *s = ts_of(t);
    sb_printf(b, "interface{%s%d;", s->comparable ? "comparable;" : "", s->all_types ? -1 : s->nterms);
    for (int i = 0; i < s->nmethods; i++) {
        sb_printf(b, "%s", obj_id(s->methods[i])->s);
        hash(b, s->methods[i]->type, depth);
        sb_putc(b, ';');
    }
    sb_putc(b, '}');
}

static void hash(StrBuf *b, Type *t, int depth) {
    if (t && t->kind == T_ALIAS && depth <= 64) { /* spelt by name, as go/types' typeHasher */
        sb_printf(b, "A#%u", t->u.alias.obj ? t->u.alias.obj->id : t->id);
        if (t->u.alias.ntargs) hash_list(b, t->u.alias.targs, t->u.alias.ntargs, depth + 1);
        return;
    }
    t = ty_unalias(t);
    if (!t) { sb_puts(b, "<nil>"); return; }
    if (depth > 64) { sb_puts(b, "…"); return; } /* coarse beyond: still sound */
    depth++;
    switch (t->kind) {
    case T_BASIC: sb_puts(b, t->u.basic.name); break; /* byte and rune by name, as go/types */
    case T_POINTER: sb_putc(b, '*'); hash(b, t->u.ptr.elem, depth); break;
    case T_SLICE: sb_puts(b, "[]"); hash(b, t->u.ptr.elem, depth); break;
    case T_ARRAY:
        if (t->u.array.len < 0) sb_puts(b, "[?]");
        else sb_printf(b, "[%lld]", (long long)t->u.array.len);
        hash(b, t->u.array.elem, depth);
        break;
    case T_MAP: sb_puts(b, "map["); hash(b, t->u.map.key, depth); sb_putc(b, ']'); hash(b, t->u.map.elem, depth); break;
    case T_CHAN: sb_printf(b, "chan%d ", (int)t->u.chan.dir); hash(b, t->u.chan.elem, depth); break;
    case T_STRUCT: hash_struct(b, t, depth); break;
    case T_TUPLE: hash_tuple(b, t, depth); break;
    case T_SIGNATURE: hash_sig(b, t, depth); break;
    case T_INTERFACE: hash_iface(b, t, depth); break;
    case T_UNION: sb_printf(b, "union%d", t->u.uni.n); break;
    case T_TYPEPARAM: sb_printf(b, "P#%u", t->id); break;
    case T_NAMED:
        sb_printf(b, "N#%u", t->u.named.orig->u.named.obj->id);
        if (t->u.named.ntargs) hash_list(b, t->u.named.targs, t->u.named.ntargs, depth);
        break;
    default: sb_printf(b, "?%d", (int)t->kind);
    }
}

char *ty_type_hash(Type *t) {
    StrBuf b = {0};
    hash(&b, t, 0);
    return b.s ? b.s : xstrdup("");
}

static Sym *instance_hash(Type *orig, Type **targs, int n) {
    StrBuf b = {0};
    sb_printf(&b, "%u:", orig->id);
    hash_list(&b, targs, n, 0);
    Sym *h = intern(b.s, b.len);
    sb_free(&b);
    return h;
}

/* ---- lookup and update --------------------------------------------------- */

static bool same_args(Type **a, Type **b, int n) {
    for (int i = 0; i < n; i++)
        if (!ty_identical(a[i], b[i])) return false;
    return true;
}

Type *ty_context_lookup(TyContext *ctx, Type *orig, Type **targs, int n) {
    Sym *h = instance_hash(orig, targs, n);
    for (CtxEntry *e = map_getp(&ctx->buckets, h); e; e = e->next)
        if (e->n == n && ty_identical(e->orig, orig) && same_args(e->targs, targs, n)) return e->inst;
    return NULL;
}

Type *ty_context_update(TyContext *ctx, Type *orig, Type **targs, int n, Type *inst) {
    Sym *h = instance_hash(orig, targs, n);
    CtxEntry *head = map_getp(&ctx->buckets, h);
    for (CtxEntry *e = head; e; e = e->next)
        if (e->n == n && ty_identical(e->orig, orig) && same_args(e->targs, targs, n)) return e->inst;
    CtxEntry *e = NEW(ty_arena(), CtxEntry);
    *e = (CtxEntry){orig, arena_dup(ty_arena(), targs, sizeof(Type *) * (size_t)n), n, inst, head};
    map_putp(&ctx->buckets, h, e);
    return inst;
}
