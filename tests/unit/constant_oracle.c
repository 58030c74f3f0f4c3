/* constant_oracle.c: goesc's side of the go/constant oracle.
 *
 * With CONSTCHECK_INPUT naming a corpus written by
 * tests/oracle/constcheck (-gen), it runs each line's stack program on
 * src/types/constant*.c and prints the same line the Go oracle prints;
 * tests/check-constant diffs the two. Without the variable (as `make unit`
 * runs it) it does nothing and succeeds. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "types/constant.h"

static Arena *arena;

typedef struct Stack { ConstVal v[64]; int n; bool bad; } Stack;

static ConstVal pop(Stack *s) {
    if (s->n == 0) {
        s->bad = true;
        return cv_unknown();
    }
    return s->v[--s->n];
}

static char *unhex(const char *h, size_t *n) {
    size_t len = strlen(h) / 2;
    char *s = arena_alloc(arena, len + 1);
    for (size_t i = 0; i < len; i++) {
        unsigned x;
        sscanf(h + 2 * i, "%2x", &x);
        s[i] = (char)x;
    }
    *n = len;
    return s;
}

static const struct { const char *name; ConstOp op; } binops[] = {
    {"+", CV_ADD}, {"-", CV_SUB}, {"*", CV_MUL}, {"/", CV_QUO}, {"//", CV_QUO_INT}, {"%", CV_REM},
    {"&", CV_AND}, {"|", CV_OR}, {"^", CV_XOR}, {"&^", CV_AND_NOT}, {"&&", CV_LAND}, {"||", CV_LOR},
    {"==", CV_EQL}, {"!=", CV_NEQ}, {"<", CV_LSS}, {"<=", CV_LEQ}, {">", CV_GTR}, {">=", CV_GEQ},
};

static ConstVal literal(const char *t) {
    const char *c = strchr(t, ':');
    size_t k = (size_t)(c - t), n;
    const char *lit = c + 1;
    if (k == 1 && t[0] == 'i') return cv_from_literal(arena, lit, strlen(lit), CV_LIT_INT);
    if (k == 1 && t[0] == 'f') return cv_from_literal(arena, lit, strlen(lit), CV_LIT_FLOAT);
    if (k == 1 && t[0] == 'm') return cv_from_literal(arena, lit, strlen(lit), CV_LIT_IMAG);
    if (k == 1 && t[0] == 'c') {
        char *s = unhex(lit, &n);
        return cv_from_literal(arena, s, n, CV_LIT_CHAR);
    }
    if (k == 1 && t[0] == 's') {
        char *s = unhex(lit, &n);
        return cv_from_literal(arena, s, n, CV_LIT_STRING);
    }
    if (k == 3 && !strncmp(t, "i64", 3)) return cv_int64(strtoll(lit, NULL, 10));
    if (k == 3 && !strncmp(t, "u64", 3)) return cv_uint64(arena, strtoull(lit, NULL, 10));
    uint64_t bits = strtoull(lit, NULL, 16);
    double d;
    memcpy(&d, &bits, 8);
    return cv_float64(arena, d);
}

static ConstVal unary(const char *t, ConstVal x) {
    if (!strncmp(t, "cpl", 3)) return cv_unary(arena, CV_XOR, x, (unsigned)atoi(t + 3));
    if (!strcmp(t, "neg")) return cv_unary(arena, CV_SUB, x, 0);
    if (!strcmp(t, "pos")) return cv_unary(arena, CV_ADD, x, 0);
    if (!strcmp(t, "not")) return cv_unary(arena, CV_NOT, x, 0);
    if (!strcmp(t, "toint")) return cv_to_int(arena, x);
    if (!strcmp(t, "tofloat")) return cv_to_float(arena, x);
    if (!strcmp(t, "tocomplex")) return cv_to_complex(arena, x);
    if (!strcmp(t, "real")) return cv_real(x);
    if (!strcmp(t, "imag")) return cv_imag(x);
    if (!strcmp(t, "num")) return cv_num(arena, x);
    if (!strcmp(t, "denom")) return cv_denom(arena, x);
    if (!strcmp(t, "mkimag")) return cv_make_imag(arena, x);
    fprintf(stderr, "constant_oracle: unknown token %s\n", t);
    return cv_unknown();
}

static void apply(Stack *s, const char *t) {
    if (strchr(t, ':')) {
        s->v[s->n++] = literal(t);
        return;
    }
    if (!strcmp(t, "true") || !strcmp(t, "false")) {
        s->v[s->n++] = cv_bool(t[0] == 't');
        return;
    }
    if ((t[0] == '<' && t[1] == '<') || (t[0] == '>' && t[1] == '>')) {
        ConstVal x = pop(s);
        s->v[s->n++] = cv_shift(arena, x, t[0] == '<' ? CV_SHL : CV_SHR, strtoull(t + 2, NULL, 10));
        return;
    }
    for (size_t i = 0; i < sizeof binops / sizeof binops[0]; i++) {
        if (strcmp(t, binops[i].name)) continue;
        ConstVal y = pop(s), x = pop(s);
        ConstOp op = binops[i].op;
        s->v[s->n++] = op >= CV_EQL ? cv_bool(cv_compare(x, op, y)) : cv_binary(arena, x, op, y);
        return;
    }
    ConstVal x = pop(s);
    s->v[s->n++] = unary(t, x);
}

static const char *kinds[] = {"Unknown", "Bool", "String", "Int", "Float", "Complex"};
static const ConstBasic basics[] = {CB_INT8, CB_INT16, CB_INT32, CB_INT64, CB_INT, CB_UINT8, CB_UINT16, CB_UINT32,
    CB_UINT64, CB_UINT, CB_UINTPTR, CB_FLOAT32, CB_FLOAT64, CB_COMPLEX64, CB_COMPLEX128, CB_STRING, CB_BOOL};
static const char *basic_names[] = {"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32",
    "uint64", "uint", "uintptr", "float32", "float64", "complex64", "complex128", "string", "bool"};

static void floats(ConstVal v) {
    bool fok, gok;
    double f = cv_float64_val(v, &fok);
    float g = cv_float32_val(v, &gok);
    uint64_t fb;
    uint32_t gb;
    memcpy(&fb, &f, 8);
    memcpy(&gb, &g, 4);
    printf(" f64=%016" PRIx64 "/%s f32=%08" PRIx32 "/%s", fb, fok ? "true" : "false", gb, gok ? "true" : "false");
}

static void describe(ConstVal v) {
    printf("%s | %s | %s", kinds[v.kind], cv_string_of(arena, v), cv_exact_string(arena, v));
    if (v.kind == CV_INT) {
        bool iok, uok;
        int64_t i = cv_int64_val(v, &iok);
        uint64_t u = cv_uint64_val(v, &uok);
        printf(" | sign=%d bitlen=%" PRId64 " i64=%" PRId64 "/%s u64=%" PRIu64 "/%s", cv_sign(v), cv_bitlen(v), i,
               iok ? "true" : "false", u, uok ? "true" : "false");
        floats(v);
    } else if (v.kind == CV_FLOAT) {
        printf(" | sign=%d num=%s denom=%s", cv_sign(v), cv_exact_string(arena, cv_num(arena, v)),
               cv_exact_string(arena, cv_denom(arena, v)));
        floats(v);
    } else if (v.kind == CV_COMPLEX) {
        printf(" | sign=%d", cv_sign(v) & 1);
    } else if (v.kind == CV_STRING) {
        printf(" | len=%" PRId64, v.i);
    }
    printf(" | rep=");
    const char *rounded[32];
    int nr = 0;
    for (size_t k = 0; k < sizeof basics / sizeof basics[0]; k++) {
        ConstVal r = v;
        bool ok = cv_representable(arena, v, basics[k], 8, &r);
        putchar(ok ? '1' : '0');
        if (ok && basics[k] >= CB_FLOAT32 && basics[k] <= CB_COMPLEX128)
            rounded[nr++] = xsprintf("%s=%s", basic_names[k], cv_exact_string(arena, r));
    }
    for (int k = 0; k < nr; k++) {
        printf(" %s", rounded[k]);
        free((void *)rounded[k]);
    }
    putchar('\n');
}

int main(void) {
    const char *path = getenv("CONSTCHECK_INPUT");
    if (!path) return 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 2;
    }
    arena = arena_new();
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n') line[--len] = 0;
        if (len == 0 || line[0] == '#') continue;
        printf("%s => ", line);
        Stack st = {.n = 0};
        char *save, *copy = xstrdup(line);
        for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) apply(&st, t);
        free(copy);
        describe(st.v[0]);
        arena_reset(arena);
    }
    free(line);
    fclose(f);
    arena_free(arena);
    return 0;
}
