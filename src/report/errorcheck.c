/* errorcheck.c: Go's `// errorcheck` harness rules, for our own output.
 *
 * A wanted error is a quoted regexp on a `// ERROR` (or `// GC_ERROR`)
 * comment; `LINE`, `LINE+k`, `LINE-k` in it become "name:N". It claims
 * every output line whose position is its line and whose message matches;
 * it fails when it claims none. Output lines nobody claims fail too.
 * Lines containing "////" are ignored. The regexps are Go (RE2) syntax;
 * we translate the escapes Go's tests use (\n \t \xHH \d \s \w) into POSIX
 * extended syntax for regcomp, and escape braces that are no repetition
 * (RE2 takes them literally: `[]int{.*}`). */
#include "report/report.h"

#include <regex.h>
#include <stdio.h>
#include <string.h>

typedef struct Want {
    char *re;
    int line;
    bool autogen;
} Want;

typedef Vec(Want) WantVec;

/* ---- translating Go regexps to POSIX ERE -------------------------------- */

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool translate_escape(StrBuf *b, const char **pp) {
    const char *p = *pp; /* at the character after '\' */
    switch (*p) {
    case 'n': sb_putc(b, '\n'); break;
    case 't': sb_putc(b, '\t'); break;
    case 'd': sb_puts(b, "[0-9]"); break;
    case 's': sb_puts(b, "[[:space:]]"); break;
    case 'w': sb_puts(b, "[[:alnum:]_]"); break;
    case 'x':
        if (hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
            char c = (char)(hexval(p[1]) * 16 + hexval(p[2]));
            if (strchr(".[]()*+?{}|^$\\", c)) sb_putc(b, '\\');
            sb_putc(b, c);
            p += 2;
            break;
        }
        return false;
    default: /* \. \( \[ ... stay escapes */
        sb_putc(b, '\\');
        sb_putc(b, *p);
    }
    *pp = p + 1;
    return true;
}

/* Is p at a repetition {n}, {n,} or {n,m}? RE2 takes any other brace
 * literally, POSIX rejects it. */
static const char *repetition_end(const char *p) {
    const char *q = p + 1;
    if (*q < '0' || *q > '9') return NULL;
    while (*q >= '0' && *q <= '9') q++;
    if (*q == ',')
        for (q++; *q >= '0' && *q <= '9';) q++;
    return *q == '}' ? q : NULL;
}

static bool go_to_posix(const char *re, StrBuf *out) {
    for (const char *p = re; *p;) {
        if (*p == '\\' && p[1]) {
            p++;
            if (!translate_escape(out, &p)) return false;
        } else if (*p == '{' || *p == '}') {
            const char *end = *p == '{' ? repetition_end(p) : NULL;
            if (end) {
                sb_printf(out, "%.*s", (int)(end - p + 1), p);
                p = end + 1;
            } else {
                sb_putc(out, '\\');
                sb_putc(out, *p++);
            }
        } else {
            sb_putc(out, *p++);
        }
    }
    return true;
}

static bool re_match(const char *goexpr, const char *text, bool *bad) {
    StrBuf posix = {0};
    regex_t rx;
    bool ok = go_to_posix(goexpr, &posix) &&
              regcomp(&rx, posix.s ? posix.s : "", REG_EXTENDED | REG_NOSUB) == 0;
    sb_free(&posix);
    if (!ok) {
        *bad = true;
        return false;
    }
    bool m = regexec(&rx, text, 0, NULL, 0) == 0;
    regfree(&rx);
    return m;
}

/* ---- reading the wanted errors ---------------------------------------- */

static void add_want(WantVec *wants, const char *q, size_t n, int line, const char *name, bool autogen) {
    StrBuf re = {0};
    for (size_t i = 0; i < n; i++) {
        if (!strncmp(q + i, "LINE", 4)) {
            int delta = 0;
            size_t j = i + 4;
            if ((q[j] == '+' || q[j] == '-') && j + 1 < n && q[j + 1] >= '0' && q[j + 1] <= '9') {
                int sign = q[j] == '-' ? -1 : 1;
                for (j++; j < n && q[j] >= '0' && q[j] <= '9'; j++) delta = delta * 10 + (q[j] - '0');
                delta *= sign;
            }
            sb_printf(&re, "%s:%d", name, line + delta);
            i = j - 1;
        } else {
            sb_putc(&re, q[i]);
        }
    }
    vec_push(wants, ((Want){re.s ? re.s : xstrdup(""), line, autogen}));
}

static void scan_line(WantVec *wants, const char *l, size_t len, int line, const char *name) {
    char *s = xsprintf("%.*s", (int)len, l);
    bool autogen = false;
    char *m = NULL;
    if (!strstr(s, "////")) {
        if ((m = strstr(s, "// ERRORAUTO ")) || (m = strstr(s, "// GC_ERRORAUTO "))) autogen = true;
        else if (!(m = strstr(s, "// ERROR ")) && !(m = strstr(s, "// GC_ERROR "))) m = NULL;
    }
    if (m) {
        for (char *q = strchr(m + 3, ' '); q && (q = strchr(q, '"'));) {
            char *end = strchr(q + 1, '"');
            if (!end) break;
            add_want(wants, q + 1, (size_t)(end - q - 1), line, name, autogen);
            q = end + 1;
        }
    }
    free(s);
}

/* ---- matching --------------------------------------------------------- */

/* Does out line s sit at "name:line" (followed by ':' or '[')? */
static bool at_prefix(const char *s, const char *prefix) {
    const char *colon = strchr(s, ':');
    if (!colon) return false;
    for (const char *p = colon; p > s; p--)
        if (p[-1] == '/') {
            s = p;
            break;
        }
    size_t n = strlen(prefix);
    return strncmp(s, prefix, n) == 0 && (s[n] == ':' || s[n] == '[');
}

static const char *message_of(const char *s) {
    const char *sp = strchr(s, ' ');
    return sp ? sp + 1 : s;
}

static void check_want(const Want *w, const char *name, char **out, bool *claimed, int nout, StrBuf *report) {
    char prefix[512];
    snprintf(prefix, sizeof prefix, "%s:%d", w->autogen ? "<autogenerated>" : name, w->line);
    bool any = false, matched = false, bad = false;
    for (int i = 0; i < nout; i++) {
        if (claimed[i] || !at_prefix(out[i], w->autogen ? "<autogenerated>" : prefix)) continue;
        any = true;
        if (re_match(w->re, message_of(out[i]), &bad)) claimed[i] = matched = true;
    }
    if (bad) sb_printf(report, "%s:%d: invalid regexp %s\n", name, w->line, w->re);
    else if (!any) sb_printf(report, "%s:%d: missing error \"%s\"\n", name, w->line, w->re);
    else if (!matched) sb_printf(report, "%s:%d: no match for \"%s\"\n", name, w->line, w->re);
}

bool rep_errorcheck(const char *src, const char *name, char **out, int nout, bool with_auto, StrBuf *report) {
    WantVec wants = {0};
    int line = 1;
    for (const char *l = src; *l; line++) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        scan_line(&wants, l, len, line, name);
        l += len + (nl ? 1 : 0);
    }
    bool *claimed = xmalloc((size_t)nout + 1);
    memset(claimed, 0, (size_t)nout + 1);
    size_t before = report->len;
    for (int i = 0; i < wants.n; i++) {
        if (!wants.a[i].autogen || with_auto) check_want(&wants.a[i], name, out, claimed, nout, report);
    }
    size_t nlen = strlen(name);
    for (int i = 0; i < nout; i++) {
        bool local = !strncmp(out[i], name, nlen) && out[i][nlen] == ':';
        if (!claimed[i] && local) sb_printf(report, "unmatched: %s\n", out[i]);
    }
    for (int i = 0; i < wants.n; i++) free(wants.a[i].re);
    vec_free(&wants);
    free(claimed);
    return report->len == before;
}
