/* termlist.c: type terms and unions of them, the algebra beneath type sets.
 * A term is T (exactly T) or ~T (every type whose underlying type is T); a
 * term with a NULL type is 𝓤, all types. Empty terms (∅) are never stored:
 * a list without terms is the empty set. Operations are quadratic, as in
 * go/types: lists are short (a union has at most 100 terms). Results live in
 * the types arena because type sets keep them. */
#include "types/types.h"

static Term all_term = {false, NULL};

/* ---- single terms ----------------------------------------------------- */

bool term_disjoint(Term x, Term y) {
    Type *ux = x.type, *uy = y.type;
    if (y.tilde) ux = ty_underlying(ux);
    if (x.tilde) uy = ty_underlying(uy);
    return !ty_identical(ux, uy);
}

bool term_includes(Term x, Type *t) {
    if (!x.type) return true;
    Type *u = x.tilde ? ty_underlying(t) : t;
    return ty_identical(x.type, u);
}

bool term_subset_of(Term x, Term y) {
    if (!y.type) return true;
    if (!x.type) return false;
    if (term_disjoint(x, y)) return false;
    return !x.tilde || y.tilde;
}

/* x ∪ y as one term (returns true) or two disjoint ones (false). */
static bool term_union1(Term x, Term y, Term *out) {
    if (!x.type) { *out = x; return true; }
    if (!y.type) { *out = y; return true; }
    if (term_disjoint(x, y)) return false;
    *out = (x.tilde || !y.tilde) ? x : y;
    return true;
}

/* x ∩ y; false when empty. */
static bool term_intersect(Term x, Term y, Term *out) {
    if (!x.type) { *out = y; return true; }
    if (!y.type) { *out = x; return true; }
    if (term_disjoint(x, y)) return false;
    *out = (!x.tilde || y.tilde) ? x : y;
    return true;
}

/* ---- lists ------------------------------------------------------------ */

TermList tl_all(void) { return (TermList){&all_term, 1}; }

bool tl_is_empty(TermList l) { return l.n == 0; }

bool tl_is_all(TermList l) {
    for (int i = 0; i < l.n; i++)
        if (!l.a[i].type) return true;
    return false;
}

TermList tl_norm(TermList l) {
    if (l.n < 2) return l;
    bool *used = xmalloc((size_t)l.n);
    for (int i = 0; i < l.n; i++) used[i] = false;
    Term *r = NEWARR(ty_arena(), Term, l.n);
    int n = 0;
    for (int i = 0; i < l.n; i++) {
        if (used[i]) continue;
        Term xi = l.a[i];
        for (int j = i + 1; j < l.n; j++) {
            Term u;
            if (used[j] || !term_union1(xi, l.a[j], &u)) continue;
            if (!u.type) {
                free(used);
                return tl_all();
            }
            xi = u;
            used[j] = true;
        }
        r[n++] = xi;
    }
    free(used);
    return (TermList){r, n};
}

TermList tl_union(TermList x, TermList y) {
    if (x.n + y.n == 0) return x;
    Term *a = NEWARR(ty_arena(), Term, x.n + y.n);
    for (int i = 0; i < x.n; i++) a[i] = x.a[i];
    for (int i = 0; i < y.n; i++) a[x.n + i] = y.a[i];
    return tl_norm((TermList){a, x.n + y.n});
}

TermList tl_intersect(TermList x, TermList y) {
    if (!x.n || !y.n) return (TermList){NULL, 0};
    Term *a = NEWARR(ty_arena(), Term, x.n * y.n);
    int n = 0;
    for (int i = 0; i < x.n; i++)
        for (int j = 0; j < y.n; j++)
            if (term_intersect(x.a[i], y.a[j], &a[n])) n++;
    return tl_norm((TermList){a, n});
}

bool tl_includes(TermList l, Type *t) {
    for (int i = 0; i < l.n; i++)
        if (term_includes(l.a[i], t)) return true;
    return false;
}

bool tl_superset_of(TermList l, Term y) {
    for (int i = 0; i < l.n; i++)
        if (term_subset_of(y, l.a[i])) return true;
    return false;
}

bool tl_subset_of(TermList x, TermList y) {
    if (!y.n) return !x.n;
    for (int i = 0; i < x.n; i++)
        if (!tl_superset_of(y, x.a[i])) return false;
    return true;
}

bool tl_equal(TermList x, TermList y) { return tl_subset_of(x, y) && tl_subset_of(y, x); }

void tl_write(StrBuf *b, TermList l) {
    if (!l.n) {
        sb_puts(b, "∅");
        return;
    }
    for (int i = 0; i < l.n; i++) {
        if (i) sb_puts(b, " | ");
        if (!l.a[i].type) {
            sb_puts(b, "𝓤");
            continue;
        }
        if (l.a[i].tilde) sb_putc(b, '~');
        ty_write(b, l.a[i].type, NULL, NULL);
    }
}
