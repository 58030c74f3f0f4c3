/* goroot.c: finding the Go source tree.
 *
 * The tree is where std's sources and build facts live. In order of
 * preference: $GOROOT, the answer of `go env GOROOT` from the go command on
 * PATH, and the unpack scripts/get-go leaves in the project's cache. A
 * candidate counts only if it has src/runtime. */
#include "load/load.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* good_tree reports whether dir holds Go's sources. */
static bool good_tree(const char *dir) {
    if (!dir || !*dir) return false;
    char *rt = xsprintf("%s/src/runtime", dir);
    bool ok = is_dir(rt);
    free(rt);
    return ok;
}

static char *strip_slashes(char *s) {
    size_t n = strlen(s);
    while (n > 1 && s[n - 1] == '/') s[--n] = 0;
    return s;
}

/* from_go_command asks the go command on PATH, if any. */
static char *from_go_command(void) {
    const char *path = getenv("PATH");
    if (!path) return NULL;
    bool found = false;
    for (const char *p = path; *p && !found;) {
        const char *e = strchr(p, ':');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        char *cand = xsprintf("%.*s/go", (int)n, p);
        struct stat st;
        found = n > 0 && stat(cand, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111);
        free(cand);
        p += n + (e != NULL);
    }
    if (!found) return NULL;
    FILE *f = popen("go env GOROOT 2>/dev/null", "r");
    if (!f) return NULL;
    char buf[4096];
    char *got = fgets(buf, sizeof buf, f);
    pclose(f);
    if (!got) return NULL;
    buf[strcspn(buf, "\r\n")] = 0;
    return xstrdup(buf);
}

static char *from_cache(void) {
    const char *cache = getenv("GOESC_CACHE");
    if (cache && *cache) return xsprintf("%s/1.27/usr/lib/go-1.27", cache);
    const char *home = getenv("HOME");
    return xsprintf("%s/.cache/goroot/1.27/usr/lib/go-1.27", home && *home ? home : "/root");
}

/* the tree found last: it lives as long as the process (configurations keep it) */
static char *volatile found_goroot;

static char *find_goroot(void) {
    const char *env = getenv("GOROOT");
    if (env && *env) return good_tree(env) ? strip_slashes(xstrdup(env)) : NULL;
    char *dir = from_go_command();
    if (good_tree(dir)) return strip_slashes(dir);
    free(dir);
    dir = from_cache();
    if (good_tree(dir)) return dir;
    free(dir);
    return NULL;
}

char *load_find_goroot(void) {
    char *dir = find_goroot();
    if (dir) found_goroot = dir;
    return dir;
}
