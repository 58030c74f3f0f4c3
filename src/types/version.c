/* version.c: language versions (go/types' version.go and the file
 * versions of check.go's initFiles).
 *
 * A file's version is its package's (go.mod) unless its //go:build line
 * implies a minimum Go version (go/build/constraint's GoVersion); then it
 * is that version, but at least go1.21. The checker asks for the version
 * of the declaration or function being checked (Env.version). */
#include <ctype.h>
#include <string.h>

#include "types/check.h"

/* ---- //go:build expressions: the minimum Go version they imply --------------- */

typedef struct BuildParser {
    const char *p;
} BuildParser;

static int min_or(int x, int y) { return x < y ? x : y; }
static int max_and(int x, int y) { return x > y ? x : y; }

static void skip_space(BuildParser *b) {
    while (*b->p == ' ' || *b->p == '\t') b->p++;
}

static int or_expr(BuildParser *b, int sign);

static int tag_version(const char *s, size_t n, int sign) {
    if (sign < 0) return -1;
    if (n == 3 && !strncmp(s, "go1", 3)) return 0;
    if (n <= 4 || strncmp(s, "go1.", 4)) return -1;
    int v = 0;
    for (size_t i = 4; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
        if (v > 1000000) return -1;
    }
    return v;
}

static int unary_expr(BuildParser *b, int sign) {
    skip_space(b);
    if (*b->p == '!') {
        b->p++;
        return unary_expr(b, -sign);
    }
    if (*b->p == '(') {
        b->p++;
        int v = or_expr(b, sign);
        skip_space(b);
        if (*b->p == ')') b->p++;
        return v;
    }
    const char *s = b->p;
    while (isalnum((unsigned char)*b->p) || *b->p == '_' || *b->p == '.') b->p++;
    if (b->p == s) {
        if (*b->p) b->p++; /* skip junk */
        return -1;
    }
    return tag_version(s, (size_t)(b->p - s), sign);
}

static int and_expr(BuildParser *b, int sign) {
    int v = unary_expr(b, sign);
    for (;;) {
        skip_space(b);
        if (strncmp(b->p, "&&", 2)) return v;
        b->p += 2;
        int w = unary_expr(b, sign);
        v = sign < 0 ? min_or(v, w) : max_and(v, w);
    }
}

static int or_expr(BuildParser *b, int sign) {
    int v = and_expr(b, sign);
    for (;;) {
        skip_space(b);
        if (strncmp(b->p, "||", 2)) return v;
        b->p += 2;
        int w = and_expr(b, sign);
        v = sign < 0 ? max_and(v, w) : min_or(v, w);
    }
}

/* check_file_version: the minor version a file's //go:build line implies,
 * or -1 when it implies none. */
int check_file_version(const AstFile *f) {
    for (int i = 0; i < f->builds.n; i++) {
        const char *t = f->builds.a[i].text;
        if (strncmp(t, "go:build", 8) || (t[8] != ' ' && t[8] != '\t')) continue;
        BuildParser b = {t + 8};
        return or_expr(&b, 1);
    }
    return -1;
}

/* ---- allowVersion / verifyVersionf ------------------------------------------------ */

static int env_version(Checker *chk) { return chk->env.version ? chk->env.version : chk->go_minor; }

bool check_allow_version(Checker *chk, int minor) {
    int v = env_version(chk);
    return v == 0 || v >= minor;
}

bool check_verify_version(Checker *chk, Pos pos, int minor, const char *what) {
    if (check_allow_version(chk, minor)) return true;
    int v = env_version(chk);
    bool by_build = false;
    for (int i = 0; i < chk->nfiles; i++)
        if (chk->files[i]->file == pos.file) by_build = chk->file_versions && chk->file_versions[i] > 0 &&
                                                       check_file_version(chk->files[i]) >= 0;
    if (by_build)
        check_errorf(chk, pos, "%s requires go1.%d or later (file declares //go:build go1.%d)", what, minor, v);
    else
        check_errorf(chk, pos, "%s requires go1.%d or later (-lang was set to go1.%d; check go.mod)", what, minor, v);
    return false;
}

/* check_init_versions computes the version of every file. */
void check_init_versions(Checker *chk) {
    chk->file_versions = NEWARR(chk->arena, int, chk->nfiles + 1);
    for (int i = 0; i < chk->nfiles; i++) {
        int fv = check_file_version(chk->files[i]);
        chk->file_versions[i] = fv < 0 ? 0 : (fv < 21 ? 21 : fv);
    }
}

int check_decl_version(Checker *chk, const AstFile *af) {
    for (int i = 0; i < chk->nfiles; i++)
        if (chk->files[i] == af && chk->file_versions && chk->file_versions[i]) return chk->file_versions[i];
    return chk->go_minor;
}
