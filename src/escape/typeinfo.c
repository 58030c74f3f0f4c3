/* typeinfo.c: the facts about types escape analysis asks gc's types
 * package (HasPointers, IsDirectIface, NotInHeap, sizes of closure and
 * method value records), answered on our go/types-shaped types.
 *
 * Type parameters only reach here from generic bodies the IR did not
 * stencil; they are treated as pointer-holding, word-sized values. */
#include "escape/esc.h"

#include <string.h>

static Type *under(Type *t) {
    if (!t) return NULL;
    t = ty_unalias(t);
    return t->kind == T_NAMED ? ty_underlying(t) : t;
}

int64_t esc_ptr_size(void) { return ty_sizeof(ty_basic[B_UINTPTR]); }

bool esc_is_kind(Type *t, TypeKind k) {
    Type *u = under(t);
    return u && u->kind == k;
}

bool esc_is_basic(Type *t, BasicKind k) {
    Type *u = under(t);
    return u && u->kind == T_BASIC && u->u.basic.kind == k;
}

bool esc_is_interface(Type *t) {
    Type *u = under(t);
    return u && (u->kind == T_INTERFACE || u->kind == T_TYPEPARAM);
}

bool esc_is_untyped(Type *t) { return t && ty_is_untyped(t); }

Type *esc_elem(Type *t) {
    Type *u = under(t);
    if (!u) return NULL;
    switch (u->kind) {
    case T_POINTER: case T_SLICE: return u->u.ptr.elem;
    case T_ARRAY: return u->u.array.elem;
    case T_CHAN: return u->u.chan.elem;
    case T_MAP: return u->u.map.elem;
    default: return NULL;
    }
}

static bool has_tparam(Type *t) { return esc_is_kind(t, T_TYPEPARAM) || esc_is_kind(t, T_UNION); }

int64_t esc_size(Type *t) {
    if (!t || has_tparam(t)) return esc_ptr_size();
    return ty_sizeof(t);
}

int64_t esc_align(Type *t) {
    if (!t || has_tparam(t)) return esc_ptr_size();
    return ty_alignof(t);
}

/* not_in_heap computes esc_not_in_heap (no cache). */
static bool not_in_heap(Type *t) {
    Type *n = ty_unalias(t);
    if (n->kind == T_NAMED) {
        Object *o = n->u.named.obj;
        if (o->pkg && !strcmp(o->name->s, "nih") && !strcmp(o->pkg->path, "internal/runtime/sys")) return true;
    }
    Type *u = under(t);
    if (u->kind == T_ARRAY) return u->u.array.len > 0 && esc_not_in_heap(u->u.array.elem);
    if (u->kind != T_STRUCT) return false;
    for (int i = 0; i < u->u.strct.nfields; i++)
        if (esc_not_in_heap(u->u.strct.fields[i]->type)) return true;
    return false;
}

/* esc_not_in_heap: a type that embeds internal/runtime/sys.nih (gc's
 * NotInHeap), directly or through struct fields and arrays. Asked for the
 * element of every pointer, so the answers are kept (types live for the
 * whole process). */
bool esc_not_in_heap(Type *t) {
    static Map cache; /* Type* -> 1 (false) or 2 (true) */
    if (!t) return false;
    uintptr_t v = (uintptr_t)map_getp(&cache, t);
    if (v) return v == 2;
    bool r = not_in_heap(t);
    map_putp(&cache, t, (void *)(uintptr_t)(r ? 2 : 1));
    return r;
}

bool esc_has_pointers(Type *t) {
    Type *u = under(t);
    if (!u) return true;
    switch (u->kind) {
    case T_BASIC: return u->u.basic.kind == B_STRING || u->u.basic.kind == B_UNSAFE_POINTER ||
                         u->u.basic.kind == B_UNTYPED_NIL || u->u.basic.kind == B_UNTYPED_STRING;
    case T_ARRAY: return u->u.array.len > 0 && esc_has_pointers(u->u.array.elem);
    case T_STRUCT:
        for (int i = 0; i < u->u.strct.nfields; i++)
            if (esc_has_pointers(u->u.strct.fields[i]->type)) return true;
        return false;
    case T_POINTER: case T_SLICE: return !esc_not_in_heap(u->u.ptr.elem);
    case T_TUPLE:
        for (int i = 0; i < u->u.tuple.n; i++)
            if (esc_has_pointers(u->u.tuple.vars[i]->type)) return true;
        return false;
    default: return true; /* chan, map, func, interface, type parameters */
    }
}

/* ptr_data_size: the length of the prefix of t's memory holding pointers
 * (gc's types.PtrDataSize). */
static int64_t ptr_data_size(Type *t) {
    if (!esc_has_pointers(t)) return 0;
    Type *u = under(t);
    int64_t w = esc_ptr_size();
    switch (u->kind) {
    case T_BASIC: return w; /* string, unsafe.Pointer */
    case T_INTERFACE: return 2 * w;
    case T_ARRAY: {
        int64_t es = esc_size(u->u.array.elem);
        return ptr_data_size(u->u.array.elem) + (u->u.array.len - 1) * es;
    }
    case T_STRUCT: {
        int last = -1;
        for (int i = 0; i < u->u.strct.nfields; i++)
            if (esc_has_pointers(u->u.strct.fields[i]->type)) last = i;
        return ty_offsetof(u, last) + ptr_data_size(u->u.strct.fields[last]->type);
    }
    default: return w;
    }
}

/* esc_is_direct_iface: values of t are stored directly in an
 * interface's data word (pointer-shaped types). */
bool esc_is_direct_iface(Type *t) {
    if (!t || has_tparam(t)) return false;
    int64_t w = esc_ptr_size();
    return esc_size(t) == w && ptr_data_size(t) == w;
}

/* ---- records of closures and method values ----------------------------------- */

static int64_t round_up(int64_t x, int64_t a) { return a > 1 ? (x + a - 1) / a * a : x; }

/* record_size: the size of struct { F uintptr; fields... }; a NULL field
 * type stands for a pointer. */
static int64_t record_size(Type **fields, int n) {
    int64_t w = esc_ptr_size(), off = w, align = w;
    for (int i = 0; i < n; i++) {
        int64_t a = fields[i] ? esc_align(fields[i]) : w, s = fields[i] ? esc_size(fields[i]) : w;
        if (s < 0) return -1;
        off = round_up(off, a) + s;
        if (a > align) align = a;
    }
    return round_up(off, align);
}

int64_t esc_closure_size(IrFunc *clo) {
    int n = clo->closure_vars.n;
    Type **fields = xmalloc(sizeof(Type *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        IrName *cv = clo->closure_vars.a[i];
        fields[i] = (ir_canonical(cv)->flags & IRN_BYVAL) ? cv->type : NULL;
    }
    int64_t size = record_size(fields, n);
    free(fields);
    return size;
}

int64_t esc_methvalue_size(IrNode *n) {
    Type *recv = n->x ? n->x->type : NULL;
    return recv ? record_size(&recv, 1) : 2 * esc_ptr_size();
}

/* ---- signatures ------------------------------------------------------------------ */

Type *esc_sig(Type *t) {
    Type *u = under(t);
    return u && u->kind == T_SIGNATURE ? u : NULL;
}

int esc_sig_nparams(Type *sig) { return sig ? sig->u.sig.params->u.tuple.n : 0; }
int esc_sig_nresults(Type *sig) { return sig ? sig->u.sig.results->u.tuple.n : 0; }
bool esc_sig_has_recv(Type *sig) { return sig && sig->u.sig.recv; }

Type *esc_sig_param(Type *sig, int i) {
    if (i < 0) return sig->u.sig.recv ? sig->u.sig.recv->type : NULL;
    return sig->u.sig.params->u.tuple.vars[i]->type;
}
