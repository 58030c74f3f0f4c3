/* fsutil.c: the file-system and path helpers of the load stage.
 *
 * Paths are handled as go's filepath does on Unix: cleaned lexically,
 * joined with '/', shortened to a cwd-relative form in messages. Directory
 * listings come back sorted by name, as os.ReadDir gives them. */
#include "load/internal.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

bool load_is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool load_is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *load_join(Arena *a, const char *dir, const char *rel) {
    size_t n = strlen(dir), m = strlen(rel);
    if (m == 0) return arena_strndup(a, dir, n);
    char *s = arena_alloc(a, n + m + 2);
    memcpy(s, dir, n);
    size_t k = n;
    if (k == 0 || s[k - 1] != '/') s[k++] = '/';
    memcpy(s + k, rel, m + 1);
    return s;
}

/* load_clean makes path absolute (against the process's cwd, given by
 * the caller through a leading absolute path) and removes ".", ".." and
 * doubled slashes. */
char *load_clean(Arena *a, const char *path) {
    size_t n = strlen(path);
    char *out = arena_alloc(a, n + 2);
    size_t o = 0;
    for (const char *p = path; *p;) {
        while (*p == '/') p++;
        const char *e = p;
        while (*e && *e != '/') e++;
        size_t len = (size_t)(e - p);
        if (len == 0 || (len == 1 && p[0] == '.')) {
        } else if (len == 2 && p[0] == '.' && p[1] == '.') {
            while (o > 0 && out[o - 1] != '/') o--;
            if (o > 0) o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, p, len);
            o += len;
        }
        p = e;
    }
    if (o == 0) out[o++] = '/';
    out[o] = 0;
    return out;
}

bool load_has_path_prefix(const char *s, const char *prefix) {
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n)) return false;
    return s[n] == 0 || s[n] == '/' || (n > 0 && prefix[n - 1] == '/');
}

/* load_short_path: the cwd-relative form of an absolute path when that is
 * shorter (it may climb with ".."), as go prints file names. */
const char *load_short_path(Loader *L, const char *path) {
    const char *cwd = L->cwd;
    if (path[0] != '/') return path;
    if (!strcmp(path, cwd)) return ".";
    if (!strcmp(cwd, "/")) return path[1] ? path + 1 : path;
    size_t common = 0; /* length of the shared leading directories */
    for (size_t i = 0;; i++) {
        bool ce = cwd[i] == 0 || cwd[i] == '/', pe = path[i] == 0 || path[i] == '/';
        if (ce && pe) common = i;
        if (cwd[i] != path[i] || !cwd[i]) break;
    }
    int ups = 0;
    for (const char *c = cwd + common; *c; c++)
        if (*c == '/') ups++;
    const char *rest = path + common + (path[common] == '/');
    size_t n = (size_t)ups * 3 + strlen(rest) + 1;
    if (n > strlen(path)) return path;
    char *out = arena_alloc(L->a, n + 1), *o = out;
    for (int i = 0; i < ups; i++) memcpy(o, "../", 3), o += 3;
    strcpy(o, rest);
    if (!*rest && o > out) o[-1] = 0;
    return out;
}

static int cmp_str(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

int load_read_names(Arena *a, const char *dir, char ***names, char **kinds) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    Vec(char *) v = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        size_t len = strlen(e->d_name);
        char *s = arena_alloc(a, len + 2);
        s[0] = (char)e->d_type; /* kept just before the name until sorted */
        memcpy(s + 1, e->d_name, len + 1);
        vec_push(&v, s + 1);
    }
    closedir(d);
    if (v.n > 1) qsort(v.a, (size_t)v.n, sizeof v.a[0], cmp_str);
    *names = NEWARR(a, char *, v.n + 1);
    *kinds = NEWARR(a, char, v.n + 1);
    for (int i = 0; i < v.n; i++) {
        unsigned char type = (unsigned char)v.a[i][-1];
        (*names)[i] = v.a[i];
        (*kinds)[i] = 'f';
        if (type == DT_DIR) (*kinds)[i] = 'd';
        else if (type == DT_LNK && load_is_dir(load_join(a, dir, v.a[i]))) (*kinds)[i] = 'l';
        else if (type == DT_UNKNOWN && load_is_dir(load_join(a, dir, v.a[i]))) (*kinds)[i] = 'd';
    }
    int n = v.n;
    vec_free(&v);
    return n;
}

bool load_std_looking(const char *path) {
    size_t n = strcspn(path, "/");
    return memchr(path, '.', n) == NULL;
}

char *load_fmt(Arena *a, const char *fmt, ...) {
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = arena_alloc(a, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return s;
}

bool load_has_go_file(Loader *L, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return false;
    struct dirent *e;
    bool found = false;
    while (!found && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        found = n > 3 && !strcmp(e->d_name + n - 3, ".go") && (e->d_type != DT_DIR);
    }
    closedir(d);
    (void)L;
    return found;
}
