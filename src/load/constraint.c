/* constraint.c: build constraints.
 *
 * Three rules decide whether a file is part of a build: its name
 * (x_GOOS.go, x_GOARCH.go, x_GOOS_GOARCH.go, with an optional _test), its
 * //go:build expression (&&, ||, !, parentheses over tags) and, only when
 * there is no //go:build line, its // +build lines (space means or, comma
 * means and, ! negates; every line must hold). The expression is parsed
 * and evaluated in one recursive-descent pass; a syntax error is reported
 * with go's wording. */
#include "load/load.h"

#include <setjmp.h>
#include <string.h>

typedef struct Parser {
    const LoadConfig *cfg;
    const char *s;
    size_t i;      /* next byte to read */
    char tok[128]; /* the current token; "" at the end */
    bool is_tag;
    const char *err;
    jmp_buf fail;
} Parser;

static bool tag_byte(unsigned char c) {
    return c == '_' || c == '.' || c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

static _Noreturn void fail(Parser *p, const char *msg) {
    p->err = msg;
    longjmp(p->fail, 1);
}

static void lex(Parser *p) {
    p->is_tag = false;
    while (p->s[p->i] == ' ' || p->s[p->i] == '\t') p->i++;
    char c = p->s[p->i];
    if (!c) {
        p->tok[0] = 0;
        return;
    }
    if (c == '(' || c == ')' || c == '!') {
        p->tok[0] = c, p->tok[1] = 0, p->i++;
        return;
    }
    if (c == '&' || c == '|') {
        if (p->s[p->i + 1] != c) fail(p, c == '&' ? "invalid syntax at &" : "invalid syntax at |");
        p->tok[0] = p->tok[1] = c, p->tok[2] = 0, p->i += 2;
        return;
    }
    size_t n = 0;
    while (tag_byte((unsigned char)p->s[p->i + n])) n++;
    if (n == 0) fail(p, xsprintf("invalid syntax at %c", c));
    if (n >= sizeof p->tok) fail(p, "build expression too large");
    memcpy(p->tok, p->s + p->i, n);
    p->tok[n] = 0;
    p->i += n;
    p->is_tag = true;
}

static bool parse_or(Parser *p);

static bool parse_atom(Parser *p) {
    if (!strcmp(p->tok, "(")) {
        bool x = parse_or(p);
        if (strcmp(p->tok, ")")) fail(p, "missing close paren");
        lex(p);
        return x;
    }
    if (!p->is_tag) {
        if (!p->tok[0]) fail(p, "unexpected end of expression");
        fail(p, xsprintf("unexpected token %s", p->tok));
    }
    bool v = load_match_tag(p->cfg, p->tok);
    lex(p);
    return v;
}

static bool parse_not(Parser *p) {
    lex(p);
    if (!strcmp(p->tok, "!")) {
        lex(p);
        if (!strcmp(p->tok, "!")) fail(p, "double negation not allowed");
        return !parse_atom(p);
    }
    return parse_atom(p);
}

static bool parse_and(Parser *p) {
    bool x = parse_not(p);
    while (!strcmp(p->tok, "&&")) x = parse_not(p) && x;
    return x;
}

static bool parse_or(Parser *p) {
    bool x = parse_and(p);
    while (!strcmp(p->tok, "||")) x = parse_and(p) || x;
    return x;
}

int load_eval_gobuild(const LoadConfig *cfg, const char *expr, const char **err) {
    Parser p = {.cfg = cfg, .s = expr};
    if (setjmp(p.fail)) {
        *err = p.err;
        return -1;
    }
    bool v = parse_or(&p);
    if (p.tok[0]) fail(&p, xsprintf("unexpected token %s", p.tok));
    return v;
}

static bool valid_tag(const char *s, size_t n) {
    if (n == 0) return false;
    for (size_t i = 0; i < n; i++)
        if (!tag_byte((unsigned char)s[i])) return false;
    return true;
}

/* plus_literal evaluates one [!]tag of a +build line; malformed ones
 * stand for the tag "ignore", which never holds. */
static bool plus_literal(const LoadConfig *cfg, const char *s, size_t n) {
    if ((n >= 2 && s[0] == '!' && s[1] == '!') || (n == 1 && s[0] == '!')) return false;
    bool neg = n > 0 && s[0] == '!';
    if (neg) s++, n--;
    bool v = false;
    if (valid_tag(s, n)) {
        char buf[128];
        if (n >= sizeof buf) n = sizeof buf - 1;
        memcpy(buf, s, n);
        buf[n] = 0;
        v = load_match_tag(cfg, buf);
    }
    return neg ? !v : v;
}

bool load_eval_plusbuild(const LoadConfig *cfg, const char *opts) {
    bool any = false, seen = false;
    for (const char *p = opts; *p;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        size_t n = strcspn(p, " \t");
        bool all = true;
        for (size_t i = 0;;) {
            size_t m = 0;
            while (i + m < n && p[i + m] != ',') m++;
            all = plus_literal(cfg, p + i, m) && all;
            if (i + m >= n) break;
            i += m + 1;
        }
        any = any || all;
        seen = true;
        p += n;
    }
    return seen ? any : true;
}

/* The file-name rules look at the '_'-separated parts of the name after
 * its first '_' and before its first '.'. */
bool load_good_osarch_name(const LoadConfig *cfg, const char *name) {
    size_t len = strcspn(name, ".");
    const char *u = memchr(name, '_', len);
    if (!u) return true;
    const char *parts[64];
    size_t plen[64];
    int n = 0;
    for (const char *p = u + 1; p <= name + len && n < 64;) {
        const char *e = p;
        while (e < name + len && *e != '_') e++;
        parts[n] = p, plen[n] = (size_t)(e - p), n++;
        p = e + 1;
    }
    if (n > 0 && plen[n - 1] == 4 && !strncmp(parts[n - 1], "test", 4)) n--;
    char a[64] = "", b[64] = "";
    if (n >= 1 && plen[n - 1] < sizeof a) memcpy(a, parts[n - 1], plen[n - 1]), a[plen[n - 1]] = 0;
    if (n >= 2 && plen[n - 2] < sizeof b) memcpy(b, parts[n - 2], plen[n - 2]), b[plen[n - 2]] = 0;
    if (n >= 2 && load_known_os(b) && load_known_arch(a))
        return load_match_tag(cfg, a) && load_match_tag(cfg, b);
    if (n >= 1 && (load_known_os(a) || load_known_arch(a))) return load_match_tag(cfg, a);
    return true;
}
