/* typeops_test.c: unit tests of the operations on types: identity, term
 * lists and type sets, predicates, lookup, method sets, substitution and
 * instantiation, implements, unification and inference. The declarations
 * below mirror a small Go package p; expected answers were obtained by
 * asking go/types (Go 1.27) the same questions about that package.
 *
 * With --oracle QUERIES the program instead answers the questions of
 * tests/oracle/typeops/queries.txt (package p of p.go.txt, built here by
 * hand) in the oracle's text form; tests/check-typeops compares that with
 * what go/types answers, line by line. */
#include <stdio.h>
#include <string.h>

#include "types/types.h"

#include "check.h"

static void check_str(Type *t, const char *want, int line) {
    char *got = ty_string(t);
    if (strcmp(got, want)) {
        failures++;
        fprintf(stderr, "%s:%d: type string %s, want %s\n", __FILE__, line, got, want);
    }
    free(got);
}
#define STR(t, want) check_str((t), (want), __LINE__)

static void check_ts(Type *iface, const char *want, int line) {
    StrBuf b = {0};
    ts_write(&b, ts_of(iface));
    if (strcmp(b.s, want)) {
        failures++;
        fprintf(stderr, "%s:%d: type set %s, want %s\n", __FILE__, line, b.s, want);
    }
    sb_free(&b);
}
#define TS(t, want) check_ts((t), (want), __LINE__)

/* ---- building package p by hand ------------------------------------------ */

static Package *p;
static Type *tint, *tstr, *tf64;

static Sym *S(const char *s) { return intern_cstr(s); }

static Object *var(VarKind vk, const char *name, Type *t) { return obj_var(vk, (Pos){0}, p, S(name), t); }

static Type *tuple1(const char *name, Type *t) {
    if (!t) return ty_tuple(NULL, 0);
    Object *v = var(VK_PARAM, name, t);
    return ty_tuple(&v, 1);
}

static Type *sig(Type *param, Type *result) {
    Type *s = ty_new(T_SIGNATURE);
    s->u.sig.params = tuple1("v", param);
    s->u.sig.results = tuple1("", result);
    return s;
}

static Type *named(const char *name, Type *under) {
    Object *o = obj_new(OBJ_TYPENAME, (Pos){0}, p, S(name), NULL);
    Type *t = ty_new(T_NAMED);
    t->u.named.obj = o;
    t->u.named.orig = t;
    t->u.named.underlying = under;
    o->type = t;
    return t;
}

static Object *method(Type *recv_named, const char *name, bool ptr, Type *s) {
    if (!s) s = sig(NULL, NULL);
    s->u.sig.recv = var(VK_RECV, "", ptr ? ty_pointer(recv_named) : recv_named);
    Object *m = obj_new(OBJ_FUNC, (Pos){0}, p, S(name), s);
    m->u.func.has_ptr_recv = ptr;
    Type *o = recv_named->u.named.orig;
    Object **ms = NEWARR(ty_arena(), Object *, o->u.named.nmethods + 1);
    if (o->u.named.nmethods) memcpy(ms, o->u.named.methods, sizeof(Object *) * (size_t)o->u.named.nmethods);
    ms[o->u.named.nmethods++] = m;
    o->u.named.methods = ms;
    return m;
}

/* fields: "name" or "!Name" for an embedded field */
static Type *strct(int n, const char **names, Type **types) {
    Type *t = ty_new(T_STRUCT);
    t->u.strct.fields = NEWARR(ty_arena(), Object *, n);
    for (int i = 0; i < n; i++) {
        bool emb = names[i][0] == '!';
        Object *f = var(VK_FIELD, names[i] + emb, types[i]);
        f->u.var.embedded = emb;
        t->u.strct.fields[i] = f;
    }
    t->u.strct.nfields = n;
    return t;
}

static Object *imethod(const char *name, Type *s) { return obj_new(OBJ_FUNC, (Pos){0}, p, S(name), s ? s : sig(NULL, NULL)); }

static Type *iface(int nm, Object **ms, int ne, Type **es) {
    Type *t = ty_new(T_INTERFACE);
    t->u.iface.methods = nm ? arena_dup(ty_arena(), ms, sizeof(Object *) * (size_t)nm) : NULL;
    t->u.iface.nmethods = nm;
    t->u.iface.embeddeds = ne ? arena_dup(ty_arena(), es, sizeof(Type *) * (size_t)ne) : NULL;
    t->u.iface.nembeddeds = ne;
    return t;
}

/* union of n terms; a leading '~' in tildes[i] marks ~T */
static Type *uni(int n, const bool *tilde, Type **types) {
    Type *t = ty_new(T_UNION);
    t->u.uni.terms = NEWARR(ty_arena(), Term, n);
    for (int i = 0; i < n; i++) t->u.uni.terms[i] = (Term){tilde[i], types[i]};
    t->u.uni.n = n;
    return t;
}

static Type *tparam(const char *name, Type *bound, int index) {
    Object *o = obj_new(OBJ_TYPENAME, (Pos){0}, p, S(name), NULL);
    o->u.tname.is_tparam = true;
    return ty_typeparam(o, bound, index);
}

/* The declarations of p (see the file comment). */
static Type *I, *J, *TS_, *A, *B, *T1, *T2, *D1, *D2, *PS, *Str, *Arr, *IS, *FS, *X, *Y;
static Type *Num, *C, *U, *E, *K, *Mixed, *CM, *MyInt;

static void declare(void) {
    p = pkg_new("p", S("p"));
    tint = ty_basic[B_INT], tstr = ty_basic[B_STRING], tf64 = ty_basic[B_FLOAT64];
    I = named("I", iface(2, (Object *[]){imethod("M", NULL), imethod("m", NULL)}, 0, NULL));
    J = named("J", iface(2, (Object *[]){imethod("N", NULL), imethod("a", NULL)}, 1, (Type *[]){I}));
    A = named("A", strct(1, (const char *[]){"F"}, (Type *[]){tint}));
    method(A, "M", false, NULL);
    method(A, "P", true, NULL);
    method(A, "m", false, NULL);
    B = named("B", strct(2, (const char *[]){"F", "G"}, (Type *[]){tint, tint}));
    method(B, "M2", true, NULL);
    method(B, "N", false, NULL);
    TS_ = named("S", strct(3, (const char *[]){"!A", "!B", "x"}, (Type *[]){A, ty_pointer(B), tint}));
    T1 = named("T1", strct(2, (const char *[]){"!S", "!A"}, (Type *[]){TS_, A}));
    D1 = named("D1", strct(1, (const char *[]){"!A"}, (Type *[]){A}));
    D2 = named("D2", strct(1, (const char *[]){"!A"}, (Type *[]){A}));
    T2 = named("T2", strct(2, (const char *[]){"!D1", "!D2"}, (Type *[]){D1, D2}));
    PS = named("PS", ty_pointer(TS_));
    Str = named("Str", strct(1, (const char *[]){"f"}, (Type *[]){ty_slice(tint)}));
    Arr = named("Arr", ty_array(Str, 2));
    IS = named("IS", iface(1, (Object *[]){imethod("String", sig(NULL, tstr))}, 0, NULL));
    FS = named("FS", strct(0, NULL, NULL));
    method(FS, "String", true, sig(NULL, tstr));
    X = named("X", strct(1, (const char *[]){"!FS"}, (Type *[]){FS}));
    Y = named("Y", strct(1, (const char *[]){"!FS"}, (Type *[]){ty_pointer(FS)}));
    Num = named("Num", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, true}, (Type *[]){tint, tf64})}));
    C = named("C", iface(0, NULL, 2, (Type *[]){ty_comparable, Num}));
    U = named("U", iface(0, NULL, 2, (Type *[]){uni(2, (bool[]){false, false}, (Type *[]){tint, tstr}),
                                               uni(2, (bool[]){true, false}, (Type *[]){tint, tf64})}));
    E = named("E", iface(0, NULL, 2, (Type *[]){tint, tstr}));
    K = named("K", iface(0, NULL, 2, (Type *[]){ty_comparable, ty_any}));
    Mixed = named("Mixed", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, false}, (Type *[]){tint, ty_slice(ty_byte)})}));
    CM = named("CM", iface(0, NULL, 2, (Type *[]){ty_comparable, Mixed}));
    MyInt = named("MyInt", tint);
}

/* ---- identity ---------------------------------------------------------------- */

static void test_identity(void) {
    CHECK(ty_identical(tint, tint));
    CHECK(!ty_identical(tint, ty_basic[B_INT64]));
    CHECK(ty_identical(ty_byte, ty_basic[B_UINT8]));
    CHECK(ty_identical(ty_slice(ty_pointer(tint)), ty_slice(ty_pointer(tint))));
    CHECK(!ty_identical(ty_array(tint, 2), ty_array(tint, 3)));
    CHECK(ty_identical(ty_map(tstr, tint), ty_map(tstr, tint)));
    CHECK(!ty_identical(ty_chan(tint, CHAN_SEND), ty_chan(tint, CHAN_BOTH)));
    CHECK(ty_identical(ty_chan(tint, CHAN_RECV), ty_chan(tint, CHAN_RECV)));
    CHECK(ty_identical(ty_any, ty_empty_iface));
    CHECK(ty_identical(ty_any, iface(0, NULL, 0, NULL)));
    CHECK(!ty_identical(MyInt, tint));
    CHECK(!ty_identical(D1, D2));
    /* struct tags */
    Type *s1 = strct(1, (const char *[]){"f"}, (Type *[]){tint});
    Type *s2 = strct(1, (const char *[]){"f"}, (Type *[]){tint});
    CHECK(ty_identical(s1, s2));
    s2->u.strct.tags = NEWARR(ty_arena(), Sym *, 1);
    s2->u.strct.tags[0] = S("json:\"f\"");
    CHECK(!ty_identical(s1, s2));
    CHECK(ty_identical_ignore_tags(s1, s2));
    Type *s3 = strct(1, (const char *[]){"!f"}, (Type *[]){tint});
    CHECK(!ty_identical(s1, s3));
    /* unexported field names from different packages differ */
    Type *s4 = strct(1, (const char *[]){"f"}, (Type *[]){tint});
    s4->u.strct.fields[0]->pkg = pkg_new("q", S("q"));
    CHECK(!ty_identical(s1, s4));
    /* signatures: parameter names and variadic */
    Type *f1 = sig(tint, tstr), *f2 = sig(tint, tstr);
    f2->u.sig.params->u.tuple.vars[0]->name = S("other");
    CHECK(ty_identical(f1, f2));
    Type *f3 = sig(ty_slice(tint), NULL), *f4 = sig(ty_slice(tint), NULL);
    f4->u.sig.variadic = true;
    CHECK(!ty_identical(f3, f4));
    /* interfaces by type set: interface{I; N(); a()} == J's underlying */
    Type *j2 = iface(3, (Object *[]){imethod("a", NULL), imethod("N", NULL), imethod("M", NULL)}, 1,
                     (Type *[]){named("I2", iface(1, (Object *[]){imethod("m", NULL)}, 0, NULL))});
    CHECK(ty_identical(ty_underlying(J), j2));
    CHECK(!ty_identical(ty_underlying(I), j2));
    Type *u1 = iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){false, true}, (Type *[]){tstr, tint})});
    Type *u2 = iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, false}, (Type *[]){tint, tstr})});
    CHECK(ty_identical(u1, u2));
    CHECK(!ty_identical(u1, ty_underlying(Num)));
    CHECK(!ty_identical(ty_underlying(K), ty_empty_iface));
    CHECK(ty_identical(ty_underlying(K), ty_underlying(ty_comparable)));
    /* generic signatures: func[P any](P) P vs func[Q any](Q) Q */
    Type *P = tparam("P", ty_any, 0), *Q = tparam("Q", ty_any, 0), *R = tparam("R", ty_comparable, 0);
    Type *g1 = sig(P, P), *g2 = sig(Q, Q), *g3 = sig(R, R), *g4 = sig(Q, tint);
    g1->u.sig.tparams = (Type *[]){P}, g1->u.sig.ntparams = 1;
    g2->u.sig.tparams = (Type *[]){Q}, g2->u.sig.ntparams = 1;
    g3->u.sig.tparams = (Type *[]){R}, g3->u.sig.ntparams = 1;
    g4->u.sig.tparams = (Type *[]){Q}, g4->u.sig.ntparams = 1;
    CHECK(ty_identical(g1, g2));
    CHECK(!ty_identical(g1, g3));
    CHECK(!ty_identical(g1, g4));
    CHECK(!ty_identical(P, Q));
    /* aliases are transparent */
    Type *al = ty_new(T_ALIAS);
    al->u.alias.obj = obj_new(OBJ_TYPENAME, (Pos){0}, p, S("AL"), al);
    al->u.alias.orig = al;
    al->u.alias.rhs = MyInt;
    CHECK(ty_identical(al, MyInt) && ty_identical(ty_pointer(al), ty_pointer(MyInt)));
}

/* ---- term lists and type sets ------------------------------------------------- */

static void test_termlists(void) {
    Term ti = {false, tint}, tti = {true, tint}, tmy = {false, MyInt}, ts = {false, tstr};
    CHECK(term_includes(tti, MyInt) && !term_includes(ti, MyInt));
    CHECK(term_subset_of(ti, tti) && term_subset_of(tmy, tti) && !term_subset_of(tti, ti));
    CHECK(term_disjoint(ti, ts) && !term_disjoint(tmy, tti));
    TermList l1 = {(Term[]){ti, tmy, ts}, 3}, l2 = {(Term[]){tti}, 1};
    TermList n = tl_norm((TermList){(Term[]){ti, tti, ts}, 3});
    CHECK(n.n == 2 && tl_equal(n, (TermList){(Term[]){tti, ts}, 2}));
    CHECK(tl_equal(tl_intersect(l1, l2), (TermList){(Term[]){ti, tmy}, 2}));
    CHECK(tl_subset_of(l2, tl_all()) && !tl_subset_of(tl_all(), l2));
    CHECK(tl_is_all(tl_union(l1, tl_all())));
    CHECK(tl_is_empty(tl_intersect(l2, (TermList){(Term[]){ts}, 1})));
    CHECK(tl_includes(l1, MyInt) && !tl_includes(l1, ty_basic[B_INT8]));
    StrBuf b = {0};
    tl_write(&b, tl_union((TermList){(Term[]){ts}, 1}, l2));
    CHECK(strcmp(b.s, "string | ~int") == 0);
    sb_free(&b);
}

static void test_typesets(void) {
    TS(ty_underlying(I), "{func M(); func p.m()}");
    TypeSet *js = ts_of(ty_underlying(J));
    CHECK(js->nmethods == 4);
    const char *order[] = {"M", "N", "a", "m"}; /* exported first, then by name */
    for (int i = 0; i < 4 && i < js->nmethods; i++) CHECK(strcmp(js->methods[i]->name->s, order[i]) == 0);
    TS(ty_underlying(Num), "{~int | ~float64}");
    TS(ty_underlying(C), "{~int | ~float64}");
    TS(ty_underlying(U), "{int}");
    TS(ty_underlying(E), "∅");
    TS(ty_underlying(K), "{comparable}");
    TS(ty_underlying(Mixed), "{~int | []byte}");
    TS(ty_underlying(CM), "{~int}");
    TS(ty_empty_iface, "𝓤");
    /* go/types: IsComparable / IsMethodSet as reported for p */
    CHECK(!ts_is_comparable(ts_of(ty_underlying(I))) && ts_is_method_set(ts_of(ty_underlying(I))));
    CHECK(ts_is_comparable(ts_of(ty_underlying(Num))) && !ts_is_method_set(ts_of(ty_underlying(Num))));
    CHECK(ts_is_comparable(ts_of(ty_underlying(U))));
    CHECK(!ts_is_comparable(ts_of(ty_underlying(E))) && ts_is_empty(ts_of(ty_underlying(E))));
    CHECK(ts_is_comparable(ts_of(ty_underlying(K))));
    CHECK(!ts_is_comparable(ts_of(ty_underlying(Mixed))));
    CHECK(ts_is_comparable(ts_of(ty_underlying(CM))));
    CHECK(ts_is_all(ts_of(ty_empty_iface)) && !ts_is_all(ts_of(ty_underlying(K))));
    /* a duplicate explicit method is reported */
    TsErrors errs = {0};
    Type *dup = iface(2, (Object *[]){imethod("M", NULL), imethod("M", sig(tint, NULL))}, 0, NULL);
    ts_compute(dup, &errs);
    CHECK(errs.n == 1 && errs.a[0].kind == TSE_DUP_METHOD);
    /* the same method through two embeddings: fine when identical */
    errs.n = 0;
    Type *emb = iface(0, NULL, 2, (Type *[]){I, named("I3", iface(1, (Object *[]){imethod("M", sig(tint, NULL))}, 0, NULL))});
    ts_compute(emb, &errs);
    CHECK(errs.n == 1 && errs.a[0].kind == TSE_DUP_EMBEDDED && errs.a[0].embedded == 1);
    vec_free(&errs);
    /* more than 100 union terms */
    Type *many[101];
    for (int i = 0; i < 101; i++) many[i] = ty_array(tint, i);
    bool tl[101] = {0};
    TsErrors e2 = {0};
    CHECK(ts_of_union(uni(101, tl, many), &e2) == ts_invalid() && e2.n == 1 && e2.a[0].kind == TSE_TOO_MANY_TERMS);
    vec_free(&e2);
    /* ~T where T is not an underlying type contributes nothing */
    TS(iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, false}, (Type *[]){MyInt, tstr})}), "{string}");
}

/* ---- predicates ----------------------------------------------------------------- */

static void test_predicates(void) {
    CHECK(ty_is_comparable(TS_) && ty_is_comparable(MyInt) && ty_is_comparable(PS) && ty_is_comparable(I));
    Type *why = NULL;
    CHECK(!ty_is_comparable(Str) && ty_comparable_why(Str, true, &why) == CMP_STRUCT_FIELD);
    STR(why, "[]int");
    CHECK(ty_comparable_why(Arr, true, &why) == CMP_ARRAY && why == Arr);
    CHECK(ty_comparable_why(ty_basic[B_UNTYPED_NIL], true, NULL) == CMP_PLAIN);
    CHECK(!ty_strictly_comparable(I) && ty_is_comparable(I));
    Type *pn = tparam("P", Num, 0), *pa = tparam("Q", ty_any, 1), *pm = tparam("R", Mixed, 2);
    CHECK(ty_is_comparable(pn) && !ty_is_comparable(pa) && !ty_is_comparable(pm));
    CHECK(ty_comparable_why(pa, true, NULL) == CMP_INCOMPARABLE_TS);
    CHECK(ty_comparable_why(tparam("S", E, 3), true, NULL) == CMP_EMPTY_TYPESET);
    CHECK(ty_all_numeric(pn) && ty_all_ordered(pn) && !ty_all_integer(pn) && !ty_all_numeric(pa));
    CHECK(ty_all_integer(MyInt) && !ty_all_string(MyInt));
    CHECK(ty_has_nil(ty_slice(tint)) && ty_has_nil(I) && ty_has_nil(ty_basic[B_UNSAFE_POINTER]) && !ty_has_nil(TS_));
    Type *pp = tparam("PP", named("PtrOrSlice", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){false, true}, (Type *[]){ty_pointer(tint), ty_slice(tint)})})), 0);
    CHECK(ty_has_nil(pp) && !ty_has_nil(pa) && !ty_has_nil(pn));
    CHECK(ty_default(ty_basic[B_UNTYPED_RUNE]) == ty_rune && ty_default(ty_basic[B_UNTYPED_FLOAT]) == tf64);
    CHECK(ty_default(ty_basic[B_UNTYPED_NIL]) == ty_basic[B_UNTYPED_NIL] && ty_default(MyInt) == MyInt);
    CHECK(ty_max_type(ty_basic[B_UNTYPED_INT], ty_basic[B_UNTYPED_FLOAT]) == ty_basic[B_UNTYPED_FLOAT]);
    CHECK(ty_max_type(ty_basic[B_UNTYPED_INT], tint) == NULL);
    CHECK(!ty_is_valid(ty_basic[B_INVALID]) && ty_is_valid(tint));
    CHECK(ty_has_name(MyInt) && ty_has_name(tint) && !ty_has_name(ty_slice(tint)) && ty_has_name(pa));
    /* common underlying types */
    int err;
    Type *t1, *t2;
    Type *pc = tparam("C1", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){false, false}, (Type *[]){ty_chan(tint, CHAN_BOTH), ty_chan(tint, CHAN_RECV)})}), 0);
    STR(ty_common_under(pc, NULL, NULL, &err, &t1, &t2), "<-chan int");
    Type *pc2 = tparam("C2", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){false, false}, (Type *[]){ty_chan(tint, CHAN_SEND), ty_chan(tint, CHAN_RECV)})}), 0);
    CHECK(!ty_common_under(pc2, NULL, NULL, &err, &t1, &t2) && err == CU_CHAN_DIR);
    CHECK(!ty_common_under(pn, NULL, NULL, &err, &t1, &t2) && err == CU_DIFFERENT && t1 == tint && t2 == tf64);
    CHECK(!ty_common_under(pa, NULL, NULL, &err, NULL, NULL) && err == CU_NO_SPECIFIC);
    Type *ps = tparam("SL", iface(0, NULL, 1, (Type *[]){uni(1, (bool[]){true}, (Type *[]){ty_slice(tint)})}), 0);
    STR(ty_common_under(ps, NULL, NULL, &err, NULL, NULL), "[]int");
    STR(ty_common_under(MyInt, NULL, NULL, &err, NULL, NULL), "int");
}

/* ---- lookup and method sets ----------------------------------------------------- */

static void check_lookup(Type *t, const char *name, bool addr, const char *want_obj, const int *idx, int nidx, bool indirect, int line) {
    Lookup r = ty_lookup_field_or_method(t, addr, p, S(name));
    bool ok = (want_obj ? r.obj && strcmp(r.obj->name->s, want_obj) == 0 : !r.obj) && r.nindex == nidx && r.indirect == indirect;
    for (int i = 0; ok && i < nidx; i++) ok = r.index[i] == idx[i];
    if (!ok) {
        failures++;
        fprintf(stderr, "%s:%d: lookup %s: obj %s nindex %d indirect %d\n", __FILE__, line, name,
                r.obj ? r.obj->name->s : "<nil>", r.nindex, r.indirect);
    }
}
#define LOOKUP(t, n, a, o, idx, nidx, ind) check_lookup((t), (n), (a), (o), (idx), (nidx), (ind), __LINE__)

static void test_lookup(void) {
    LOOKUP(TS_, "F", false, NULL, ((int[]){1, 0}), 2, false); /* ambiguous: A.F, B.F */
    LOOKUP(TS_, "G", false, "G", ((int[]){1, 1}), 2, true);
    LOOKUP(TS_, "x", false, "x", ((int[]){2}), 1, false);
    LOOKUP(TS_, "M", false, "M", ((int[]){0, 0}), 2, false);
    LOOKUP(TS_, "P", false, NULL, NULL, 0, true); /* pointer receiver */
    LOOKUP(TS_, "P", true, "P", ((int[]){0, 1}), 2, false);
    LOOKUP(TS_, "M2", false, "M2", ((int[]){1, 0}), 2, true);
    LOOKUP(TS_, "N", false, "N", ((int[]){1, 1}), 2, true);
    LOOKUP(T1, "M", false, "M", ((int[]){1, 0}), 2, false);
    LOOKUP(T1, "F", false, "F", ((int[]){1, 0}), 2, false);
    LOOKUP(T2, "M", false, NULL, ((int[]){0, 0, 0}), 3, false);
    LOOKUP(T2, "F", false, NULL, ((int[]){0, 0, 0}), 3, false);
    LOOKUP(PS, "x", false, "x", ((int[]){2}), 1, true);
    LOOKUP(PS, "M", false, NULL, NULL, 0, false);
    LOOKUP(X, "String", false, NULL, NULL, 0, true);
    LOOKUP(Y, "String", false, "String", ((int[]){0, 0}), 2, true);
    LOOKUP(J, "m", false, "m", ((int[]){3}), 1, false);
    LOOKUP(ty_pointer(J), "m", false, NULL, NULL, 0, false);
    LOOKUP(TS_, "_", false, NULL, NULL, 0, false);
    /* a type parameter has its constraint's methods, a pointer to it none
     * (go/types: "type *P is pointer to type parameter, not type parameter") */
    Type *P = tparam("P", I, 0);
    LOOKUP(P, "M", false, "M", ((int[]){0}), 1, false);
    LOOKUP(ty_pointer(P), "M", false, NULL, NULL, 0, false);
    CHECK(ty_method_set(ty_pointer(P)).n == 0 && ty_method_set(P).n == 2);
    CHECK(ty_is_interface_ptr(ty_pointer(P)) && ty_under_is_interface(P) && !ty_is_interface(P));
    /* an unexported name of another package is not found */
    Lookup r = ty_lookup_field_or_method(TS_, false, pkg_new("q", S("q")), S("x"));
    CHECK(!r.obj && !r.nindex);
}

static void check_mset(Type *t, const char *want, int line) {
    MethodSet ms = ty_method_set(t);
    StrBuf b = {0};
    for (int i = 0; i < ms.n; i++) {
        if (i) sb_putc(&b, ' ');
        sb_puts(&b, ms.list[i].obj->name->s);
    }
    const char *got = b.s ? b.s : "";
    if (strcmp(got, want)) {
        failures++;
        fprintf(stderr, "%s:%d: method set %s, want %s\n", __FILE__, line, got, want);
    }
    sb_free(&b);
}
#define MSET(t, want) check_mset((t), (want), __LINE__)

static void test_method_sets(void) {
    MSET(TS_, "M M2 N m");
    MSET(ty_pointer(TS_), "M M2 N P m");
    MSET(A, "M m");
    MSET(ty_pointer(A), "M P m");
    MSET(B, "N");
    MSET(ty_pointer(B), "M2 N");
    MSET(T1, "M M2 N m");
    MSET(ty_pointer(T1), "M M2 N P m");
    MSET(T2, "");
    MSET(ty_pointer(T2), "");
    MSET(X, "");
    MSET(ty_pointer(X), "String");
    MSET(Y, "String");
    MSET(ty_pointer(Y), "String");
    MSET(I, "M m");
    MSET(ty_pointer(I), "");
    MSET(J, "M N a m");
    MSET(PS, "");
    MSET(ty_pointer(PS), "");
    MethodSet ms = ty_method_set(ty_pointer(TS_));
    Selection *s = ms_lookup(&ms, p, S("P"));
    CHECK(s && s->nindex == 2 && s->index[0] == 0 && s->index[1] == 1 && s->indirect);
    CHECK(!ms_lookup(&ms, pkg_new("q", S("q")), S("m")));
}

/* ---- generics --------------------------------------------------------------------- */

static Type **list1(Type *t) {
    Type **a = NEWARR(ty_arena(), Type *, 1);
    a[0] = t;
    return a;
}

static Type *List; /* type List[T any] struct{ next *List[T]; val T } */

static void declare_list(void) {
    Type *T = tparam("T", ty_any, 0);
    List = named("List", NULL);
    List->u.named.tparams = NEWARR(ty_arena(), Type *, 1);
    List->u.named.tparams[0] = T;
    List->u.named.ntparams = 1;
    Type *self = ty_instantiate(List, &T, 1, NULL);
    List->u.named.underlying = strct(2, (const char *[]){"next", "val"}, (Type *[]){ty_pointer(self), T});
    /* func (l *List[T]) Push(v T); func (l List[T]) Len() int: own receiver type parameters */
    Type *T2p = tparam("T", ty_any, 0), *T3 = tparam("T", ty_any, 0);
    Object *push = method(List, "Push", true, sig(T2p, NULL));
    push->type->u.sig.recv->type = ty_pointer(ty_instantiate(List, &T2p, 1, NULL));
    push->type->u.sig.rtparams = list1(T2p), push->type->u.sig.nrtparams = 1;
    Object *len = method(List, "Len", false, sig(NULL, tint));
    len->type->u.sig.recv->type = ty_instantiate(List, &T3, 1, NULL);
    len->type->u.sig.rtparams = list1(T3), len->type->u.sig.nrtparams = 1;
}

static void test_generics(void) {
    declare_list();
    STR(List, "p.List[T any]");
    Type *li = ty_instantiate(List, &tint, 1, NULL);
    STR(li, "p.List[int]");
    CHECK(ty_instantiate(List, &tint, 1, NULL) == li); /* the context dedupes */
    Type *lb = ty_instantiate(List, &ty_byte, 1, NULL), *lu8 = ty_instantiate(List, &ty_basic[B_UINT8], 1, NULL);
    CHECK(lb != lu8 && ty_identical(lb, lu8)); /* as go/types: spelt apart, identical */
    Type *ls = ty_instantiate(List, &tstr, 1, NULL);
    CHECK(!ty_identical(li, ls) && !ty_identical(li, List));
    CHECK(ty_instantiate(List, NULL, 0, NULL) == NULL);
    STR(ty_underlying(li), "struct{next *p.List[int]; val int}");
    Type *next = ty_underlying(li)->u.strct.fields[0]->type->u.ptr.elem;
    CHECK(next == li); /* the recursive reference is the same instance */
    CHECK(ty_underlying(li)->u.strct.fields[1]->u.var.origin == ty_underlying(List)->u.strct.fields[1]);
    /* methods of the instance: substituted lazily, receivers rewritten */
    CHECK(ty_named_nmethods(li) == 2);
    Object *push = ty_named_method(li, 0);
    STR(push->type, "func(v int)");
    STR(push->type->u.sig.recv->type, "*p.List[int]");
    CHECK(push->u.func.origin == List->u.named.methods[0] && ty_named_method(li, 0) == push);
    MSET(li, "Len");
    MSET(ty_pointer(li), "Len Push");
    Lookup r = ty_lookup_field_or_method(li, false, p, S("val"));
    CHECK(r.obj && r.nindex == 1 && r.index[0] == 1);
    STR(r.obj->type, "int");
    r = ty_lookup_field_or_method(ty_pointer(ls), false, p, S("Push"));
    CHECK(r.obj && r.indirect);
    STR(r.obj->type, "func(v string)");
    /* methods added to the origin after an instance was expanded */
    Object *extra = method(List, "Extra", false, sig(NULL, NULL));
    extra->type->u.sig.rtparams = list1(tparam("T", ty_any, 0)), extra->type->u.sig.nrtparams = 1;
    CHECK(ty_named_nmethods(li) == 3 && ty_named_method(li, 0) == push);
    MSET(li, "Extra Len");
    /* substitution shares what does not change */
    Type *T = List->u.named.tparams[0];
    Type *mt = ty_map(T, ty_slice(ty_pointer(T)));
    SubstMap m = {&List->u.named.tparams[0], &tstr, 1};
    STR(ty_subst(mt, m, NULL), "map[string][]*string");
    Type *plain = ty_map(tint, ty_slice(tstr));
    CHECK(ty_subst(plain, m, NULL) == plain);
    Type *lt = ty_instantiate(List, &T, 1, NULL);
    CHECK(ty_subst(lt, m, NULL) == ls);
    /* a generic signature under substitution gets fresh type parameters */
    Type *P = tparam("P", T, 0); /* func[P T](P, T) */
    Type *g = ty_new(T_SIGNATURE);
    Object *ps[] = {var(VK_PARAM, "a", P), var(VK_PARAM, "b", T)};
    g->u.sig.params = ty_tuple(ps, 2);
    g->u.sig.results = ty_tuple(NULL, 0);
    g->u.sig.tparams = (Type *[]){P}, g->u.sig.ntparams = 1;
    Type *gs = ty_subst(g, m, NULL);
    CHECK(gs != g && gs->u.sig.tparams[0] != P);
    STR(gs->u.sig.tparams[0]->u.tparam.bound, "string");
    CHECK(gs->u.sig.params->u.tuple.vars[0]->type == gs->u.sig.tparams[0]);
    /* instantiating the signature itself */
    Type *gi = ty_instantiate(g, &tint, 1, NULL);
    STR(gi, "func(a int, b T)");
    CHECK(gi->u.sig.ntparams == 0);
    /* a generic alias: type Pair[K comparable] = map[K]List[K] */
    Type *Kp = tparam("K", ty_comparable, 0);
    Type *pair = ty_new(T_ALIAS);
    pair->u.alias.obj = obj_new(OBJ_TYPENAME, (Pos){0}, p, S("Pair"), pair);
    pair->u.alias.orig = pair;
    pair->u.alias.tparams = list1(Kp), pair->u.alias.ntparams = 1;
    pair->u.alias.rhs = ty_map(Kp, ty_instantiate(List, &Kp, 1, NULL));
    Type *pi = ty_instantiate(pair, &tstr, 1, NULL);
    STR(pi, "p.Pair[string]");
    STR(ty_unalias(pi), "map[string]p.List[string]");
    CHECK(ty_unalias(pi)->u.map.elem == ls && ty_instantiate(pair, &tstr, 1, NULL) == pi);
    CHECK(ty_is_generic(List) && !ty_is_generic(li) && ty_is_generic(pair) && !ty_is_generic(pi));
    char *h1 = ty_type_hash(ty_map(ty_byte, li)), *h2 = ty_type_hash(ty_map(ty_basic[B_UINT8], li));
    CHECK(strcmp(h1, h2) != 0); /* byte is hashed by name, as go/types */
    free(h1), free(h2);
}

/* ---- implements and verify -------------------------------------------------------- */

static void test_implements(void) {
    Missing m;
    CHECK(ty_implements(A, I, false, NULL) && ty_implements(ty_pointer(A), I, false, NULL));
    CHECK(ty_implements(TS_, I, false, NULL));
    ImplCause c;
    CHECK(!ty_implements(ty_pointer(TS_), J, false, &c) && c.kind == IMPL_MISSING);
    CHECK(c.miss.kind == MISS_NOT_FOUND && strcmp(c.miss.method->name->s, "a") == 0);
    m = ty_missing_method(X, IS, true, NULL, NULL);
    CHECK(m.kind == MISS_PTR_RECV && strcmp(m.method->name->s, "String") == 0);
    CHECK(ty_implements(ty_pointer(X), IS, false, NULL) && ty_implements(Y, IS, false, NULL));
    CHECK(ty_implements(MyInt, Num, true, NULL) && ty_implements(MyInt, C, true, NULL));
    /* wrong signature, wrong case, field, ambiguity */
    Type *IW = named("IW", iface(1, (Object *[]){imethod("M", sig(tint, NULL))}, 0, NULL));
    m = ty_missing_method(A, IW, true, NULL, NULL);
    CHECK(m.kind == MISS_WRONG_SIG && m.have && m.have->kind == OBJ_FUNC);
    Type *Ip = named("Ip", iface(1, (Object *[]){imethod("p", NULL)}, 0, NULL));
    CHECK(ty_missing_method(A, Ip, true, NULL, NULL).kind == MISS_NOT_FOUND); /* P needs a pointer */
    m = ty_missing_method(ty_pointer(A), Ip, true, NULL, NULL);
    CHECK(m.kind == MISS_WRONG_NAME && strcmp(m.have->name->s, "P") == 0);
    Object *qm = imethod("m", NULL);
    qm->pkg = pkg_new("q", S("q"));
    Type *Iq = named("Iq", iface(1, &qm, 0, NULL));
    m = ty_missing_method(A, Iq, true, NULL, NULL); /* go/types: have M(), want m() */
    CHECK(m.kind == MISS_WRONG_NAME && strcmp(m.have->name->s, "M") == 0);
    Type *Bm = named("Bm", strct(0, NULL, NULL));
    method(Bm, "m", false, NULL);
    m = ty_missing_method(Bm, Iq, true, NULL, NULL); /* go/types: (unexported method m) */
    CHECK(m.kind == MISS_UNEXPORTED && m.have && m.have->pkg == p);
    Type *IF = named("IF", iface(1, (Object *[]){imethod("F", NULL)}, 0, NULL));
    CHECK(ty_missing_method(A, IF, true, NULL, NULL).kind == MISS_FIELD);
    CHECK(ty_missing_method(T2, I, true, NULL, NULL).kind == MISS_AMBIGUOUS);
    /* interfaces: static vs not */
    Type *IM = named("IM", iface(1, (Object *[]){imethod("M", NULL)}, 0, NULL));
    CHECK(ty_missing_method(IM, I, true, NULL, NULL).kind == MISS_NOT_FOUND);
    CHECK(ty_missing_method(IM, I, false, NULL, NULL).kind == MISS_NONE);
    CHECK(ty_implements(J, I, false, NULL) && !ty_implements(I, J, false, NULL));
    /* comparable: implementing vs satisfying (Go 1.20+) */
    CHECK(!ty_implements(ty_any, ty_comparable, false, &c) && c.kind == IMPL_NOT_COMPARABLE);
    CHECK(ty_implements(ty_any, ty_comparable, true, NULL));
    CHECK(!ty_implements(ty_slice(ty_byte), ty_comparable, true, &c) && c.kind == IMPL_NOT_COMPARABLE);
    CHECK(!ty_implements(Str, ty_comparable, true, NULL));
    /* term mismatches */
    Type *OnlyInt = named("OnlyInt", iface(0, NULL, 1, (Type *[]){tint}));
    CHECK(!ty_implements(MyInt, OnlyInt, true, &c) && c.kind == IMPL_MISSING_TILDE && c.alt == tint);
    CHECK(!ty_implements(tstr, Num, true, &c) && c.kind == IMPL_NOT_IN_SET);
    Type *OnlyMy = named("OnlyMy", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){false, false}, (Type *[]){MyInt, tstr})}));
    CHECK(ty_implements(MyInt, OnlyMy, true, NULL));
    CHECK(!ty_implements(ty_basic[B_INT8], OnlyInt, true, &c) && c.kind == IMPL_NOT_IN_SET);
    CHECK(!ty_implements(tint, E, true, &c) && c.kind == IMPL_EMPTY_TYPESET);
    CHECK(!ty_implements(tint, MyInt, true, &c) && c.kind == IMPL_NOT_IFACE);
    CHECK(!ty_implements(tint, ty_pointer(I), true, &c) && c.kind == IMPL_IFACE_PTR);
    /* a type parameter satisfies through its constraint's type set */
    Type *pn = tparam("P", Num, 0), *pu = tparam("PU", U, 1);
    CHECK(ty_implements(pn, C, true, NULL) && !ty_implements(pn, OnlyInt, true, &c) && c.kind == IMPL_NOT_SUBSET);
    CHECK(ty_implements(pu, OnlyInt, true, NULL));
    /* verify: [P any, Q C] with (List[int], string) fails at index 1 */
    Type *tps[] = {tparam("P", ty_any, 0), tparam("Q", C, 1)};
    Type *List_int = ty_instantiate(List, &tint, 1, NULL);
    CHECK(ty_verify(tps, (Type *[]){List_int, tstr}, 2, NULL, &c) == 1 && c.kind == IMPL_NOT_IN_SET);
    CHECK(ty_verify(tps, (Type *[]){List_int, MyInt}, 2, NULL, NULL) == -1);
    /* a constraint mentioning an earlier type parameter: [P any, Q interface{~[]P}] */
    Type *qb = iface(0, NULL, 1, (Type *[]){uni(1, (bool[]){true}, (Type *[]){ty_slice(tps[0])})});
    Type *tps2[] = {tps[0], tparam("Q2", qb, 1)};
    CHECK(ty_verify(tps2, (Type *[]){tint, ty_slice(tint)}, 2, NULL, NULL) == -1);
    CHECK(ty_verify(tps2, (Type *[]){tstr, ty_slice(tint)}, 2, NULL, NULL) == 1);
}

/* ---- unification and inference ---------------------------------------------------- */

static Type *params(int n, Type **types) {
    Object **vs = NEWARR(ty_arena(), Object *, n ? n : 1);
    for (int i = 0; i < n; i++) vs[i] = var(VK_PARAM, "x", types[i]);
    return ty_tuple(vs, n);
}

/* Infer and compare the inferred types' strings, joined by ", ", or the
 * error kind when want_err is nonzero. */
static void check_infer(Type **tps, int n, Type *pars, InferArg *args, int nargs, const char *want, InferErrKind want_err, int line) {
    InferErr err;
    Type **got = ty_infer(tps, n, NULL, 0, pars, args, nargs, true, &err);
    StrBuf b = {0};
    for (int i = 0; got && i < n; i++) {
        if (i) sb_puts(&b, ", ");
        ty_write(&b, got[i], NULL, NULL);
    }
    bool ok = want_err ? !got && err.kind == want_err : got && strcmp(b.s, want) == 0;
    if (!ok) {
        failures++;
        fprintf(stderr, "%s:%d: infer: got [%s] (err %d), want [%s] (err %d)\n", __FILE__, line, b.s ? b.s : "", (int)err.kind, want ? want : "", (int)want_err);
    }
    sb_free(&b);
}
#define INFER(tps, n, pars, args, nargs, want, werr) check_infer((tps), (n), (pars), (args), (nargs), (want), (werr), __LINE__)

/* The calls of the go/types oracle program (comments give its answers). */
static void test_infer(void) {
    Type *ui = ty_basic[B_UNTYPED_INT], *uf = ty_basic[B_UNTYPED_FLOAT], *us = ty_basic[B_UNTYPED_STRING];
    Type *un = ty_basic[B_UNTYPED_NIL], *ur = ty_basic[B_UNTYPED_RUNE];
    Type *T = tparam("T", ty_any, 0);
    Type *fpars = params(2, (Type *[]){T, T}); /* func f[T any](x, y T) */
    INFER(&T, 1, fpars, ((InferArg[]){{tint, false}, {ui, false}}), 2, "int", 0);
    INFER(&T, 1, fpars, ((InferArg[]){{ui, false}, {uf, false}}), 2, "float64", 0);
    INFER(&T, 1, fpars, ((InferArg[]){{ui, false}, {us, false}}), 2, NULL, INF_UNTYPED);
    INFER(&T, 1, fpars, ((InferArg[]){{MyInt, false}, {tint, false}}), 2, "p.MyInt", 0);
    INFER(&T, 1, fpars, ((InferArg[]){{tint, false}, {MyInt, false}}), 2, "p.MyInt", 0);
    INFER(&T, 1, fpars, ((InferArg[]){{ur, false}, {ui, false}}), 2, "rune", 0);
    INFER(&T, 1, fpars, ((InferArg[]){{un, true}, {un, true}}), 2, NULL, INF_CANNOT_INFER);
    INFER(&T, 1, fpars, ((InferArg[]){{tint, false}, {tstr, false}}), 2, NULL, INF_ARG_INFERRED);
    /* func g[S ~[]E, E any](s S) with MySlice: core type inference */
    Type *MySlice = named("MySlice", ty_slice(tstr));
    Type *E = tparam("E", ty_any, 1);
    Type *Sg = tparam("S", iface(0, NULL, 1, (Type *[]){uni(1, (bool[]){true}, (Type *[]){ty_slice(E)})}), 0);
    Type *gtps[] = {Sg, E};
    INFER(gtps, 2, params(1, &Sg), ((InferArg[]){{MySlice, false}}), 1, "p.MySlice, string", 0);
    /* func h[T any](ch <-chan T) with chan int: direction ignored */
    INFER(&T, 1, params(1, (Type *[]){ty_chan(T, CHAN_RECV)}), ((InferArg[]){{ty_chan(tint, CHAN_BOTH), false}}), 1, "int", 0);
    /* func m[T any, PT interface{ *T; M() }](x T) with A: PT = *A, and *A has M */
    Type *Tm = tparam("T", ty_any, 0);
    Type *PT = tparam("PT", iface(1, (Object *[]){imethod("M", NULL)}, 1, (Type *[]){ty_pointer(Tm)}), 1);
    Type *mtps[] = {Tm, PT};
    INFER(mtps, 2, params(1, &Tm), ((InferArg[]){{A, false}}), 1, "p.A, *p.A", 0);
    /* go/types infers [B, *B] (PT's inferred *T is still parameterized when
     * methods are checked); verification fails afterwards */
    INFER(mtps, 2, params(1, &Tm), ((InferArg[]){{B, false}}), 1, "p.B, *p.B", 0);
    CHECK(ty_verify(mtps, (Type *[]){B, ty_pointer(B)}, 2, NULL, NULL) == 1);
    /* func w[T interface{ M() }](x T) with A{} where (*A).M (here: FS and
     * String): "T (type A) does not satisfy interface{M()} (method M has
     * pointer receiver)"; &A{} is fine */
    Type *Tw = tparam("T", iface(1, (Object *[]){imethod("String", sig(NULL, tstr))}, 0, NULL), 0);
    InferErr ie;
    CHECK(!ty_infer(&Tw, 1, NULL, 0, params(1, &Tw), (InferArg[]){{FS, false}}, 1, true, &ie));
    CHECK(ie.kind == INF_METHODS && ie.miss.kind == MISS_PTR_RECV && ie.targ == FS);
    INFER(&Tw, 1, params(1, &Tw), ((InferArg[]){{ty_pointer(FS), false}}), 1, "*p.FS", 0);
    /* func n[T any]() */
    INFER(&T, 1, params(0, NULL), NULL, 0, NULL, INF_CANNOT_INFER);
    /* func q[T any](x interface{ M() T }) with G (func (G) M() int): interface inference */
    Type *G = named("G", strct(0, NULL, NULL));
    method(G, "M", false, sig(NULL, tint));
    Type *qi = iface(1, (Object *[]){imethod("M", sig(NULL, T))}, 0, NULL);
    INFER(&T, 1, params(1, &qi), ((InferArg[]){{G, false}}), 1, "int", 0);
    /* func r[K comparable, V any](m map[K]V) with map[string][]int */
    Type *K_ = tparam("K", ty_comparable, 0), *V = tparam("V", ty_any, 1);
    INFER(((Type *[]){K_, V}), 2, params(1, (Type *[]){ty_map(K_, V)}), ((InferArg[]){{ty_map(tstr, ty_slice(tint)), false}}), 1, "string, []int", 0);
    /* func s[T any](x T, y []T) with (1, []MyInt{}) */
    INFER(&T, 1, params(2, (Type *[]){T, ty_slice(T)}), ((InferArg[]){{ui, false}, {ty_slice(MyInt), false}}), 2, "p.MyInt", 0);
    /* partial type arguments are kept */
    Type **got = ty_infer(gtps, 2, (Type *[]){MySlice}, 1, params(1, &Sg), (InferArg[]){{MySlice, false}}, 1, true, NULL);
    CHECK(got && got[0] == MySlice && got[1] == tstr);
    /* the unifier directly: []T ≡ MySlice inexactly, not exactly */
    Unifier *u = ty_unifier_new(&T, 1, NULL, 0, true);
    CHECK(ty_unify(u, ty_slice(T), MySlice, UNIFY_INEXACT) && ty_unifier_at(u, T) == tstr);
    ty_unifier_free(u);
    u = ty_unifier_new(&T, 1, NULL, 0, true);
    CHECK(!ty_unify(u, ty_slice(T), MySlice, UNIFY_EXACT) && ty_unifier_unknowns(u) == 1);
    ty_unifier_free(u);
    CHECK(ty_is_parameterized(&T, 1, ty_map(tstr, ty_slice(T))) && !ty_is_parameterized(&T, 1, ty_map(tstr, tint)));
}

/* ---- oracle mode: answer tests/oracle/typeops/queries.txt ---------------------------- */

/* The question lines are those of the Go oracle (tests/oracle/typeops),
 * answered here with the hand-built package p; tests/check-typeops
 * compares both outputs line by line. */

static Type *OnlyIntT, *MySliceT, *GT, *PairT, *TreeT, *SIT, *ShadowT, *DeepT, *ELT, *B2T, *CollT, *IEmbT;

static void declare_embeddings(void) {
    SIT = named("SI", strct(1, (const char *[]){"!I"}, (Type *[]){I}));
    ShadowT = named("Shadow", strct(2, (const char *[]){"!A", "M"}, (Type *[]){A, tint}));
    DeepT = named("Deep", strct(1, (const char *[]){"!Shadow"}, (Type *[]){ShadowT}));
    Type *li = ty_instantiate(List, &tint, 1, NULL);
    ELT = named("EL", strct(1, (const char *[]){"!List"}, (Type *[]){ty_pointer(li)}));
    B2T = named("B2", strct(0, NULL, NULL));
    method(B2T, "M", false, NULL);
    CollT = named("Coll", strct(2, (const char *[]){"!A", "!B2"}, (Type *[]){A, B2T}));
    IEmbT = named("IEmb", iface(0, NULL, 2, (Type *[]){IS, J}));
}

/* type Pair[K comparable] = map[K]List[K] */
static Type *declare_pair(void) {
    Type *Kp = tparam("K", ty_comparable, 0);
    Type *pair = ty_new(T_ALIAS);
    pair->u.alias.obj = obj_new(OBJ_TYPENAME, (Pos){0}, p, S("Pair"), pair);
    pair->u.alias.orig = pair;
    pair->u.alias.tparams = list1(Kp), pair->u.alias.ntparams = 1;
    pair->u.alias.rhs = ty_map(Kp, ty_instantiate(List, &Kp, 1, NULL));
    return pair;
}

/* type Tree[T comparable] struct { left, right *Tree[T]; pairs Pair[string];
 * fn func(T) []T; ch <-chan map[T]Tree[T] } */
static Type *declare_tree(void) {
    Type *T = tparam("T", ty_comparable, 0);
    Type *tree = named("Tree", NULL);
    tree->u.named.tparams = list1(T), tree->u.named.ntparams = 1;
    Type *self = ty_instantiate(tree, &T, 1, NULL);
    Type *fn = ty_new(T_SIGNATURE);
    Object *a = var(VK_PARAM, "", T), *r = var(VK_RESULT, "", ty_slice(T));
    fn->u.sig.params = ty_tuple(&a, 1);
    fn->u.sig.results = ty_tuple(&r, 1);
    tree->u.named.underlying = strct(5, (const char *[]){"left", "right", "pairs", "fn", "ch"},
        (Type *[]){ty_pointer(self), ty_pointer(self), ty_instantiate(PairT, &tstr, 1, NULL), fn,
                   ty_chan(ty_map(T, self), CHAN_RECV)});
    return tree;
}

static Type *declared(const char *e) {
    static const char *names[] = {"S", "A", "B", "T1", "T2", "D1", "D2", "PS", "Str", "Arr", "IS", "FS", "X", "Y", "I", "J",
                                  "Num", "C", "U", "E", "K", "Mixed", "CM", "MyInt", "OnlyInt", "MySlice", "G",
                                  "SI", "Shadow", "Deep", "EL", "B2", "Coll", "IEmb", NULL};
    Type **types[] = {&TS_, &A, &B, &T1, &T2, &D1, &D2, &PS, &Str, &Arr, &IS, &FS, &X, &Y, &I, &J,
                      &Num, &C, &U, &E, &K, &Mixed, &CM, &MyInt, &OnlyIntT, &MySliceT, &GT,
                      &SIT, &ShadowT, &DeepT, &ELT, &B2T, &CollT, &IEmbT};
    for (int i = 0; names[i]; i++)
        if (!strcmp(e, names[i])) return *types[i];
    return NULL;
}

static Type *func_is(bool variadic) { /* func(int, ...string) or func(int, []string) */
    Type *s = ty_new(T_SIGNATURE);
    Object *ps[] = {var(VK_PARAM, "", tint), var(VK_PARAM, "", ty_slice(tstr))};
    s->u.sig.params = ty_tuple(ps, 2);
    s->u.sig.results = ty_tuple(NULL, 0);
    s->u.sig.variadic = variadic;
    return s;
}

/* A type for a type expression of queries.txt, built afresh each time. */
static Type *texpr(const char *e) {
    if (*e == '*') return ty_pointer(texpr(e + 1));
    if (!strncmp(e, "[]", 2)) return ty_slice(texpr(e + 2));
    Type *t = declared(e);
    if (t) return t;
    if (!strcmp(e, "int")) return tint;
    if (!strcmp(e, "string")) return tstr;
    if (!strcmp(e, "comparable")) return ty_comparable;
    if (!strncmp(e, "Pair[", 5) || !strncmp(e, "Tree[", 5)) {
        char *a = strndup(e + 5, strlen(e) - 6);
        Type *arg = texpr(a);
        free(a);
        return ty_instantiate(*e == 'P' ? PairT : TreeT, &arg, 1, NULL);
    }
    if (!strcmp(e, "map[string]List[string]")) return ty_map(tstr, texpr("List[string]"));
    if (!strncmp(e, "List[", 5)) {
        Type *arg = !strcmp(e, "List[int]") ? tint : !strcmp(e, "List[string]") ? tstr
                  : !strcmp(e, "List[byte]") ? ty_byte : ty_basic[B_UINT8];
        return ty_instantiate(List, &arg, 1, NULL);
    }
    if (!strcmp(e, "interface{M();m()}")) return iface(2, (Object *[]){imethod("m", NULL), imethod("M", NULL)}, 0, NULL);
    if (!strcmp(e, "interface{~float64|~int}")) return iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, true}, (Type *[]){tf64, tint})});
    if (!strcmp(e, "interface{~int|~float64}")) return iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, true}, (Type *[]){tint, tf64})});
    if (!strcmp(e, "interface{~int}")) return iface(0, NULL, 1, (Type *[]){uni(1, (bool[]){true}, (Type *[]){tint})});
    if (!strcmp(e, "interface{int;string}")) return iface(0, NULL, 2, (Type *[]){tint, tstr});
    if (!strcmp(e, "interface{int;float64}")) return iface(0, NULL, 2, (Type *[]){tint, tf64});
    if (!strcmp(e, "func(int,...string)")) return func_is(true);
    if (!strcmp(e, "func(int,[]string)")) return func_is(false);
    if (!strcmp(e, "func(int)string") || !strcmp(e, "func(int)(string)")) return sig(tint, tstr);
    if (!strcmp(e, "struct{A}")) return strct(1, (const char *[]){"!A"}, (Type *[]){A});
    if (!strcmp(e, "struct{*A}")) return strct(1, (const char *[]){"!A"}, (Type *[]){ty_pointer(A)});
    if (!strcmp(e, "chan<-int")) return ty_chan(tint, CHAN_SEND);
    if (!strcmp(e, "<-chan(int)")) return ty_chan(tint, CHAN_RECV);
    if (!strcmp(e, "chan(int)")) return ty_chan(tint, CHAN_BOTH);
    if (!strcmp(e, "map[string][]int")) return ty_map(tstr, ty_slice(tint));
    if (!strcmp(e, "[2]int")) return ty_array(tint, 2);
    if (!strcmp(e, "[3]int")) return ty_array(tint, 3);
    die("typeops oracle: unknown type expression %s", e);
}

static void put_path(StrBuf *b, const int *idx, int n) {
    sb_putc(b, '[');
    for (int i = 0; i < n; i++) sb_printf(b, i ? ",%d" : "%d", idx[i]);
    sb_putc(b, ']');
}

static void put_type(StrBuf *b, Type *t) { ty_write(b, t, NULL, NULL); }

static void answer_mset(StrBuf *b, Type *t) {
    MethodSet ms = ty_method_set(t);
    for (int i = 0; i < ms.n; i++) {
        Selection *s = &ms.list[i];
        sb_printf(b, " %s", s->obj->name->s);
        put_path(b, s->index, s->nindex);
        if (s->indirect) sb_putc(b, '*');
        sb_putc(b, '=');
        put_type(b, s->obj->type);
    }
}

static void answer_lookup(StrBuf *b, Type *t, const char *name, bool addr) {
    Lookup r = ty_lookup_field_or_method(t, addr, p, S(name));
    sb_putc(b, ' ');
    if (r.obj) {
        sb_printf(b, "%s=", r.obj->name->s);
        put_type(b, r.obj->type);
    } else {
        sb_puts(b, "<nil>");
    }
    sb_putc(b, ' ');
    put_path(b, r.index, r.nindex);
    sb_printf(b, " %s", r.indirect ? "true" : "false");
}

static void answer_tset(StrBuf *b, Type *t) {
    TypeSet *ts = ts_of(ty_underlying(t));
    sb_printf(b, " comparable=%s methodset=%s", ts_is_comparable(ts) ? "true" : "false", ts_is_method_set(ts) ? "true" : "false");
    for (int i = 0; i < ts->nmethods; i++) sb_printf(b, " %s", obj_id(ts->methods[i])->s);
}

static const char *tf(bool b) { return b ? "true" : "false"; }

static void answer_implements(StrBuf *b, Type *v, Type *t) {
    Missing m = ty_missing_method(v, t, true, NULL, NULL);
    bool wrong = m.kind == MISS_WRONG_SIG || m.kind == MISS_PTR_RECV;
    sb_printf(b, " implements=%s satisfies=%s missing=%s wrong=%s", tf(ty_implements(v, t, false, NULL)),
              tf(ty_implements(v, t, true, NULL)), m.kind ? m.method->name->s : "<nil>", tf(wrong));
}

/* The generic functions of p.go.txt: type parameters and parameter tuple. */
typedef struct GenFunc {
    const char *name;
    Type *tps[2];
    int n;
    Type *params;
} GenFunc;

static GenFunc funcs[16];
static int nfuncs;

static void gen(const char *name, int n, Type *tp0, Type *tp1, Type *params) {
    funcs[nfuncs++] = (GenFunc){name, {tp0, tp1}, n, params};
}

static Type *tilde_iface(Type *t) { return iface(0, NULL, 1, (Type *[]){uni(1, (bool[]){true}, &t)}); }

static void declare_funcs(void) {
    Type *T = tparam("T", ty_any, 0);
    gen("f", 1, T, NULL, params(2, (Type *[]){T, T}));
    Type *E_ = tparam("E", ty_any, 1), *Sg = tparam("S", NULL, 0);
    Sg->u.tparam.bound = tilde_iface(ty_slice(E_));
    gen("g", 2, Sg, E_, params(1, &Sg));
    gen("h", 1, T, NULL, params(1, (Type *[]){ty_chan(T, CHAN_RECV)}));
    Type *Tm = tparam("T", ty_any, 0);
    Type *PT = tparam("PT", iface(1, (Object *[]){imethod("M", NULL)}, 1, (Type *[]){ty_pointer(Tm)}), 1);
    gen("m", 2, Tm, PT, params(1, &Tm));
    gen("n", 1, T, NULL, params(0, NULL));
    gen("q", 1, T, NULL, params(1, (Type *[]){iface(1, (Object *[]){imethod("M", sig(NULL, T))}, 0, NULL)}));
    Type *K_ = tparam("K", ty_comparable, 0), *V = tparam("V", ty_any, 1);
    gen("r", 2, K_, V, params(1, (Type *[]){ty_map(K_, V)}));
    gen("s", 1, T, NULL, params(2, (Type *[]){T, ty_slice(T)}));
    Type *Tw = tparam("T", iface(1, (Object *[]){imethod("String", sig(NULL, tstr))}, 0, NULL), 0);
    gen("w", 1, Tw, NULL, params(1, &Tw));
    Type *Tk = tparam("T", iface(0, NULL, 1, (Type *[]){uni(2, (bool[]){true, true}, (Type *[]){tint, tstr})}), 0);
    gen("k", 1, Tk, NULL, params(1, &Tk));
    Type *Tk2 = tparam("T", tilde_iface(tf64), 0);
    gen("k2", 1, Tk2, NULL, params(1, &Tk2));
    Type *Tk3 = tparam("T", tf64, 0);
    gen("k3", 1, Tk3, NULL, params(1, &Tk3));
    Type *Q = tparam("Q", ty_any, 1), *P = tparam("P", ty_pointer(Q), 0);
    gen("pp", 2, P, Q, params(1, &P));
    Type *Ts = tparam("T", ty_any, 0), *Ss = tparam("S", ty_slice(Ts), 1);
    gen("sl", 2, Ts, Ss, params(1, &Ss));
}

static InferArg infer_arg(const char *a) {
    if (!strncmp(a, "v:", 2)) return (InferArg){texpr(a + 2), false};
    if (!strcmp(a, "nil")) return (InferArg){ty_basic[B_UNTYPED_NIL], true};
    if (*a == '\'') return (InferArg){ty_basic[B_UNTYPED_RUNE], false};
    if (*a == '"') return (InferArg){ty_basic[B_UNTYPED_STRING], false};
    return (InferArg){ty_basic[strchr(a, '.') ? B_UNTYPED_FLOAT : B_UNTYPED_INT], false};
}

static void answer_infer(StrBuf *b, char **f, int n) {
    GenFunc *g = NULL;
    for (int i = 0; i < nfuncs; i++)
        if (!strcmp(funcs[i].name, f[1])) g = &funcs[i];
    if (!g) die("typeops oracle: unknown function %s", f[1]);
    InferArg args[8];
    for (int i = 2; i < n; i++) args[i - 2] = infer_arg(f[i]);
    InferErr err;
    Type **got = ty_infer(g->tps, g->n, NULL, 0, g->params, args, n - 2, true, &err);
    if (!got) {
        static const char *kinds[] = {"?", "arg", "arg", "arg", "satisfy", "satisfy", "untyped", "cannot-infer"};
        sb_printf(b, " error %s", kinds[err.kind]);
        return;
    }
    sb_puts(b, " [");
    for (int i = 0; i < g->n; i++) {
        if (i) sb_puts(b, ", ");
        put_type(b, got[i]);
    }
    sb_putc(b, ']');
}

static void answer(StrBuf *b, char **f, int n) {
    for (int i = 0; i < n; i++) sb_printf(b, i ? " %s" : "%s", f[i]);
    sb_putc(b, ':');
    const char *q = f[0];
    if (!strcmp(q, "mset")) answer_mset(b, texpr(f[1]));
    else if (!strcmp(q, "lookup")) answer_lookup(b, texpr(f[1]), f[2], n > 3);
    else if (!strcmp(q, "tset")) answer_tset(b, texpr(f[1]));
    else if (!strcmp(q, "comparable")) sb_printf(b, " %s", tf(ty_is_comparable(texpr(f[1]))));
    else if (!strcmp(q, "implements")) answer_implements(b, texpr(f[1]), texpr(f[2]));
    else if (!strcmp(q, "infer")) answer_infer(b, f, n);
    else if (!strcmp(q, "under")) put_type((sb_putc(b, ' '), b), ty_underlying(texpr(f[1])));
    else if (!strcmp(q, "unalias")) put_type((sb_putc(b, ' '), b), ty_unalias(texpr(f[1])));
    else if (!strcmp(q, "identical")) sb_printf(b, " %s", tf(ty_identical(texpr(f[1]), texpr(f[2]))));
    else if (!strcmp(q, "identical-under"))
        sb_printf(b, " %s", tf(ty_identical(ty_underlying(texpr(f[1])), ty_underlying(texpr(f[2])))));
    else die("typeops oracle: unknown question %s", q);
}

static int oracle_mode(const char *path) {
    size_t size;
    const char *err;
    char *text = read_file(path, &size, &err);
    if (!text) {
        fprintf(stderr, "%s: %s\n", path, err);
        return 2;
    }
    declare_list();
    OnlyIntT = named("OnlyInt", iface(0, NULL, 1, (Type *[]){tint}));
    MySliceT = named("MySlice", ty_slice(tstr));
    GT = named("G", strct(0, NULL, NULL));
    method(GT, "M", false, sig(NULL, tint));
    declare_funcs();
    PairT = declare_pair();
    TreeT = declare_tree();
    declare_embeddings();
    StrBuf b = {0};
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        char *f[8];
        int n = 0;
        for (char *save = NULL, *w = strtok_r(line, " \t", &save); w && n < 8; w = strtok_r(NULL, " \t", &save)) f[n++] = w;
        if (!n || f[0][0] == '#') continue;
        sb_reset(&b);
        answer(&b, f, n);
        puts(b.s);
    }
    sb_free(&b);
    free(text);
    return 0;
}

int main(int argc, char **argv) {
    ty_init();
    declare();
    if (argc == 3 && !strcmp(argv[1], "--oracle")) return oracle_mode(argv[2]);
    test_identity();
    test_termlists();
    test_typesets();
    test_predicates();
    test_lookup();
    test_method_sets();
    test_generics();
    test_implements();
    test_infer();
    if (failures) fprintf(stderr, "typeops_test: %d failures\n", failures);
    return failures != 0;
}
