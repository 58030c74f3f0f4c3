/* path.c: file paths as Go's path/filepath handles them on Unix (Clean,
 * Dir, Join), for the names line directives give, and as go build
 * shortens the compiler's file names for printing. */
#include "base.h"

#include <string.h>

/* path_clean is filepath.Clean of p[0:n]: one slash between elements,
 * no "." elements, ".." elements resolved where they can be. */
char *path_clean(const char *p, size_t n) {
    if (n == 0) return xstrdup(".");
    bool rooted = p[0] == '/';
    char *out = xmalloc(n + 2);
    size_t r = rooted, w = 0, dotdot = rooted;
    if (rooted) out[w++] = '/';
    while (r < n) {
        bool end1 = r + 1 == n || p[r + 1] == '/';
        if (p[r] == '/') {
            r++;
        } else if (p[r] == '.' && end1) {
            r++;
        } else if (p[r] == '.' && p[r + 1] == '.' && (r + 2 == n || p[r + 2] == '/')) {
            r += 2;
            if (w > dotdot) {
                for (w--; w > dotdot && out[w] != '/';) w--;
            } else if (!rooted) {
                if (w > 0) out[w++] = '/';
                out[w++] = '.', out[w++] = '.';
                dotdot = w;
            }
        } else {
            if (w != (size_t)rooted) out[w++] = '/';
            for (; r < n && p[r] != '/'; r++) out[w++] = p[r];
        }
    }
    if (w == 0) out[w++] = '.';
    out[w] = 0;
    return out;
}

char *path_dir(const char *p) {
    const char *slash = strrchr(p, '/');
    return path_clean(p, slash ? (size_t)(slash - p + 1) : 0);
}

char *path_join(const char *dir, const char *name) {
    if (!dir[0]) return path_clean(name, strlen(name));
    char *s = xsprintf("%s/%s", dir, name);
    char *c = path_clean(s, strlen(s));
    free(s);
    return c;
}

/* elems counts the elements of a clean absolute path ("/" has none). */
static int elems(const char *p) {
    int n = 0;
    for (; *p; p++)
        if (*p == '/' && p[1]) n++;
    return n;
}

/* path_rel is filepath.Rel(base, targ) for clean absolute paths. */
static char *path_rel(const char *base, const char *targ) {
    if (!strcmp(base, targ)) return xstrdup(".");
    size_t common = 0; /* length of the common leading elements */
    for (size_t i = 0;; i++) {
        bool be = !base[i] || base[i] == '/', te = !targ[i] || targ[i] == '/';
        if (be && te) common = i;
        if (!base[i] || !targ[i] || base[i] != targ[i]) break;
    }
    StrBuf b = {0};
    for (int up = elems(base + common); up > 0; up--)
        sb_puts(&b, b.len ? "/.." : "..");
    const char *rest = targ + common + (targ[common] == '/');
    if (*rest) sb_printf(&b, "%s%s", b.len ? "/" : "", rest);
    return b.s;
}

/* short_dir is go's base.ShortPath of a directory: relative to cwd when
 * that is shorter. */
static char *short_dir(const char *cwd, const char *dir) {
    char *rel = path_rel(cwd, dir);
    if (strlen(rel) < strlen(dir)) return rel;
    free(rel);
    return xstrdup(dir);
}

char *path_short(const char *cwd, const char *dir, const char *path) {
    char *s = xstrdup(path);
    if (path[0] != '/' || dir[0] != '/' || !cwd[0]) return s;
    char *d = xstrdup(dir);
    for (;;) {
        char *sd = short_dir(cwd, d);
        size_t n = strlen(d);
        if (strcmp(sd, d) && !strncmp(s, d, n)) {
            char *t = xsprintf("%s%s", sd, s + n);
            free(s);
            s = t;
        }
        free(sd);
        char *parent = path_dir(d);
        bool top = !strcmp(parent, d);
        free(d);
        d = parent;
        if (top) break;
    }
    free(d);
    return s;
}
