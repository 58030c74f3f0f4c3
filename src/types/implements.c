/* implements.c: the wording of "does not implement" causes (go/types'
 * missingMethod causes, implements' causes, funcString). The decisions are
 * types.h's (ty_missing_method, ty_implements); this file only turns
 * their answers into types2's text for the checker's messages. */
#include "types/check.h"

#include <string.h>

/* funcString: the method name followed by its signature. */
static char *func_string(Checker *chk, Object *f) {
    if (!f) return "";
    char *sig = check_sprintf(chk, "%T", f->type);
    if (strncmp(sig, "func", 4) == 0) sig += 4;
    return check_sprintf(chk, "%s%s", f->name->s, sig);
}

static char *iface_ptr_error(Checker *chk, Type *t) {
    Type *p = ty_underlying(t);
    if (p && p->kind == T_POINTER && ty_is_typeparam(p->u.ptr.elem))
        return check_sprintf(chk, "type %T is pointer to type parameter, not type parameter", t);
    return check_sprintf(chk, "type %T is pointer to interface, not interface", t);
}

/* The parenthesized cause of V lacking a method of T. */
char *check_missing_cause(Checker *chk, Type *v, Type *t, Missing m) {
    const char *name = m.method ? m.method->name->s : "?";
    switch (m.kind) {
    case MISS_NONE: return "";
    case MISS_NOT_FOUND:
        if (ty_is_interface_ptr(v)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, v));
        if (ty_is_interface_ptr(t)) return check_sprintf(chk, "(%s)", iface_ptr_error(chk, t));
        return check_sprintf(chk, "(missing method %s)", name);
    case MISS_WRONG_NAME:
        return check_sprintf(chk, "(missing method %s)\n\t\thave %s\n\t\twant %s", name, func_string(chk, m.have),
                             func_string(chk, m.method));
    case MISS_UNEXPORTED: return check_sprintf(chk, "(unexported method %s)", name);
    case MISS_WRONG_SIG: {
        char *fs = func_string(chk, m.have), *ms = func_string(chk, m.method);
        if (strcmp(fs, ms) == 0) return check_sprintf(chk, "(wrong type for method %s)", name);
        return check_sprintf(chk, "(wrong type for method %s)\n\t\thave %s\n\t\twant %s", name, fs, ms);
    }
    case MISS_AMBIGUOUS: return check_sprintf(chk, "(ambiguous selector %T.%s)", v, name);
    case MISS_PTR_RECV: return check_sprintf(chk, "(method %s has pointer receiver)", name);
    case MISS_FIELD: return check_sprintf(chk, "(%T.%s is a field, not a method)", v, name);
    }
    return "";
}

/* go/types' implements with its cause (cause may be NULL). */
bool check_implements(Checker *chk, Type *v, Type *t, bool constraint, char **cause) {
    ImplCause ic = {0};
    if (ty_implements(v, t, constraint, &ic)) return true;
    if (!cause) return false;
    const char *verb = constraint ? "satisfy" : "implement";
    switch (ic.kind) {
    case IMPL_OK: *cause = ""; break;
    case IMPL_NOT_IFACE:
        *cause = check_sprintf(chk, "%T does not %s %T (%T is not an interface)", v, verb, t, t);
        break;
    case IMPL_IFACE_PTR:
        *cause = check_sprintf(chk, "%T does not %s %T (type %T is pointer to interface, not interface)", v, verb, t,
                               t);
        break;
    case IMPL_EMPTY_TYPESET: *cause = check_sprintf(chk, "cannot %s %T (empty type set)", verb, t); break;
    case IMPL_MISSING:
        *cause = check_sprintf(chk, "%T does not %s %T %s", v, verb, t, check_missing_cause(chk, v, t, ic.miss));
        break;
    case IMPL_NOT_SUBSET: *cause = check_sprintf(chk, "%T does not %s %T", v, verb, t); break;
    case IMPL_MISSING_TILDE:
        *cause = check_sprintf(chk, "%T does not %s %T (possibly missing ~ for %T in %T)", v, verb, t, ic.alt, t);
        break;
    case IMPL_MENTIONS:
        *cause = check_sprintf(chk, "%T does not %s %T (%T mentions %T, but %T is not in the type set of %T)", v, verb,
                               t, t, v, v, t);
        break;
    case IMPL_NOT_IN_SET: {
        StrBuf b = {0};
        tl_write(&b, ts_terms(ts_of_type(t)));
        *cause = check_sprintf(chk, "%T does not %s %T (%T missing in %s)", v, verb, t, v, b.s ? b.s : "");
        sb_free(&b);
        break;
    }
    case IMPL_NOT_COMPARABLE: *cause = check_sprintf(chk, "%T does not %s comparable", v, verb); break;
    }
    return false;
}
