/* finish.c: the results of a solved batch (gc's escape.go: finish,
 * paramTag, reportLeaks).
 *
 * First each function's params get their tags (printing the leaking
 * param / does not escape lines); then every location, in creation
 * order, reports: a variable that escapes is "moved to heap", an
 * allocation site "escapes to heap" or "does not escape", and a
 * []byte(s) never mutated becomes a zero-copy conversion. go/defer
 * wrappers print nothing for their func literal. */
#include "escape/esc.h"

#include <stdio.h>
#include <string.h>

/* ---- param tags -------------------------------------------------------------- */

/* A param as gc's paramTag sees it: the field of the signature (its
 * declared name, NULL when unnamed) and its variable (named "~pN" when
 * unnamed or blank). */
typedef struct Param {
    IrFunc *fn;
    int narg;     /* 1-based, receiver first */
    IrName *name; /* the variable, or NULL */
    Sym *sym;     /* the declared name, or NULL */
    Type *type;
    Pos pos;
} Param;

static const char *param_name(const Param *p, char *buf, size_t n) {
    if (p->name && p->name->sym) return p->name->sym->s;
    snprintf(buf, n, "arg#%d", p->narg);
    return buf;
}

static bool has_sym(const Param *p) { return p->sym != NULL; }
static bool is_blank(const Param *p) { return !p->sym || !strcmp(p->sym->s, "_"); }

static void report_leaks(EscBatch *b, Pos pos, const char *name, EscLeaks esc, IrFunc *fn) {
    bool warned = false;
    int x = esc_leaks_get(&esc, LEAK_HEAP);
    if (x >= 0) {
        if (x == 0) esc_warn(b, pos, "leaking param: %s", name);
        else esc_warn(b, pos, "leaking param content: %s", name);
        warned = true;
    }
    for (int i = 0; i < ESC_NUM_RESULTS; i++) {
        if ((x = esc_leaks_get(&esc, LEAK_RESULT0 + i)) < 0) continue;
        const char *res = i < fn->results.n && fn->results.a[i]->sym ? fn->results.a[i]->sym->s : "?";
        esc_warn(b, pos, "leaking param: %s to result %s level=%d", name, res, x);
        warned = true;
    }
    if (b->cfg->mutations_calls <= 0) {
        if (!warned) esc_warn(b, pos, "%s does not escape", name);
        return;
    }
    if ((x = esc_leaks_get(&esc, LEAK_MUTATOR)) >= 0) {
        esc_warn(b, pos, "mutates param: %s derefs=%d", name, x);
        warned = true;
    }
    if ((x = esc_leaks_get(&esc, LEAK_CALLEE)) >= 0) {
        esc_warn(b, pos, "calls param: %s derefs=%d", name, x);
        warned = true;
    }
    if (!warned) esc_warn(b, pos, "%s does not escape, mutate, or call", name);
}

/* bodyless_tag: a function without a body (assembly) leaks its pointer
 * params unless //go:noescape; uintptr params are kept alive. */
static EscLeaks bodyless_tag(EscBatch *b, const Param *p, bool diagnose) {
    char buf[32];
    EscLeaks esc;
    memset(&esc, 0, sizeof esc);
    if (esc_is_basic(p->type, B_UINTPTR)) {
        if (diagnose) esc_warn(b, p->pos, "assuming %s is unsafe uintptr", param_name(p, buf, sizeof buf));
        return esc_leaks_heap();
    }
    if (!esc_has_pointers(p->type)) return esc_leaks_heap();
    if (p->fn->pragmas & PRAGMA_NOESCAPE) {
        if (diagnose && has_sym(p)) esc_warn(b, p->pos, "%s does not escape", param_name(p, buf, sizeof buf));
        esc_leaks_add(&esc, LEAK_MUTATOR, 0);
        esc_leaks_add(&esc, LEAK_CALLEE, 0);
    } else {
        if (diagnose && has_sym(p)) esc_warn(b, p->pos, "leaking param: %s", param_name(p, buf, sizeof buf));
        esc_leaks_add(&esc, LEAK_HEAP, 0);
    }
    return esc_leaks_tag(esc);
}

static bool is_variadic_uintptr(const Param *p, Type *sig) {
    int np = esc_sig_nparams(sig), has_recv = esc_sig_has_recv(sig);
    if (!sig || !sig->u.sig.variadic || p->narg != np + has_recv) return false;
    return esc_is_basic(esc_elem(p->type), B_UINTPTR);
}

static EscLeaks param_tag(EscBatch *b, const Param *p) {
    char buf[32];
    IrFunc *fn = p->fn;
    bool diagnose = b->cfg->m != 0 && !(fn->flags & (IRFN_WRAPPER | IRFN_DUPOK | IRFN_ISHIDDEN));
    if (!(fn->flags & IRFN_HASBODY)) return bodyless_tag(b, p, diagnose);
    if (fn->pragmas & PRAGMA_UINTPTRESCAPES) {
        if (esc_is_basic(p->type, B_UINTPTR)) {
            if (diagnose) esc_warn(b, p->pos, "marking %s as escaping uintptr", param_name(p, buf, sizeof buf));
            return esc_leaks_heap();
        }
        if (is_variadic_uintptr(p, esc_sig(fn->type))) {
            if (diagnose) esc_warn(b, p->pos, "marking %s as escaping ...uintptr", param_name(p, buf, sizeof buf));
            return esc_leaks_heap();
        }
    }
    if (!esc_has_pointers(p->type)) return esc_leaks_heap();
    EscLeaks none;
    memset(&none, 0, sizeof none);
    if (is_blank(p) || !p->name) return none; /* unused, so it does not escape */
    EscLoc *loc = esc_old_loc(p->name);
    EscLeaks esc = loc->param_esc;
    esc_leaks_optimize(&esc);
    if (diagnose && !esc_has_attr(loc, ATTR_ESCAPES)) report_leaks(b, p->pos, param_name(p, buf, sizeof buf), esc, fn);
    return esc_leaks_tag(esc);
}

/* tag_func records the tags of fn's params (receiver first). */
static void tag_func(EscBatch *b, IrFunc *fn) {
    EscFunc *ef = esc_func(b, fn);
    ef->esc = ESC_FUNC_TAGGED;
    Type *sig = esc_sig(fn->type);
    int has_recv = esc_sig_has_recv(sig), n = has_recv + esc_sig_nparams(sig);
    if (!(fn->flags & IRFN_HASBODY)) ef->tags.pragmas |= PRAGMA_UINTPTRKEEPALIVE;
    ef->tags.pragmas |= fn->pragmas & (PRAGMA_UINTPTRESCAPES | PRAGMA_UINTPTRKEEPALIVE);
    ef->tags.params = NEWARR(b->ip->arena, EscLeaks, n + 1);
    ef->tags.n = n;
    for (int i = 0; i < n; i++) {
        Param p = {fn, 1 + i, i < fn->params.n ? fn->params.a[i] : NULL, NULL, esc_sig_param(sig, i - has_recv), fn->pos};
        Object *field = i < has_recv ? sig->u.sig.recv : sig->u.sig.params->u.tuple.vars[i - has_recv];
        if (field->name && field->name->len) p.sym = field->name;
        if (p.name) p.pos = p.name->pos;
        else if (field->pos.file) p.pos = field->pos;
        ef->tags.params[i] = param_tag(b, &p);
    }
    if (fn->obj && !(fn->flags & IRFN_DUPOK)) esc_tags_publish(fn->obj, &ef->tags); /* not shaped instances */
}

/* ---- locations ----------------------------------------------------------------- */

static void warn_node(EscBatch *b, IrNode *n, const char *what) {
    if (n->op == IR_APPEND) {
        esc_warn(b, n->pos, "append %s", what);
        return;
    }
    StrBuf s = {0};
    ir_fmt(&s, n);
    esc_warn(b, n->pos, "%s %s", s.s ? s.s : "", what);
    sb_free(&s);
}

static void finish_loc(EscBatch *b, EscLoc *loc) {
    IrNode *n = loc->n;
    if (loc->name) {
        if (esc_has_attr(loc, ATTR_ESCAPES) && b->cfg->m) {
            StrBuf s = {0};
            ir_fmt_name(&s, loc->name);
            esc_warn(b, loc->name->pos, "moved to heap: %s", s.s ? s.s : "?");
            sb_free(&s);
        }
        loc->name->opt = NULL;
        return;
    }
    if (!n) return;
    bool go_defer_wrapper = n->op == IR_CLOSURE && n->func && (n->func->flags & IRFN_WRAPPER);
    if (esc_has_attr(loc, ATTR_ESCAPES)) {
        if (b->cfg->m && !go_defer_wrapper) warn_node(b, n, "escapes to heap");
    } else {
        if (b->cfg->m && !go_defer_wrapper) warn_node(b, n, "does not escape");
        if (!esc_has_attr(loc, ATTR_PERSISTS) &&
            (n->op == IR_CLOSURE || n->op == IR_METHVALUE || n->op == IR_SLICELIT))
            n->flags |= IRF_TRANSIENT;
    }
    if (b->cfg->zerocopy && n->op == IR_STR2BYTES && !esc_has_attr(loc, ATTR_MUTATES)) {
        if (b->cfg->m >= 1) esc_warn(b, n->pos, "zero-copy string->[]byte conversion");
        n->op = IR_STR2BYTESTMP;
    }
}

void esc_finish(EscBatch *b, IrFunc **fns, int nfns) {
    for (int i = 0; i < nfns; i++) tag_func(b, fns[i]);
    for (int i = 0; i < b->all_locs.n; i++) finish_loc(b, b->all_locs.a[i]);
}
