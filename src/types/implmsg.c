/* implmsg.c: the wording of "does not implement/satisfy" causes
 * (go/types' implements and missingMethodCause), for the ImplCause the
 * types core returns. Shared by type instantiation, calls and
 * assignments. */
#include <string.h>

#include "types/check.h"

static char *func_string(Checker *chk, Object *f) {
    char *s = check_sprintf(chk, "%T", f->type);
    if (!strncmp(s, "func", 4)) s += 4;
    return check_sprintf(chk, "%s%s", f->name->s, s);
}

static char *iface_ptr_error(Checker *chk, Type *t) {
    return check_sprintf(chk, "type %T is pointer to interface, not interface", t);
}

char *check_missing_method_cause(Checker *chk, Type *v, Type *t, Missing *miss) {
    Object *m = miss->method, *f = miss->have;
    switch (miss->kind) {
    case MISS_NOT_FOUND:
        if (ty_is_interface_ptr(v)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, v));
        if (ty_is_interface_ptr(t)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, t));
        return check_sprintf(chk, "(missing method %s)", m->name->s);
    case MISS_WRONG_NAME:
        return check_sprintf(chk, "(missing method %s)\n\t\thave %s\n\t\twant %s", m->name->s, func_string(chk, f),
                             func_string(chk, m));
    case MISS_UNEXPORTED: return check_sprintf(chk, "(unexported method %s)", m->name->s);
    case MISS_WRONG_SIG: {
        char *fs = func_string(chk, f), *ms = func_string(chk, m);
        return check_sprintf(chk, "(wrong type for method %s)\n\t\thave %s\n\t\twant %s", m->name->s, fs, ms);
    }
    case MISS_AMBIGUOUS: return check_sprintf(chk, "(ambiguous selector %T.%s)", v, m->name->s);
    case MISS_PTR_RECV: return check_sprintf(chk, "(method %s has pointer receiver)", m->name->s);
    case MISS_FIELD: return check_sprintf(chk, "(%T.%s is a field, not a method)", v, f ? f->name->s : m->name->s);
    default: return check_sprintf(chk, "");
    }
}

char *check_impl_cause(Checker *chk, Type *v, Type *t, bool constraint, ImplCause *c) {
    const char *verb = constraint ? "satisfy" : "implement";
    switch (c->kind) {
    case IMPL_NOT_IFACE:
        return check_sprintf(chk, "%T does not %s %T (%T is not an interface)", v, verb, t, t);
    case IMPL_IFACE_PTR:
        return check_sprintf(chk, "%T does not %s %T (%s)", v, verb, t, iface_ptr_error(chk, t));
    case IMPL_EMPTY_TYPESET: return check_sprintf(chk, "cannot %s %T (empty type set)", verb, t);
    case IMPL_MISSING:
        return check_sprintf(chk, "%T does not %s %T %s", v, verb, t, check_missing_method_cause(chk, v, t, &c->miss));
    case IMPL_NOT_SUBSET: return check_sprintf(chk, "%T does not %s %T", v, verb, t);
    case IMPL_MISSING_TILDE:
        return check_sprintf(chk, "%T does not %s %T (possibly missing ~ for %T in %T)", v, verb, t, c->alt, t);
    case IMPL_MENTIONS:
        return check_sprintf(chk, "%T does not %s %T (%T mentions %T, but %T is not in the type set of %T)", v, verb, t,
                             t, v, v, t);
    case IMPL_NOT_IN_SET: {
        StrBuf b = {0};
        Type *u = ty_under(t);
        if (u && u->kind == T_INTERFACE) tl_write(&b, ts_terms(ts_of(u)));
        char *s = check_sprintf(chk, "%T does not %s %T (%T missing in %s)", v, verb, t, v, b.s ? b.s : "");
        sb_free(&b);
        return s;
    }
    case IMPL_NOT_COMPARABLE: return check_sprintf(chk, "%T does not %s comparable", v, verb);
    default: return check_sprintf(chk, "%T does not %s %T", v, verb, t);
    }
}
