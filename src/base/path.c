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

const char *path_short(const char *cwd, const char *path) {
    size_t n = strlen(cwd);
    if (path[0] != '/' || !cwd[0]) return path;
    if (!strncmp(path, cwd, n) && path[n] == '/') {
        const char *rest = path + n + 1;
        if (!strchr(rest, '/')) return xsprintf("./%s", rest);
        return xstrdup(rest);
    }
    return path;
}
