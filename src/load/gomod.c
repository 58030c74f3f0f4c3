/* gomod.c: parsing go.mod files.
 *
 * A go.mod is a list of directives, one a line, each either alone
 * ("require x v1") or as a parenthesized block ("require ( ... )"). Words
 * are bare or quoted; // starts a comment. The loader needs the module
 * path, the go version, requires and replaces; exclude, retract,
 * toolchain, godebug, tool and ignore are accepted and skipped. */
#include "load/internal.h"

#include <string.h>

enum { MAXW = 8 };

typedef struct Line {
    const char *w[MAXW];
    int n;
    int lineno;
} Line;

/* words splits one line into words (quotes removed); false on a bad quote. */
static bool words(Arena *a, const char *s, const char *e, Line *l) {
    l->n = 0;
    while (s < e) {
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
        if (s >= e || (s + 1 < e && s[0] == '/' && s[1] == '/')) break;
        const char *w = s;
        if (*s == '"' || *s == '`') {
            char q = *s++;
            while (s < e && *s != q) s += (*s == '\\' && q == '"') ? 2 : 1;
            if (s >= e) return false;
            w++;
            if (l->n < MAXW) l->w[l->n++] = arena_strndup(a, w, (size_t)(s - w));
            s++;
            continue;
        }
        while (s < e && *s != ' ' && *s != '\t' && *s != '\r' && !(s + 1 < e && s[0] == '/' && s[1] == '/')) s++;
        if (l->n < MAXW) l->w[l->n++] = arena_strndup(a, w, (size_t)(s - w));
    }
    return true;
}

static void bad(Arena *a, LoadModFile *mf, const char *file, int line, const char *msg) {
    if (!mf->err) mf->err = load_fmt(a, "%s:%d: %s", file, line, msg);
}

static void do_replace(LoadModFile *mf, const char **w, int n, bool *ok) {
    int arrow = -1;
    for (int i = 0; i < n; i++)
        if (!strcmp(w[i], "=>")) arrow = i;
    if (arrow < 1 || arrow > 2 || n - arrow - 1 < 1 || n - arrow - 1 > 2) {
        *ok = false;
        return;
    }
    LoadReplace r = {w[0], arrow == 2 ? w[1] : NULL, w[arrow + 1], n - arrow - 1 == 2 ? w[arrow + 2] : NULL};
    vec_push(&mf->replace, r);
}

/* directive applies one directive verb with its arguments. */
static void directive(Arena *a, LoadModFile *mf, const char *file, const char *verb, const char **w, int n, int line) {
    bool ok = true;
    if (!strcmp(verb, "module")) {
        if (n != 1) ok = false;
        else mf->module = w[0];
    } else if (!strcmp(verb, "go")) {
        if (n != 1) ok = false;
        else mf->go = w[0];
    } else if (!strcmp(verb, "require")) {
        if (n != 2) ok = false;
        else vec_push(&mf->require, ((LoadRequire){w[0], w[1]}));
    } else if (!strcmp(verb, "replace")) {
        do_replace(mf, w, n, &ok);
    } else if (strcmp(verb, "exclude") && strcmp(verb, "retract") && strcmp(verb, "toolchain") &&
               strcmp(verb, "godebug") && strcmp(verb, "tool") && strcmp(verb, "ignore")) {
        bad(a, mf, file, line, load_fmt(a, "unknown directive: %s", verb));
        return;
    }
    if (!ok) bad(a, mf, file, line, load_fmt(a, "usage: %s ...", verb));
}

void load_parse_gomod(Arena *a, const char *file, const char *src, LoadModFile *mf) {
    memset(mf, 0, sizeof *mf);
    const char *block = NULL; /* verb of the open block */
    int lineno = 0;
    for (const char *p = src; *p;) {
        const char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        lineno++;
        Line l;
        if (!words(a, p, e, &l)) bad(a, mf, file, lineno, "unterminated quoted string");
        p = *e ? e + 1 : e;
        if (l.n == 0) continue;
        if (block) {
            if (l.n == 1 && !strcmp(l.w[0], ")")) block = NULL;
            else directive(a, mf, file, block, l.w, l.n, lineno);
        } else if (l.n == 2 && !strcmp(l.w[1], "(")) {
            block = l.w[0];
        } else {
            directive(a, mf, file, l.w[0], l.w + 1, l.n - 1, lineno);
        }
    }
    if (block) bad(a, mf, file, lineno, "unterminated block");
    if (!mf->module && !mf->err) mf->err = load_fmt(a, "%s: no module declaration in go.mod", file);
}

void load_modfile_free(LoadModFile *mf) {
    vec_free(&mf->require);
    vec_free(&mf->replace);
}
