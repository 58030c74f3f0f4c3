/* implements.c: go/types' implements with types2's wording of its causes
 * (verb "implement" or "satisfy"). The decision is types.h's
 * ty_implements; missing-method causes are call.c's check_missing_cause. */
#include "types/check.h"


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
        *cause = check_sprintf(chk, "%T does not %s %T %s", v, verb, t, check_missing_cause(chk, v, t, &ic.miss));
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
